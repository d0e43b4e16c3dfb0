package org.editionkit.volume;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.dom.DOMSource;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xmlunit.xpath.JAXPXPathEngine;

/** A generated page parsed as a browser parses it (Nu HTML parser), queried with XPath 1.0 (prefix h: for XHTML). */
final class HtmlPage {
    final Path file;
    final Document dom;
    private final JAXPXPathEngine xpath = new JAXPXPathEngine();

    HtmlPage(Path file) throws Exception {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            dom = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET).parse(source);
        }
        xpath.setNamespaceContext(Map.of("h", "http://www.w3.org/1999/xhtml"));
    }

    List<Node> nodes(String expr) {
        List<Node> out = new ArrayList<>();
        xpath.selectNodes(expr, new DOMSource(dom)).forEach(out::add);
        return out;
    }

    List<String> strings(String expr) {
        return nodes(expr).stream().map(n -> n.getTextContent().replaceAll("\\s+", " ").strip()).toList();
    }

    String string(String expr) {
        return xpath.evaluate(expr, new DOMSource(dom)).replaceAll("\\s+", " ").strip();
    }

    int count(String expr) {
        return (int) Double.parseDouble(string("count(" + expr + ")"));
    }
}
