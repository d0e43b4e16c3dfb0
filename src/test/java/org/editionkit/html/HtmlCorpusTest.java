package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmItem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Any TEI renders without losing text: every third-party file in ../shared/corpus renders, and
 * the characters of its text reach the page.
 *
 * <p>What is measured: the non-whitespace characters of the TEI's outermost {@code text}
 * elements (of the whole document minus {@code teiHeader} when it has none, as in the file with
 * translated element names) as a multiset, against the non-whitespace characters of the HTML
 * body (script and style excluded). Coverage = Σ min(count in TEI, count in HTML) / count in TEI,
 * per character; it must be at least 99 %. A multiset, not a sequence, because both views of
 * the text are in the page and notes move to the notes list; the order within each block is
 * checked by the feature tests.
 */
class HtmlCorpusTest {
    static final double REQUIRED = 0.99;
    @TempDir
    static Path out;
    static Toolkit toolkit;

    @BeforeAll
    static void setUp() {
        toolkit = new Toolkit();
    }

    static Stream<Path> corpus() throws IOException {
        Path dir = Rendered.SHARED.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared not present: skipping the third-party corpus regression");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyCorpusFileRendersWithItsWholeText(Path file) throws Exception {
        Rendered r = Rendered.render(toolkit, file, out);
        List<XdmItem> texts = r.tei("/*/descendant::*[local-name() = 'text' and namespace-uri() = 'http://www.tei-c.org/ns/1.0'][not(ancestor::*[local-name() = 'text'])]");
        if (texts.isEmpty()) {
            texts = r.tei("/*/node() except /*/*[local-name() = 'teiHeader']");
        }
        Map<Integer, Integer> tei = new HashMap<>();
        texts.forEach(t -> count(t.getStringValue(), tei));
        Map<Integer, Integer> html = new HashMap<>();
        count(bodyText(r.dom.getElementsByTagName("body").item(0)), html);
        long total = tei.values().stream().mapToLong(Integer::longValue).sum();
        long found = tei.entrySet().stream().mapToLong(e -> Math.min(e.getValue(), html.getOrDefault(e.getKey(), 0))).sum();
        double coverage = total == 0 ? 1.0 : (double) found / total;
        System.out.printf("corpus %-28s %8d characters of text, %.4f in the HTML%n", file.getFileName(), total, coverage);
        assertTrue(coverage >= REQUIRED, file.getFileName() + ": only " + coverage + " of the text's characters are in the HTML");
    }

    private static void count(String s, Map<Integer, Integer> counts) {
        s.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0xA0).forEach(c -> counts.merge(c, 1, Integer::sum));
    }

    private static String bodyText(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof Element e && (e.getLocalName().equals("script") || e.getLocalName().equals("style"))) {
            return;
        }
        if (node.getNodeType() == Node.TEXT_NODE) {
            sb.append(node.getNodeValue());
        }
        NodeList children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            collect(children.item(i), sb);
        }
    }
}
