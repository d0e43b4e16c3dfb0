package org.editionkit.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.editionkit.bench.CorpusGenerator;
import org.editionkit.bench.OutputCheck;
import org.editionkit.build.BuildOptions;
import org.editionkit.build.BuildPipeline;
import org.editionkit.build.BuildSetup;
import org.editionkit.build.BuildSummary;
import org.editionkit.build.DocumentResult;
import org.editionkit.build.Manifest;
import org.editionkit.build.ManifestEntry;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;
import org.editionkit.pdf.PdfOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (two worker threads, up to three attempts per task) against
 * {@code edition build} on the same corpus: generated copies of the master mixed with broken
 * documents must give the same files, the same reports and the same manifest entries.
 */
class SparkBuildTest {
    private static final Path MASTER = Path.of(System.getProperty("edition.projectDir", "."), "tei", "1957-04-04-pimenov-note.xml");
    private static JavaSparkContext spark;
    private static final AtomicInteger FAILED_TASKS = new AtomicInteger();

    @TempDir
    Path work;

    @BeforeAll
    static void startSpark() {
        SparkConf conf = new SparkConf().setMaster("local[2,3]").setAppName("edition-spark-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        spark = new JavaSparkContext(conf);
        spark.sc().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (!end.taskInfo().successful()) {
                    FAILED_TASKS.incrementAndGet();
                }
            }
        });
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void aMixedCorpusGivesWhatEditionBuildGives() throws Exception {
        Path corpus = work.resolve("corpus");
        CorpusGenerator.of(MASTER).generate(30, corpus);
        Files.writeString(corpus.resolve("not-well-formed.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>");
        Files.writeString(corpus.resolve("not-tei.xml"), "<html><body>hello</body></html>");
        Files.writeString(corpus.resolve("empty.xml"), "");
        String master = Files.readString(MASTER);
        Files.writeString(corpus.resolve("invalid.xml"), master.replaceFirst("<body>", "<body><unknownElement/>"));
        Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(corpus.resolve("sub/a b.xml"), master);
        Files.writeString(corpus.resolve("a_b.xml"), master);
        Files.createDirectories(corpus.resolve("schema"));
        Files.writeString(corpus.resolve("schema/left-out.xml"), "<x/>");
        Path reference = work.resolve("reference");
        Path sparkOut = work.resolve("spark");

        Results expected = editionBuild(corpus, reference);
        Results actual = sparkBuild(corpus, sparkOut, null);

        assertEquals(35, expected.results.size(), "30 generated + 6 added - 1 name collision");
        assertEquals(expected.setup, actual.setup, "the same setup problems (the name collision)");
        assertEquals(expected.reports(), actual.reports(), "the same problems for every document");
        assertEquals(expected.summary.built(), actual.summary.built());
        assertEquals(expected.summary.invalid(), actual.summary.invalid());
        assertEquals(expected.summary.failed(), actual.summary.failed());
        assertTrue(expected.summary.failed() >= 3 && expected.summary.invalid() >= 1, expected.summary.toString());
        assertEquals(outputFiles(reference), outputFiles(sparkOut));
        for (String file : outputFiles(reference)) {
            byte[] a = Files.readAllBytes(reference.resolve(file));
            byte[] b = Files.readAllBytes(sparkOut.resolve(file));
            if (file.endsWith(".pdf")) {
                assertEquals(OutputCheck.normalisePdf(a), OutputCheck.normalisePdf(b), file);
            } else if (!file.equals(Manifest.FILE)) {
                assertArrayEquals(a, b, file);
            }
        }
        assertEquals(withoutOutputTimes(Manifest.read(reference)), withoutOutputTimes(Manifest.read(sparkOut)));

        // A second run: the same incremental decisions as a second edition build (30 skipped, the 2
        // rendered despite errors reminded, the 3 failed ones rebuilt), with the same reports.
        Results again = sparkBuild(corpus, sparkOut, null);
        Results againExpected = editionBuild(corpus, reference);
        assertEquals(30, again.summary.skipped(), again.summary.toString());
        assertEquals(List.of(againExpected.summary.built(), againExpected.summary.skipped(), againExpected.summary.invalid(),
                againExpected.summary.failed()), List.of(again.summary.built(), again.summary.skipped(), again.summary.invalid(),
                again.summary.failed()));
        assertEquals(againExpected.reports(), again.reports());
    }

    @Test
    void aTaskThatDiesHalfWayIsRetriedAndLeavesNoPartialOrDuplicateFile() throws Exception {
        Path corpus = work.resolve("corpus");
        List<Path> docs = CorpusGenerator.of(MASTER).generate(2, corpus);
        String victim = docs.get(1).getFileName().toString().replace(".xml", "");
        Path out = work.resolve("out");
        int failedBefore = FAILED_TASKS.get();

        Results run = sparkBuild(corpus, out, victim);

        assertTrue(FAILED_TASKS.get() > failedBefore, "the first attempt failed");
        assertEquals(2, run.summary.built(), run.reports().toString());
        List<String> expected = new ArrayList<>(List.of("index.html", "manifest.json"));
        for (Path doc : docs) {
            String name = doc.getFileName().toString().replace(".xml", "");
            expected.addAll(List.of(name + ".html", name + ".pdf", name + ".xml"));
        }
        expected.sort(null);
        assertEquals(expected, outputFiles(out), "every output once, no temporary file");
        for (ManifestEntry e : Manifest.read(out).values()) {
            for (ManifestEntry.OutputFile o : e.outputs()) {
                assertEquals(o.size(), Files.size(out.resolve(o.file())), o.file());
            }
        }
    }

    /** What one build reported and wrote. */
    record Results(Map<String, DocumentResult> results, List<org.editionkit.core.Problem> setup, BuildSummary summary) {
        Map<String, List<String>> reports() {
            Map<String, List<String>> r = new TreeMap<>();
            results.forEach((name, result) -> r.put(name, result.problems().stream()
                    .map(org.editionkit.core.ProblemFormatter::gnu).toList()));
            return r;
        }
    }

    private static Results editionBuild(Path corpus, Path out) throws Exception {
        Listener l = new Listener();
        Toolkit toolkit = new Toolkit();
        BuildOptions options = BuildOptions.defaults(out).withInputs(List.of(corpus)).withJobs(2);
        new BuildPipeline(toolkit, BuildSetup.steps(toolkit, PdfOptions.defaults()), BuildSetup.fingerprint(PdfOptions.defaults()),
                options, l).run();
        OutputDirectory.resetAll();
        return l.results();
    }

    private static Results sparkBuild(Path corpus, Path out, String crash) throws Exception {
        Listener l = new Listener();
        new SparkBuild(List.of(corpus.toString()), out.toString(), false, BuildOptions.DEFAULT_MAX_INPUT_BYTES, crash).run(spark, l);
        OutputDirectory.resetAll();
        return l.results();
    }

    /** The files of a build, without the lock and ledger (the bookkeeping of edition build's output directory). */
    static List<String> outputFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(OutputDirectory.LOCK_FILE) && !n.equals(OutputDirectory.LEDGER_FILE)).sorted().toList();
        }
    }

    /** The entries without the outputs' times and the PDFs' checksums (the PDFs are compared above, their dates and ids blanked). */
    static Map<String, ManifestEntry> withoutOutputTimes(Map<String, ManifestEntry> entries) {
        Map<String, ManifestEntry> r = new TreeMap<>();
        entries.forEach((name, e) -> r.put(name, new ManifestEntry(e.name(), e.source(), e.info(), e.status(), e.errors(), e.warnings(),
                e.inputSha256(), e.inputSize(), e.inputModified(), e.buildHash(), e.outputs().stream()
                        .map(o -> new ManifestEntry.OutputFile(o.kind(), o.file(), o.kind().equals("pdf") ? "" : o.sha256(), o.size(), 0))
                        .toList())));
        return r;
    }

    /** Records a build's reports. */
    static final class Listener implements org.editionkit.build.BuildListener {
        final Map<String, DocumentResult> results = new java.util.concurrent.ConcurrentHashMap<>();
        final List<org.editionkit.core.Problem> setup = new ArrayList<>();
        BuildSummary summary;

        @Override
        public void begin(int documents) {
        }

        @Override
        public void documentStarted(String displayName) {
        }

        @Override
        public void documentFinished(DocumentResult result) {
            results.put(result.displayName(), result);
        }

        @Override
        public synchronized void setupProblems(List<org.editionkit.core.Problem> problems) {
            setup.addAll(problems);
        }

        @Override
        public void end(BuildSummary s) {
            summary = s;
        }

        Results results() {
            return new Results(results, setup, summary);
        }
    }
}
