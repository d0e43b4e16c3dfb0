package org.editionkit.exchange;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/** Test helpers for drafts: XPath over TEI strings, and multiset agreement between draft and master. */
final class ImportFixtures {
    static final Path IMPORT = ExportFixtures.PROJECT.resolve("src/test/resources/import");
    static final Path SEED = ExportFixtures.SHARED.resolve("seed/000_6a76094687571752.txt");
    static final Path TEI_ALL = ExportFixtures.SHARED.resolve("schema/tei_all.rng");

    private static final Processor SAXON = new Processor(false);

    private ImportFixtures() {
    }

    static XdmNode parse(String xml) throws Exception {
        return SAXON.newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    }

    static XdmNode parse(Path file) throws Exception {
        return parse(Files.readString(file));
    }

    /** String values of an XPath over a TEI document (prefix tei bound). */
    static List<String> xpath(XdmNode doc, String expr) throws Exception {
        XPathCompiler c = SAXON.newXPathCompiler();
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        List<String> out = new ArrayList<>();
        for (XdmItem item : c.evaluate(expr, doc)) {
            out.add(item.getStringValue());
        }
        return out;
    }

    static int count(XdmNode doc, String expr) throws Exception {
        return Integer.parseInt(xpath(doc, "count(" + expr + ")").get(0));
    }

    /** How many items of {@code expected} (a multiset) are also in {@code actual}. */
    static int agreeing(List<String> expected, List<String> actual) {
        Map<String, Integer> left = new HashMap<>();
        actual.forEach(a -> left.merge(a, 1, Integer::sum));
        int n = 0;
        for (String e : expected) {
            if (left.getOrDefault(e, 0) > 0) {
                left.merge(e, -1, Integer::sum);
                n++;
            }
        }
        return n;
    }
}
