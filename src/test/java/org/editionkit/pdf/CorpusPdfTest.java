package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every third-party TEI file of ../shared/corpus becomes a PDF with the default fonts, as
 * {@code edition pdf} makes it without --allow-missing-glyphs, and keeps its text: at least
 * 99 % of the non-space characters of the text the reading view prints reach the PDF's text
 * layer (compared as multisets of characters, so order and line breaks do not matter).
 */
class CorpusPdfTest {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    @Test
    void everyCorpusFileBecomesAPdfThatKeepsItsText(@TempDir Path dir) throws Exception {
        Path corpus = PdfTestSupport.SHARED.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared not present: skipping the corpus PDF test");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        Toolkit tk = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults());
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            Path out = dir.resolve(file.getFileName().toString().replace(".xml", ".pdf"));
            List<Problem> warnings = new ArrayList<>();
            XdmNode doc = tk.parse(file, file.getFileName().toString(), warnings);
            try {
                warnings.addAll(renderer.render(doc, file.getFileName().toString(), out));
            } catch (ProblemException e) {
                failures.add(file.getFileName() + ": no PDF: "
                        + e.problems().stream().map(ProblemFormatter::gnu).limit(5).toList());
                continue;
            }
            Map<Integer, Integer> expected = new HashMap<>();
            countPrinted(textRoots(doc), expected);
            String pdfText;
            try (PDDocument pdf = PdfTestSupport.load(out)) {
                pdfText = PdfTestSupport.text(pdf);
            }
            Map<Integer, Integer> actual = new HashMap<>();
            pdfText.codePoints().filter(c -> !isSpace(c)).forEach(c -> actual.merge(c, 1, Integer::sum));
            long total = expected.values().stream().mapToLong(Integer::longValue).sum();
            long kept = expected.entrySet().stream().mapToLong(e -> Math.min(e.getValue(), actual.getOrDefault(e.getKey(), 0))).sum();
            double share = total == 0 ? 1.0 : (double) kept / total;
            System.out.printf("[corpus] %s: %d of %d characters kept (%.2f %%)%n", file.getFileName(), kept, total, 100 * share);
            if (share < 0.99) {
                failures.add(file.getFileName() + String.format(" keeps only %.2f %%", 100 * share));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The outermost tei:text elements, or, for a file without any, the root's non-header parts. */
    private static List<XdmNode> textRoots(XdmNode doc) {
        List<XdmNode> roots = new ArrayList<>();
        collectTexts(doc, roots);
        if (roots.isEmpty()) {
            for (XdmNode root : doc.children()) {
                for (XdmNode part : root.children()) {
                    if (!(part.getNodeKind() == XdmNodeKind.ELEMENT && part.getNodeName().getLocalName().equals("teiHeader"))) {
                        roots.add(part);
                    }
                }
            }
        }
        return roots;
    }

    private static void collectTexts(XdmNode node, List<XdmNode> out) {
        for (XdmNode c : node.children()) {
            if (c.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            if (TEI.equals(c.getNodeName().getNamespace()) && c.getNodeName().getLocalName().equals("text")) {
                out.add(c);
            } else if (!c.getNodeName().getLocalName().equals("teiHeader")) {
                collectTexts(c, out);
            }
        }
    }

    /** Counts the characters the reading view prints: one alternative of each choice. */
    private static void countPrinted(List<XdmNode> nodes, Map<Integer, Integer> counts) {
        for (XdmNode n : nodes) {
            count(n, counts);
        }
    }

    private static void count(XdmNode node, Map<Integer, Integer> counts) {
        if (node.getNodeKind() == XdmNodeKind.TEXT) {
            node.getStringValue().codePoints().filter(c -> !isSpace(c)).forEach(c -> counts.merge(c, 1, Integer::sum));
            return;
        }
        if (node.getNodeKind() != XdmNodeKind.ELEMENT && node.getNodeKind() != XdmNodeKind.DOCUMENT) {
            return;
        }
        boolean choice = node.getNodeKind() == XdmNodeKind.ELEMENT && TEI.equals(node.getNodeName().getNamespace())
                && node.getNodeName().getLocalName().equals("choice");
        if (choice) {
            XdmNode shown = shownAlternative(node);
            if (shown != null) {
                count(shown, counts);
            }
            return;
        }
        for (XdmNode c : node.children()) {
            count(c, counts);
        }
    }

    /** As xslt/fo/phrase.xsl: corr, else expan, else reg, else seg, else the first child element. */
    private static XdmNode shownAlternative(XdmNode choice) {
        for (String name : List.of("corr", "expan", "reg", "seg")) {
            for (XdmNode c : choice.children()) {
                if (c.getNodeKind() == XdmNodeKind.ELEMENT && c.getNodeName().getLocalName().equals(name)) {
                    return c;
                }
            }
        }
        for (XdmNode c : choice.children()) {
            if (c.getNodeKind() == XdmNodeKind.ELEMENT) {
                return c;
            }
        }
        return null;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
