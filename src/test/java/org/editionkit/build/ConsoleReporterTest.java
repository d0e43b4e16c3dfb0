package org.editionkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.editionkit.core.Problem;
import org.junit.jupiter.api.Test;

/** What the user sees: one line per document in a log, a redrawn bar on a terminal, only problems when quiet. */
class ConsoleReporterTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static final ManifestEntry ENTRY = new ManifestEntry("a", "tei/a.xml", DocumentInfo.NONE, ManifestEntry.Status.INVALID,
            1, 0, "h", 1, 0, "b", List.of(new ManifestEntry.OutputFile("html", "a.html", "x", 1, 0)));

    private void run(ConsoleReporter.Mode mode) {
        ConsoleReporter r = new ConsoleReporter(mode, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        r.begin(2);
        r.documentStarted("tei/a.xml");
        r.documentFinished(new DocumentResult("tei/a.xml", DocumentResult.Outcome.INVALID,
                List.of(Problem.error("tei/a.xml", 3, 7, "element \"x\" not allowed here")), ENTRY, 1200));
        r.documentStarted("tei/b.xml");
        r.documentFinished(new DocumentResult("tei/b.xml", DocumentResult.Outcome.SKIPPED, List.of(), ENTRY, 3));
        r.end(new BuildSummary(2, 0, 1, 1, 0, 0, 0, 0, 1500));
    }

    @Test
    void aLogGetsOnePlainLinePerDocumentAndProblemsOnStandardError() {
        run(ConsoleReporter.Mode.LINES);
        assertEquals("invalid tei/a.xml (1 error; outputs written, 1.2 s)\nskipped tei/b.xml (unchanged, 0.0 s)\n"
                + "build: 2 documents in 1.5 s: 0 built, 1 skipped, 1 failed (1 rendered despite errors), 0 warnings\n",
                out.toString(StandardCharsets.UTF_8));
        assertEquals("tei/a.xml:3:7: error: element \"x\" not allowed here\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTerminalGetsAProgressLineRedrawnInPlaceWithProblemsAboveIt() {
        run(ConsoleReporter.Mode.TERMINAL);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("\r[------------------------] 0/2  0:00    tei/a.xml\033[K"), e);
        assertTrue(e.contains("\r\033[Ktei/a.xml:3:7: error: element \"x\" not allowed here\n"), e);
        assertTrue(e.contains("] 1/2  0:0"), e);
        assertTrue(e.endsWith("\r\033[K"), "the bar is cleared before the summary");
        assertEquals("invalid tei/a.xml (1 error; outputs written, 1.2 s)\n"
                + "build: 2 documents in 1.5 s: 0 built, 1 skipped, 1 failed (1 rendered despite errors), 0 warnings\n",
                out.toString(StandardCharsets.UTF_8), "only documents with errors get a line of their own");
    }

    @Test
    void quietLeavesOnlyTheProblems() {
        run(ConsoleReporter.Mode.QUIET);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("tei/a.xml:3:7: error: element \"x\" not allowed here\n", err.toString(StandardCharsets.UTF_8));
    }
}
