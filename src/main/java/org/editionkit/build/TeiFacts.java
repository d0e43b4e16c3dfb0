package org.editionkit.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XdmValue;
import org.editionkit.core.Problem;

/**
 * Reads a parsed document for the build: is it a TEI document with something to publish, and
 * what are its title, date and languages (xi:include is reported by Toolkit.parse). The XPath is compiled once and
 * shared by all worker threads.
 */
public final class TeiFacts {
    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final QName TEI_ROOT = new QName(TEI_NS, "TEI");

    private final XPathExecutable hasContent;
    private final XPathExecutable titles;
    private final XPathExecutable date;
    private final XPathExecutable languages;

    public TeiFacts(Processor processor) {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("tei", TEI_NS);
        try {
            // Anything outside the header with characters in it: third-party TEI with renamed elements still counts.
            hasContent = xpath.compile("exists(/*/*[not(self::tei:teiHeader)]//text()[normalize-space()])");
            titles = xpath.compile("let $t := /*/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"
                    + " return (if ($t[@type = 'main']) then $t[@type = 'main'] else $t[1])[normalize-space()]");
            // The date of the document itself first (correspondence, creation), then of its source, then of publication.
            date = xpath.compile("let $h := /*/tei:teiHeader,"
                    + " $dates := ($h/tei:profileDesc/tei:correspDesc//tei:date, $h/tei:profileDesc/tei:creation//tei:date,"
                    + " $h/tei:fileDesc/tei:sourceDesc//tei:date, $h/tei:fileDesc/tei:publicationStmt/tei:date)"
                    + " return string((for $d in $dates return ($d/@when, $d/@from, $d/@notBefore, $d)[normalize-space()][1])[1])");
            languages = xpath.compile("let $declared := /*/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language/@ident"
                    + " return distinct-values(for $l in (if ($declared) then $declared else (/*/@xml:lang, /*/tei:text//@xml:lang))"
                    + " return normalize-space($l))[.]");
        } catch (SaxonApiException e) {
            throw new IllegalStateException("build XPath does not compile", e);
        }
    }

    /**
     * Why this tree cannot be published at all, or an empty list: the root must be
     * {@code <TEI>} in the TEI namespace, and there must be text outside the header.
     */
    public List<Problem> unpublishable(XdmNode doc, String displayName) throws SaxonApiException {
        XdmNode root = rootElement(doc);
        if (root == null) {
            return List.of(Problem.fileError(displayName, "no root element"));
        }
        if (!TEI_ROOT.equals(root.getNodeName())) {
            String ns = root.getNodeName().getNamespace();
            return List.of(Problem.error(displayName, root.getLineNumber(), root.getColumnNumber(),
                    "not a TEI document: the root element is <" + root.getNodeName().getLocalName() + ">"
                            + (ns.isEmpty() ? " in no namespace" : " in namespace " + ns)
                            + "; expected <TEI xmlns=\"" + TEI_NS + "\">"));
        }
        if (!eval(hasContent, doc).itemAt(0).getStringValue().equals("true")) {
            return List.of(Problem.error(displayName, root.getLineNumber(), root.getColumnNumber(),
                    "the TEI document has no text outside its <teiHeader>: nothing to publish"));
        }
        return List.of();
    }

    DocumentInfo info(XdmNode doc) throws SaxonApiException {
        List<DocumentInfo.Title> found = new ArrayList<>();
        for (XdmItem item : eval(titles, doc)) {
            XdmNode title = (XdmNode) item;
            found.add(new DocumentInfo.Title(lang(title), title.getStringValue().strip().replaceAll("\\s+", " ")));
        }
        Set<String> langs = new LinkedHashSet<>();
        eval(languages, doc).forEach(l -> langs.add(l.getStringValue()));
        return new DocumentInfo(found, eval(date, doc).itemAt(0).getStringValue().strip(),
                langs.stream().limit(12).toList());
    }

    private static String lang(XdmNode node) {
        for (XdmNode n = node; n != null; n = n.getParent()) {
            String lang = n.getAttributeValue(new QName("xml", "http://www.w3.org/XML/1998/namespace", "lang"));
            if (lang != null) {
                return lang;
            }
        }
        return "";
    }

    private static XdmNode rootElement(XdmNode doc) {
        for (XdmNode child : doc.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        return null;
    }

    private static XdmValue eval(XPathExecutable exe, XdmNode doc) throws SaxonApiException {
        var selector = exe.load();
        selector.setContextItem(doc);
        return selector.evaluate();
    }
}
