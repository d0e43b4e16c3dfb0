package org.editionkit.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.QName;

/** Test helpers: project paths, querying exported JSON with XPath 3.1, reading RFC 4180 CSV. */
final class ExportFixtures {
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path SHARED = PROJECT.resolve("../shared").normalize();
    static final Path MASTER = PROJECT.resolve("tei/1957-04-04-pimenov-note.xml");
    static final Path MINI = PROJECT.resolve("src/test/resources/export/mini-edition.xml");

    private static final Processor XPATH = new Processor(false);

    private ExportFixtures() {
    }

    /** Evaluates {@code xpath} with {@code $json} bound to the parsed JSON text; results as strings. */
    static List<String> json(String jsonText, String xpath) {
        try {
            XPathCompiler c = XPATH.newXPathCompiler();
            c.declareNamespace("map", "http://www.w3.org/2005/xpath-functions/map");
            c.declareVariable(new QName("text"));
            XPathSelector s = c.compile("let $json := parse-json($text) return " + xpath).load();
            s.setVariable(new QName("text"), new XdmAtomicValue(jsonText));
            XdmValue v = s.evaluate();
            List<String> out = new ArrayList<>();
            for (XdmItem item : v) {
                out.add(item.getStringValue());
            }
            return out;
        } catch (SaxonApiException e) {
            throw new AssertionError("XPath " + xpath + " failed: " + e.getMessage(), e);
        }
    }

    static String read(Path p) throws Exception {
        return Files.readString(p);
    }

    /** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                i++;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else if (c == '\n' || c == '\r' || c == '"') {
                throw new AssertionError("not RFC 4180: bare " + (c == '"' ? "quote" : "line break") + " at offset " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (quoted || field.length() > 0 || !row.isEmpty()) {
            throw new AssertionError("not RFC 4180: last record not terminated by CRLF");
        }
        return rows;
    }
}
