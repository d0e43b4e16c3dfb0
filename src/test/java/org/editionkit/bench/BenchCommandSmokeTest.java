package org.editionkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import org.editionkit.cli.EditionCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code edition bench} end to end on a tiny corpus (2 documents, no child processes: the jar
 * is pointed at a missing file), checking the shape of the JSON report, not any timing.
 */
class BenchCommandSmokeTest {
    @TempDir
    static Path dir;
    static int exitCode;
    static String json;
    static String stdout;

    @BeforeAll
    static void runBench() throws Exception {
        Path report = dir.resolve("report/bench.json");
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exitCode = EditionCommand.commandLine().execute("bench", "--quick", "--sizes", "2", "--naive-sample", "0",
                    "--master", CorpusGeneratorTest.MASTER.toString(), "--work-dir", dir.resolve("work").toString(),
                    "--json", report.toString(), "--jar", dir.resolve("no-such.jar").toString());
        } finally {
            System.setOut(original);
        }
        stdout = captured.toString(StandardCharsets.UTF_8);
        json = Files.readString(report);
    }

    @Test
    void measuresEveryPhaseAndWritesTheReportWithItsKeys() throws Exception {
        // 0, or 1 when a document failed or an output differed: both still write the full report.
        assertTrue(exitCode == 0 || exitCode == 1, stdout);
        for (String key : new String[] {"machine", "options", "heapMethod", "coldStart", "setup", "sizes", "naive", "targets", "notes"}) {
            assertTrue(xpath("map:contains($r, '" + key + "')").toString().equals("true"), "report lacks " + key);
        }
        assertEquals("2", xpath("$r?sizes?1?documents").toString());
        assertEquals("build-force build-noop build-jobs1 validate collate html pdf pdf-one-pass",
                xpath("string-join($r?sizes?1?phases?*?phase, ' ')").toString());
        assertEquals("true", xpath("every $p in $r?sizes?1?phases?* satisfies ($p?millis ge 0 and $p?docsPerSecond gt 0"
                + " and $p?heapPeakUsedMiB gt 0 and $p?jobs ge 1)").toString());
        assertEquals("2 2", xpath("string-join(($r?sizes?1?outputCheck?htmlPhaseEqualsBuild?compared,"
                + " $r?sizes?1?outputCheck?pdfPhaseEqualsBuild?compared), ' ')").toString());
        assertEquals(6L, Long.parseLong(xpath("count($r?targets?*)").toString()));
        assertEquals("true", xpath("exists($r?targets?*[contains(?target, 'Spark local run')])").toString(),
                "the Spark overhead target is listed (not measured here: no jar)");
    }

    @Test
    void skipsTheChildProcessPartsWithAReasonWhenTheJarIsAbsent() throws Exception {
        assertEquals("0", xpath("count($r?coldStart?runsMillis?*)").toString());
        assertTrue(xpath("$r?notes?*[contains(., 'is absent')] => exists()").toString().equals("true"), json);
    }

    @Test
    void printsTheTableWithTheTargets() {
        assertTrue(stdout.contains("build-force"), stdout);
        assertTrue(stdout.contains("targets:"), stdout);
        assertTrue(Files.isRegularFile(dir.resolve("report/bench.txt")));
    }

    private static XdmValue xpath(String expression) throws Exception {
        XPathCompiler xp = new Processor(false).newXPathCompiler();
        xp.declareNamespace("map", "http://www.w3.org/2005/xpath-functions/map");
        xp.declareVariable(new net.sf.saxon.s9api.QName("json"));
        var selector = xp.compile("let $r := parse-json($json) return " + expression).load();
        selector.setVariable(new net.sf.saxon.s9api.QName("json"), new XdmAtomicValue(json));
        return selector.evaluate();
    }
}
