package org.editionkit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlTest {
    private static final Toolkit TOOLKIT = new Toolkit();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private ProblemException parseFails(Path file) {
        return assertThrows(ProblemException.class, () -> TOOLKIT.parse(file, file.getFileName().toString(), new ArrayList<>()));
    }

    @Test
    void externalEntityIsRefusedWithItsLocationAndNeverRead() throws Exception {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT");
        Path doc = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [\n  <!ENTITY leak SYSTEM \""
                + secret.toUri() + "\">\n]>\n<TEI>\n  <p>&leak;</p>\n</TEI>\n");
        ProblemException e = parseFails(doc);
        Problem p = e.problems().get(0);
        assertEquals(6, p.line());
        assertTrue(p.message().startsWith("external entity \"" + secret.toUri() + "\" refused"), p.message());
        assertFalse(ProblemFormatter.gnu(p).contains("TOP-SECRET-CONTENT"));
    }

    @Test
    void externalParameterEntityIsRefused() throws Exception {
        Path dtd = write("evil.dtd", "<!ENTITY x 'EVIL'>");
        Path doc = write("pe.xml", "<!DOCTYPE a [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]>\n<a>&x;</a>");
        assertTrue(parseFails(doc).problems().get(0).message().contains("refused"));
    }

    @Test
    void missingExternalDtdIsNotFetchedButWarnedAbout() throws Exception {
        Path doc = write("dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"http://example.invalid/tei.dtd\">\n<TEI/>\n");
        List<Problem> warnings = new ArrayList<>();
        XdmNode tree = TOOLKIT.parse(doc, "dtd.xml", warnings);
        assertEquals("TEI", tree.children().iterator().next().getNodeName().getLocalName());
        assertEquals(1, warnings.size());
        assertEquals("dtd.xml:2", ProblemFormatter.gnu(warnings.get(0)).substring(0, 9));
        assertTrue(warnings.get(0).message().contains("not loaded"));
    }

    @Test
    void billionLaughsStopsQuicklyWithALocatedError() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        Path doc = write("laughs.xml", dtd + "]>\n<lolz>&lol10;</lolz>\n");
        ProblemException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parseFails(doc));
        Problem p = e.problems().get(0);
        assertTrue(p.line() > 0);
        assertTrue(p.message().contains("entity expansions"), p.message());
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() throws Exception {
        int depth = SecureXml.MAX_ELEMENT_DEPTH + 50;
        Path doc = write("deep.xml", "<d>".repeat(depth) + "</d>".repeat(depth));
        ProblemException e = parseFails(doc);
        assertEquals("nested " + (SecureXml.MAX_ELEMENT_DEPTH + 1) + " deep; the limit is " + SecureXml.MAX_ELEMENT_DEPTH,
                e.problems().get(0).message());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() throws Exception {
        Path doc = write("bad.xml", "<TEI>\n  <p>unclosed\n</TEI>\n");
        Problem p = parseFails(doc).problems().get(0);
        assertEquals("bad.xml:3:3: error: The element type \"p\" must be terminated by the matching end-tag \"</p>\".",
                ProblemFormatter.gnu(p));
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        Path outside = write("outside.xml", "<secret>OUTSIDE-CONTENT</secret>");
        Path doc = write("xi.xml", "<TEI xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\""
                + outside.toUri() + "\"/></TEI>");
        XdmNode tree = TOOLKIT.parse(doc, "xi.xml", new ArrayList<>());
        assertFalse(tree.getStringValue().contains("OUTSIDE-CONTENT"));
    }
}
