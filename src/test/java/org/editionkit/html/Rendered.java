package org.editionkit.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * One TEI file rendered to HTML for a test class: the TEI tree (queried with XPath 3.1 through
 * Saxon, prefix tei:) and the HTML parsed the way a browser parses it (the Nu HTML parser,
 * queried through XMLUnit, prefix h: for XHTML).
 */
final class Rendered {
    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path MASTER = PROJECT.resolve("tei/1957-04-04-pimenov-note.xml");
    static final Path FIXTURE = PROJECT.resolve("src/test/resources/html/mini.xml");
    static final Path SHARED = PROJECT.resolve("../shared").normalize();

    final XdmNode tei;
    final Path html;
    final Document dom;
    private final XPathCompiler teiXPath;
    private final JAXPXPathEngine htmlXPath = new JAXPXPathEngine();

    private Rendered(Toolkit toolkit, XdmNode tei, Path html) throws IOException, SAXException {
        this.tei = tei;
        this.html = html;
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
        try (InputStream in = Files.newInputStream(html)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            this.dom = builder.parse(source);
        }
        teiXPath = toolkit.processor().newXPathCompiler();
        teiXPath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        htmlXPath.setNamespaceContext(Map.of("h", XHTML));
    }

    static Rendered render(Toolkit toolkit, Path teiFile, Path outDir) throws ProblemException, IOException, SAXException {
        XdmNode tei = toolkit.parse(teiFile, teiFile.toString(), new ArrayList<>());
        String name = teiFile.getFileName().toString().replaceFirst("\\.xml$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        new HtmlRenderer(toolkit).render(tei, name, outDir);
        return new Rendered(toolkit, tei, outDir.resolve(name + ".html"));
    }

    /** HTML nodes selected by an XPath 1.0 expression (XHTML elements as h:…). */
    List<Node> nodes(String xpath) {
        List<Node> out = new ArrayList<>();
        htmlXPath.selectNodes(xpath, new DOMSource(dom)).forEach(out::add);
        return out;
    }

    List<Node> nodes(String xpath, Node context) {
        List<Node> out = new ArrayList<>();
        htmlXPath.selectNodes(xpath, new DOMSource(context)).forEach(out::add);
        return out;
    }

    String string(String xpath) {
        return htmlXPath.evaluate(xpath, new DOMSource(dom));
    }

    String string(String xpath, Node context) {
        return htmlXPath.evaluate(xpath, new DOMSource(context));
    }

    int count(String xpath) {
        return (int) Double.parseDouble(string("count(" + xpath + ")"));
    }

    /** TEI items selected by an XPath 3.1 expression against the document node. */
    List<XdmItem> tei(String xpath) {
        try {
            XdmValue v = teiXPath.evaluate(xpath, tei);
            List<XdmItem> out = new ArrayList<>();
            v.forEach(out::add);
            return out;
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    List<String> teiStrings(String xpath) {
        return tei(xpath).stream().map(XdmItem::getStringValue).toList();
    }

    String text() {
        return dom.getDocumentElement().getTextContent();
    }

    String name() {
        return html.getFileName().toString();
    }

    @Override
    public String toString() {
        return name();
    }
}
