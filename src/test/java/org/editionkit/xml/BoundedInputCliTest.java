package org.editionkit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.editionkit.cli.EditionCommand;
import org.editionkit.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Input that is legal XML but would cost unbounded work or lose content silently, through every
 * command: nesting at and just over the depth limit, entity text past the cap, entities only an
 * unread DTD declares, xi:include, UTF-8 bytes under a Latin-1 declaration, a text too long to
 * typeset. Commands run on a thread with a 1 MB stack, the JVM's default for worker threads.
 */
class BoundedInputCliTest {
    private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>F.</p>"
            + "</publicationStmt><sourceDesc><p>F.</p></sourceDesc></fileDesc></teiHeader>";

    @TempDir
    Path dir;

    /** {@code messages}: stdout and stderr together (validate prints problems on stdout, the others on stderr). */
    record Run(int status, String out, String err) {
        String messages() {
            return out + err;
        }
    }

    private Run run(String... args) throws InterruptedException {
        AtomicReference<Run> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            CommandLine cli = EditionCommand.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int status = cli.execute(args);
            result.set(new Run(status, out.toString(), err.toString()));
        }, "one-megabyte-stack", 1 << 20);
        t.start();
        t.join();
        return result.get();
    }

    private Path tei(String name, String prolog, String body) throws Exception {
        return Files.writeString(dir.resolve(name), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog
                + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER + "\n<text><body>" + body + "</body></text></TEI>\n");
    }

    /** TEI, text, body and p, then nested hi up to {@code depth} elements in all. */
    private Path nested(String name, int depth) throws Exception {
        int hi = depth - 4;
        return tei(name, "", "<p>" + "<hi>".repeat(hi) + "innermost" + "</hi>".repeat(hi) + "</p>");
    }

    private static void assertNoTraceback(Run r) {
        assertFalse(r.messages().contains("\tat ") || r.messages().contains("In template") || r.messages().contains("StackOverflow"),
                r.messages());
    }

    @Test
    void atTheDepthLimitEveryCommandSucceeds() throws Exception {
        Path doc = nested("deep.xml", SecureXml.MAX_ELEMENT_DEPTH);
        Path out = dir.resolve("out");
        for (String[] args : new String[][] {
            {"validate", doc.toString()},
            {"html", doc.toString(), "-o", out.toString()},
            {"export", doc.toString(), "--format", "json", "-o", out.toString()},
            {"pdf", doc.toString(), "-o", out.toString(), "--allow-missing-glyphs"},
            {"build", doc.toString(), "-o", dir.resolve("site").toString(), "--quiet", "--allow-missing-glyphs"}}) {
            Run r = run(args);
            assertEquals(0, r.status(), args[0] + ": " + r.messages());
            assertNoTraceback(r);
        }
        assertTrue(Files.readString(out.resolve("deep.html")).contains("innermost"));
        assertTrue(Files.size(out.resolve("deep.pdf")) > 0);
        assertTrue(Files.isRegularFile(dir.resolve("site/deep.pdf")));
    }

    @Test
    void oneLevelOverTheDepthLimitIsOneLocatedErrorEverywhere() throws Exception {
        int depth = SecureXml.MAX_ELEMENT_DEPTH + 1;
        Path doc = nested("deep.xml", depth);
        Path out = dir.resolve("out");
        for (String[] args : new String[][] {
            {"validate", doc.toString()},
            {"html", doc.toString(), "-o", out.toString()},
            {"export", doc.toString(), "--format", "json", "-o", out.toString()},
            {"pdf", doc.toString(), "-o", out.toString()},
            {"build", doc.toString(), "-o", dir.resolve("site").toString(), "--quiet"}}) {
            Run r = run(args);
            assertEquals(1, r.status(), args[0] + ": " + r.messages());
            assertNoTraceback(r);
            // build reports through its console reporter (System.err); HostileInputTest checks its line.
            assertTrue(args[0].equals("build") || r.messages().lines().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(doc.toString())
                    + ":3:\\d+: error: nested " + depth + " deep; the limit is " + SecureXml.MAX_ELEMENT_DEPTH)), args[0] + ": " + r.messages());
        }
        assertFalse(Files.exists(out.resolve("deep.html")));
    }

    @Test
    void entityTextPastTheCapIsALocatedErrorThoughFewExpansionsAreUsed() throws Exception {
        // 100 × 100 references to a 1,000-character entity: 10 MB of text from 10,101 expansions.
        String prolog = "<!DOCTYPE TEI [\n<!ENTITY a \"" + "x".repeat(1000) + "\">\n<!ENTITY b \"" + "&a;".repeat(100)
                + "\">\n<!ENTITY c \"" + "&b;".repeat(100) + "\">\n]>\n";
        Path doc = tei("amp.xml", prolog, "<p>&c;</p>");
        for (String[] args : new String[][] {{"validate", doc.toString()}, {"pdf", doc.toString(), "-o", dir.resolve("out").toString()}}) {
            Run r = run(args);
            assertEquals(1, r.status(), r.messages());
            assertTrue(r.messages().matches("(?s).*amp\\.xml:\\d+:\\d+: error: The accumulated size of entities is \"[\\d,]+\" that exceeded"
                    + " the \"1,000,000\" limit\\..*"), r.messages());
        }
    }

    @Test
    void anEntityOnlyTheUnreadDtdDeclaresIsAnErrorNamingIt() throws Exception {
        Path doc = tei("skip.xml", "<!DOCTYPE TEI SYSTEM \"tei.dtd\">\n", "<p>Caf&eacute; au lait</p>");
        Run r = run("validate", doc.toString());
        assertEquals(1, r.status(), r.messages());
        assertTrue(r.messages().contains(doc + ":4:"), r.messages());
        assertTrue(r.messages().contains("error: entity &eacute; is not declared in the document"), r.messages());
        assertEquals(1, r.messages().lines().filter(l -> l.contains("&eacute;")).count(), "reported once: " + r.messages());
    }

    @Test
    void utf8BytesUnderALatin1DeclarationAreAWarningAtTheirFirstLine() throws Exception {
        Path doc = dir.resolve("moji.xml");
        Files.write(doc, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER
                + "\n<text><body><p>plain</p>\n<p>Café</p></body></text></TEI>\n").getBytes(StandardCharsets.UTF_8));
        Run r = run("validate", doc.toString());
        assertTrue(r.messages().contains(doc + ":4:7: warning: the XML declaration says encoding=\"ISO-8859-1\", but the bytes are"
                + " UTF-8: \"é\" is read as \"Ã©\""), r.messages());
        // Real Latin-1 bytes under the same declaration are fine.
        Files.write(doc, ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER
                + "\n<text><body><p>Café</p></body></text></TEI>\n").getBytes(StandardCharsets.ISO_8859_1));
        assertFalse(run("validate", doc.toString()).messages().contains("bytes are UTF-8"));
    }

    @Test
    void xincludeIsAnErrorUnderHtmlPdfAndExportAsInBuild() throws Exception {
        Path doc = tei("xi.xml", "", "<p>kept</p><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"other.xml\"/>");
        Path out = dir.resolve("out");
        String message = doc + ":3:" ;
        for (String[] args : new String[][] {
            {"html", doc.toString(), "-o", out.toString()},
            {"export", doc.toString(), "--format", "txt", "-o", out.toString()},
            {"pdf", doc.toString(), "-o", out.toString(), "--allow-missing-glyphs"}}) {
            Run r = run(args);
            assertEquals(1, r.status(), args[0] + ": " + r.messages());
            assertTrue(r.messages().lines().anyMatch(l -> l.startsWith(message) && l.contains(": error: xi:include of \"other.xml\" not processed")),
                    args[0] + ": " + r.err());
        }
        assertTrue(Files.readString(out.resolve("xi.html")).contains("kept"), "the rest is still rendered");
        assertTrue(Files.isRegularFile(out.resolve("xi.pdf")));
    }

    @Test
    void aTextTooLongToTypesetIsRefusedUpFrontWithItsSize() throws Exception {
        int paragraphs = (int) (PdfRenderer.MAX_TEXT_CHARS / 100) + 10;
        Path doc = tei("long.xml", "", ("<p>" + "y".repeat(100) + "</p>\n").repeat(paragraphs));
        Run r = run("pdf", doc.toString(), "-o", dir.resolve("out").toString());
        assertEquals(1, r.status(), r.messages());
        assertTrue(r.messages().matches("(?s).*long\\.xml: error: too large to typeset: [\\d,]+ characters of text, over the PDF limit of"
                + " 1,000,000 .*"), r.messages());
        assertFalse(Files.exists(dir.resolve("out/long.pdf")));
    }
}
