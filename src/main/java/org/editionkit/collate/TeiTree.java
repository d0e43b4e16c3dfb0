package org.editionkit.collate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.editionkit.core.ProblemException;
import org.editionkit.xml.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A minimal element tree of a TEI file that remembers where each element and text chunk starts
 * (line and column), which the DOM cannot: collate reports divergences at source positions.
 */
final class TeiTree {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** An element or a text chunk; text chunks have a null name. */
    static final class Node {
        final String name;
        final Map<String, String> attrs;
        final List<Node> children = new ArrayList<>();
        final StringBuilder text;
        final int line;
        final int col;
        Node parent;

        Node(String name, Map<String, String> attrs, int line, int col) {
            this.name = name;
            this.attrs = attrs;
            this.text = name == null ? new StringBuilder() : null;
            this.line = line;
            this.col = col;
        }

        boolean isText() {
            return name == null;
        }

        String attr(String n) {
            return attrs == null ? null : attrs.get(n);
        }

        String id() {
            return attr("xml:id");
        }

        boolean is(String n) {
            return n.equals(name);
        }

        List<Node> elements(String n) {
            List<Node> out = new ArrayList<>();
            collect(this, n, out);
            return out;
        }

        private static void collect(Node at, String n, List<Node> out) {
            for (Node c : at.children) {
                if (c.is(n)) {
                    out.add(c);
                }
                if (!c.isText()) {
                    collect(c, n, out);
                }
            }
        }

        boolean hasAncestor(String n) {
            for (Node p = parent; p != null; p = p.parent) {
                if (p.is(n)) {
                    return true;
                }
            }
            return false;
        }

        String textContent() {
            StringBuilder sb = new StringBuilder();
            appendText(this, sb);
            return sb.toString();
        }

        private static void appendText(Node n, StringBuilder sb) {
            if (n.isText()) {
                sb.append(n.text);
            } else {
                for (Node c : n.children) {
                    appendText(c, sb);
                }
            }
        }
    }

    private TeiTree() {
    }

    /** Parses a TEI file (hardened, no external entities); elements outside the TEI namespace keep a "ns:" prefix. */
    static Node parse(Path file, String display) throws ProblemException {
        try {
            return parse(java.nio.file.Files.readAllBytes(file), file, display);
        } catch (java.io.IOException e) {
            throw new ProblemException(org.editionkit.core.Problem.fileError(display, "cannot read: " + e.getMessage()));
        }
    }

    /** Parses the bytes of a file as read once, so that what is collated is what --apply edits. */
    static Node parse(byte[] bytes, Path file, String display) throws ProblemException {
        List<org.editionkit.core.Problem> sink = new ArrayList<>();
        XMLReader reader = SecureXml.newReader(display, sink);
        Builder b = new Builder();
        reader.setContentHandler(b);
        try {
            InputSource in = new InputSource(new java.io.ByteArrayInputStream(bytes));
            in.setSystemId(file.toUri().toString());
            reader.parse(in);
        } catch (Exception e) {
            throw SecureXml.toProblem(display, e);
        }
        return b.root;
    }

    private static final class Builder extends DefaultHandler {
        Node root = new Node("#document", Map.of(), 1, 1);
        Node current = root;
        Locator locator;
        int line = 1;
        int col = 1;

        @Override
        public void setDocumentLocator(Locator l) {
            locator = l;
        }

        private void mark() {
            if (locator != null) {
                line = locator.getLineNumber();
                col = locator.getColumnNumber();
            }
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            Map<String, String> a = new HashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                String ns = atts.getURI(i);
                a.put(XML.equals(ns) ? "xml:" + atts.getLocalName(i) : atts.getQName(i), atts.getValue(i));
            }
            String name = TEI.equals(uri) ? local : "ns:" + local;
            Node n = new Node(name, a, line, col);
            n.parent = current;
            current.children.add(n);
            current = n;
            mark();
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            current = current.parent;
            mark();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            List<Node> kids = current.children;
            Node last = kids.isEmpty() ? null : kids.get(kids.size() - 1);
            if (last == null || !last.isText()) {
                last = new Node(null, null, line, col);
                last.parent = current;
                kids.add(last);
            }
            last.text.append(ch, start, length);
            mark();
        }
    }
}
