package org.editionkit.exchange.importer;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin pretty-printing layer over {@link XMLStreamWriter}: block elements start on their own
 * indented line, while inside mixed content (paragraphs, heads…) nothing is added, since a
 * stray newline there would change the text.
 */
final class XmlOut {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final XMLStreamWriter w;
    private int depth;
    private int inline;
    private boolean childBlock;

    XmlOut(OutputStream out) throws XMLStreamException {
        w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
        w.setDefaultNamespace(TEI);
    }

    /** Starts an element; {@code attrs} are name/value pairs, null values skipped ("xml:…" names allowed). */
    XmlOut block(String name, String... attrs) throws XMLStreamException {
        newline();
        w.writeStartElement(TEI, name);
        if (depth == 0) {
            w.writeDefaultNamespace(TEI);
        }
        attributes(attrs);
        depth++;
        childBlock = false;
        return this;
    }

    /** Starts an element whose content is mixed: nothing inside it is indented. */
    XmlOut mixed(String name, String... attrs) throws XMLStreamException {
        if (inline == 0) {
            newline();
        }
        w.writeStartElement(TEI, name);
        attributes(attrs);
        depth++;
        inline++;
        return this;
    }

    XmlOut end() throws XMLStreamException {
        depth--;
        if (inline > 0) {
            inline--;
        } else if (childBlock) {
            newline();
        }
        w.writeEndElement();
        childBlock = true;
        return this;
    }

    XmlOut empty(String name, String... attrs) throws XMLStreamException {
        if (inline == 0) {
            newline();
        }
        w.writeEmptyElement(TEI, name);
        attributes(attrs);
        if (inline == 0) {
            childBlock = true;
        }
        return this;
    }

    /** A line break inside mixed content, indented to the current depth (whitespace TEI treats as a space). */
    XmlOut lineBreak() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
        return this;
    }

    XmlOut text(String s) throws XMLStreamException {
        w.writeCharacters(s);
        return this;
    }

    /** A block-level element holding only text. */
    XmlOut leaf(String name, String text, String... attrs) throws XMLStreamException {
        mixed(name, attrs).text(text).end();
        return this;
    }

    void comment(String s) throws XMLStreamException {
        newline();
        w.writeComment(" " + s.replace("--", "—") + " ");
        childBlock = true;
    }

    void finish() throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private void attributes(String... attrs) throws XMLStreamException {
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] == null) {
                continue;
            }
            if (attrs[i].startsWith("xml:")) {
                w.writeAttribute("xml", XML, attrs[i].substring(4), attrs[i + 1]);
            } else {
                w.writeAttribute(attrs[i], attrs[i + 1]);
            }
        }
    }

    private void newline() throws XMLStreamException {
        if (inline > 0) {
            return;
        }
        w.writeCharacters("\n" + "  ".repeat(depth));
        childBlock = true;
    }
}
