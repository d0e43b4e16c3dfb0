package org.editionkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.build.OutputNames;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.editionkit.html.HtmlRenderer;
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;
import org.editionkit.validate.Validator;
import org.editionkit.validate.ValidatorConfig;

/**
 * {@code edition bench}: generates synthetic corpora from the master and measures, in this one
 * JVM, validation, HTML, PDF and full-build throughput, heap use, forced versus no-op rebuilds;
 * then, as child processes, the cold start of one build and the naive one-JVM-per-document way;
 * and checks that the benchmark's outputs equal those of a normal {@code edition build}.
 *
 * <p>Full builds run the real {@code edition build} command in-process ({@link BuildRunner}), so
 * their cost includes its set-up (compiling the schema and stylesheets, loading fonts) exactly as
 * a user sees it, minus the JVM start. Validate, HTML and PDF phases call the services directly on
 * a pool of {@code jobs} threads, with the services built once beforehand (set-up timed apart).
 */
public final class Benchmark {
    /** Runs {@code edition ARGS} in this JVM and returns its exit code. */
    @FunctionalInterface
    public interface BuildRunner {
        int run(String... args);
    }

    /**
     * What to measure. {@code jar} null or missing skips the child-process parts (cold start,
     * naive way, no-op with JVM start, reference build); {@code naiveSample} 0 skips the naive way.
     * The {@code --jobs 1} build runs only for corpora of at most {@code jobs1Max} documents.
     */
    public record Options(Path master, List<Integer> sizes, int jobs, Path workDir, int naiveSample, Path jar, boolean quick,
            int jobs1Max, boolean volumeOnly) {
        public Options {
            sizes = List.copyOf(sizes);
        }
    }

    private static final String[] BUILD_QUIET = {"--quiet"};

    private final Options options;
    private final BuildRunner build;
    private final PrintStream log;
    private final BenchResults results;

    private final Consumer<BenchResults> checkpoint;
    private Path buildLog;

    /** {@code checkpoint} receives the results after every phase, so a long run killed late still leaves its figures. */
    public Benchmark(Options options, BuildRunner build, PrintStream log, Consumer<BenchResults> checkpoint) {
        this.options = options;
        this.build = build;
        this.log = log;
        this.checkpoint = checkpoint;
        this.results = new BenchResults(options);
    }

    public BenchResults run() throws Exception {
        Path work = options.workDir().toAbsolutePath().normalize();
        Files.createDirectories(work);
        buildLog = work.resolve("build.log");
        Files.deleteIfExists(buildLog);
        if (options.volumeOnly()) {
            volume(setUp(), work);
            return results;
        }
        Subprocess child = jarUsable() ? new Subprocess(options.jar(), work.resolve("subprocess.log")) : null;
        if (child == null) {
            results.skip("the jar " + options.jar() + " is absent: cold start, naive way and reference build not measured");
        } else {
            coldStart(child, work);
        }
        Services services = setUp();
        CorpusGenerator generator = CorpusGenerator.of(options.master());
        boolean naiveDone = child == null || options.naiveSample() == 0;
        for (int n : options.sizes()) {
            Path corpus = fresh(work.resolve("corpus-" + n));
            long t0 = System.nanoTime();
            List<Path> docs = generator.generate(n, corpus);
            results.generated(n, millisSince(t0));
            log.printf("N = %d: corpus generated in %d ms (%s)%n", n, millisSince(t0), corpus);
            Path buildOut = measureBuilds(n, docs, corpus, work, child);
            if (!naiveDone) {
                // The generator is deterministic: document i is the same in every corpus, so the
                // naive sample runs once, on the first corpus, early (a long run may be cut short).
                naive(child, docs, buildOut, work);
                naiveDone = true;
            }
            measureServices(n, docs, services, work, buildOut);
        }
        largeDocument(services, work);
        volume(services, work);
        return results;
    }

    /** Paragraphs of the large-document case (both translations); --quick uses a tenth. */
    static final int LARGE_PARAGRAPHS = 100_000;

    /**
     * One document of {@link #LARGE_PARAGRAPHS} paragraphs, validated and rendered as HTML by the
     * services on one thread: every command must stay linear in document size (targets: validate
     * under 10 s, HTML under 20 s on 2 cores). PDF is not measured: such a document is over the
     * PDF size limit ({@code PdfRenderer.MAX_TEXT_CHARS}) and refused up front.
     */
    private void largeDocument(Services s, Path work) throws Exception {
        int paragraphs = options.quick() ? LARGE_PARAGRAPHS / 10 : LARGE_PARAGRAPHS;
        Path dir = fresh(work.resolve("large"));
        Path doc = LargeDocument.write(options.master(), paragraphs, dir.resolve("large.xml"));
        String size = String.format(java.util.Locale.ROOT, "%d paragraphs, %.1f MB", paragraphs, Files.size(doc) / 1048576.0);
        largePhase("validate-large", "one document of " + size + ", schema + Schematron (target: under 10 s)",
                () -> Workers.run(List.of(doc), 1, d -> errors(s.validator().validate(d, d.toString()))));
        largePhase("html-large", "one document of " + size + ", parse + HTML (target: under 20 s)",
                () -> Workers.run(List.of(doc), 1, d -> {
                    s.html().render(parse(s.toolkit(), d), "large", dir);
                    return 0;
                }));
    }

    /** Documents of the generated volume (issue 13: a volume of 100+ documents); --quick uses a tenth. */
    static final int VOLUME_DOCUMENTS = 120;

    /** One book of generated documents through edition volume's Book: time and peak heap. */
    private void volume(Services s, Path work) throws Exception {
        int count = options.quick() ? VOLUME_DOCUMENTS / 10 : VOLUME_DOCUMENTS;
        Path project = fresh(work.resolve("volume"));
        List<Path> docs = CorpusGenerator.of(options.master()).generate(count, project.resolve("tei"));
        Path description = GeneratedVolume.write(project, docs);
        PdfRenderer renderer = new PdfRenderer(s.toolkit(), PdfOptions.defaults());
        int[] pages = new int[1];
        String[] failure = new String[1];
        Measured m = measure(() -> {
            try {
                pages[0] = GeneratedVolume.typeset(s.toolkit(), renderer, description, project.resolve("book.pdf"));
                return new Workers.Outcome(0, null);
            } catch (Exception e) {
                failure[0] = String.valueOf(e.getMessage());
                return new Workers.Outcome(1, failure[0]);
            }
        });
        String note = String.format(java.util.Locale.ROOT, "edition volume: one book of %d documents, %d pages, %d FOP runs"
                + " (front, documents with their layout passes, back; one document tree in memory at a time)",
                count, pages[0], renderer.fopRuns());
        results.largeDocument(new PhaseResult("volume-" + count, count, 1, m.millis(), m.heap().peakUsedMiB(), m.heap().afterGcMiB(),
                m.outcome().failed(), failure[0] == null ? note : note + "; failure: " + failure[0]));
        checkpoint.accept(results);
        log.printf("volume: %d documents, %d pages %7d ms  heap peak %d MiB, after GC %d MiB%s%n", count, pages[0], m.millis(),
                m.heap().peakUsedMiB(), m.heap().afterGcMiB(), failure[0] == null ? "" : "  FAILED: " + failure[0]);
    }

    private void largePhase(String name, String note, Body body) throws Exception {
        Measured m = measure(body);
        Workers.Outcome outcome = m.outcome();
        long millis = m.millis();
        HeapMeter.Heap heap = m.heap();
        results.largeDocument(new PhaseResult(name, 1, 1, millis, heap.peakUsedMiB(), heap.afterGcMiB(), outcome.failed(),
                outcome.firstFailure() == null ? note : note + "; first failure: " + outcome.firstFailure()));
        checkpoint.accept(results);
        log.printf("large document: %-14s %7d ms  heap peak %d MiB, after GC %d MiB%s%n", name, millis, heap.peakUsedMiB(),
                heap.afterGcMiB(), outcome.failed() == 0 ? "" : "  FAILED: " + outcome.firstFailure());
    }

    private boolean jarUsable() {
        return options.jar() != null && Files.isRegularFile(options.jar());
    }

    /**
     * One build of the master into an empty directory, as a new process: three times as
     * {@code java -jar edition.jar} with the JVM's default flags, then through the {@code ./edition}
     * launcher (what a user types; it adds class-data sharing and C1 for small runs) with a fresh
     * user cache: its first run fills the cache (CDS archive, transpiled Schematron, FOP font
     * cache) and is reported apart from the three after it.
     */
    private void coldStart(Subprocess child, Path work) throws IOException {
        int repeats = options.quick() ? 1 : 3;
        String[] args = {"build", options.master().toString(), "-o", work.resolve("cold").toString(), "--quiet"};
        List<Long> plain = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            fresh(work.resolve("cold"));
            plain.add(timed(child.edition(List.of(), args), "java -jar", i + 1, work));
        }
        results.coldStart(plain);
        Optional<Path> launcher = launcher();
        if (launcher.isEmpty()) {
            results.skip("cold start through ./edition not measured: no launcher beside " + options.jar().getParent());
            return;
        }
        Map<String, String> cache = Map.of("XDG_CACHE_HOME", fresh(work.resolve("cold-cache")).toString());
        fresh(work.resolve("cold"));
        long first = timed(child.launcher(launcher.get(), cache, args), "./edition, empty user cache", 1, work);
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            fresh(work.resolve("cold"));
            warm.add(timed(child.launcher(launcher.get(), cache, args), "./edition", i + 1, work));
        }
        results.coldStartLauncher(first, warm);
    }

    private long timed(Subprocess.Run run, String how, int attempt, Path work) {
        if (run.exitCode() != 0) {
            results.skip("cold start (" + how + "): edition build exited with " + run.exitCode() + " (see "
                    + work.resolve("subprocess.log") + ")");
        }
        log.printf("cold start, %s, %d: %d ms%n", how, attempt, run.millis());
        return run.millis();
    }

    /** The {@code ./edition} script whose jar is the one measured (PROJECT/target/edition.jar), if any. */
    private Optional<Path> launcher() {
        Path jar = options.jar().toAbsolutePath().normalize();
        Path project = jar.getParent() == null ? null : jar.getParent().getParent();
        if (project == null || !jar.equals(project.resolve("target/edition.jar"))) {
            return Optional.empty();
        }
        Path script = project.resolve("edition");
        return Files.isRegularFile(script) ? Optional.of(script) : Optional.empty();
    }

    /** The services of the validate/HTML/PDF phases, built once; their set-up is timed separately. */
    private record Services(Toolkit toolkit, Validator validator, HtmlRenderer html, PdfRenderer pdf) {
    }

    private Services setUp() {
        long t0 = System.nanoTime();
        Toolkit toolkit = new Toolkit();
        long t1 = System.nanoTime();
        Validator validator = Validator.create(toolkit, ValidatorConfig.defaults());
        long t2 = System.nanoTime();
        HtmlRenderer html = new HtmlRenderer(toolkit);
        long t3 = System.nanoTime();
        PdfRenderer pdf = new PdfRenderer(toolkit, PdfOptions.defaults());
        long t4 = System.nanoTime();
        results.setup((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return new Services(toolkit, validator, html, pdf);
    }

    /**
     * The full builds of one corpus, most important first: {@code --force} with all cores into an
     * empty directory (the full-build throughput, and what a forced rebuild costs), the no-op
     * rebuild in this JVM and in a new one, then {@code --jobs 1}. Returns the build's directory.
     */
    private Path measureBuilds(int n, List<Path> docs, Path corpus, Path work, Subprocess child) throws Exception {
        int all = options.jobs();
        Path buildOut = fresh(work.resolve("build-" + n));
        phase(n, "build-force", all, "edition build --force --jobs " + all + ", every document built, set-up included",
                () -> buildPhase(corpus, buildOut, all, true));
        Path probe = buildOut.resolve(OutputNames.sanitise(docs.get(0)) + ".pdf");
        long before = Files.exists(probe) ? Files.getLastModifiedTime(probe).toMillis() : -1;
        phase(n, "build-noop", all, "edition build, nothing changed, set-up included", () -> buildPhase(corpus, buildOut, all, false));
        if (child != null) {
            long t0 = System.nanoTime();
            Subprocess.Run run = child.edition("build", corpus.toString(), "-o", buildOut.toString(), "--quiet");
            results.phase(n, new PhaseResult("build-noop-jvm", n, all, millisSince(t0), 0, 0, run.exitCode() == 0 ? 0 : n,
                    "java -jar edition.jar build, nothing changed, JVM start included (heap not measured)"));
            checkpoint.accept(results);
            log.printf("N = %d: build-noop-jvm %d ms%n", n, millisSince(t0));
        }
        if (Files.exists(probe) && Files.getLastModifiedTime(probe).toMillis() != before) {
            results.skip("N = " + n + ": a no-op build rewrote " + probe.getFileName() + " (not a no-op)");
        }
        if (child != null) {
            new SparkPhase(options.jar(), child, log).measure(n, all, docs, corpus, work, buildOut, results);
            checkpoint.accept(results);
        }
        if (n <= options.jobs1Max()) {
            Path serialOut = fresh(work.resolve("build-jobs1-" + n));
            phase(n, "build-jobs1", 1, "edition build --jobs 1 into an empty directory, set-up included",
                    () -> buildPhase(corpus, serialOut, 1, false));
        } else {
            results.skip("N = " + n + ": build --jobs 1 not run (over --jobs1-max " + options.jobs1Max() + ")");
        }
        return buildOut;
    }

    /** Validate, HTML and PDF alone on a pool, the services built once; outputs compared with the build's. */
    private void measureServices(int n, List<Path> docs, Services s, Path work, Path buildOut) throws Exception {
        int all = options.jobs();
        Path htmlOut = fresh(work.resolve("html-" + n));
        Path pdfOut = fresh(work.resolve("pdf-" + n));
        phase(n, "validate", all, "schema + Schematron, services built once", () -> Workers.run(docs, all,
                doc -> errors(s.validator().validate(doc, doc.toString()))));
        org.editionkit.collate.Collator collator = new org.editionkit.collate.Collator();
        phase(n, "collate", all, "parse + collate (the report, no --apply); its time per document is millis / documents",
                () -> Workers.run(docs, all, doc -> {
                    collator.collate(doc, doc.toString());
                    return 0;
                }));
        phase(n, "html", all, "parse + HTML, services built once", () -> Workers.run(docs, all, doc -> {
            s.html().render(parse(s.toolkit(), doc), OutputNames.sanitise(doc), htmlOut);
            return 0;
        }));
        // The PDF phases also sum the CPU time of their documents' threads: on a shared machine
        // it says what the passes cost where wall time mostly says what the neighbours did.
        java.util.concurrent.atomic.AtomicLong loopCpu = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong oneCpu = new java.util.concurrent.atomic.AtomicLong();
        PdfRenderer loop = new PdfRenderer(s.toolkit(), PdfOptions.defaults());
        phase(n, "pdf", all, "parse + glyph check + FO + FOP passes, services built once", () -> Workers.run(docs, all, doc ->
                cpuTimed(loopCpu, () -> errors(loop.render(parse(s.toolkit(), doc), doc.toString(), pdfFile(pdfOut, doc))))));
        // What the pass loop costs: the same documents typeset in one pass (no line numbers).
        PdfRenderer onePass = new PdfRenderer(s.toolkit(), PdfOptions.defaults()).onePass();
        Path onePassOut = fresh(work.resolve("pdf1-" + n));
        long passes = results.millis(n, "pdf");
        phase(n, "pdf-one-pass", all, "as pdf, but one FOP pass per document (no line numbers, § keys)", () -> Workers.run(docs, all,
                doc -> cpuTimed(oneCpu, () -> errors(onePass.render(parse(s.toolkit(), doc), doc.toString(), pdfFile(onePassOut, doc))))));
        long single = results.millis(n, "pdf-one-pass");
        double perDoc = loop.documents() == 0 ? 0 : (double) loop.fopRuns() / loop.documents();
        double cpuRatio = oneCpu.get() == 0 ? 0.0 : (double) loopCpu.get() / oneCpu.get();
        results.skip(String.format(java.util.Locale.ROOT, "N = %d: PDF pass loop: %.2f FOP runs per document (layout and PDF"
                + " passes), %d of %d documents in the fallback; PDF phase %d ms against %d ms in one pass: %.2f×; CPU %d ms"
                + " against %d ms per document: %.2f×", n, perDoc, loop.fallbacks(), loop.documents(), passes, single,
                single == 0 ? 0.0 : (double) passes / single, loopCpu.get() / 1_000_000 / n, oneCpu.get() / 1_000_000 / n, cpuRatio));
        log.printf("N = %d: PDF %.2f FOP runs per document, %d in the fallback, %.2f× the one-pass time (CPU %.2f×)%n", n, perDoc,
                loop.fallbacks(), single == 0 ? 0.0 : (double) passes / single, cpuRatio);
        List<String> names = docs.stream().map(OutputNames::sanitise).toList();
        results.phaseOutputs(n, OutputCheck.compare(names, htmlOut, buildOut, List.of(".html")),
                OutputCheck.compare(names, pdfOut, buildOut, List.of(".pdf")));
        checkpoint.accept(results);
    }

    /** Runs {@code body}, adding the CPU time of this thread it took to {@code sum} (nanoseconds). */
    private static int cpuTimed(java.util.concurrent.atomic.AtomicLong sum, java.util.concurrent.Callable<Integer> body) throws Exception {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        try {
            return body.call();
        } finally {
            sum.addAndGet(mx.getCurrentThreadCpuTime() - t0);
        }
    }

    private static Path pdfFile(Path pdfOut, Path doc) {
        return pdfOut.resolve(OutputNames.sanitise(doc) + ".pdf");
    }

    private Workers.Outcome buildPhase(Path corpus, Path out, int jobs, boolean force) {
        List<String> args = new ArrayList<>(List.of("build", corpus.toString(), "-o", out.toString(), "--jobs", Integer.toString(jobs)));
        args.addAll(List.of(BUILD_QUIET));
        if (force) {
            args.add("--force");
        }
        int code = quietly(() -> build.run(args.toArray(String[]::new)));
        return new Workers.Outcome(code == 0 ? 0 : -1, code == 0 ? null : "edition build exited with " + code);
    }

    /**
     * Runs an in-process build with its console output (progress, warnings) going to
     * {@code build.log} in the work directory instead of drowning the benchmark's table.
     */
    private int quietly(java.util.function.IntSupplier body) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        try (PrintStream file = new PrintStream(Files.newOutputStream(buildLog, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                true, StandardCharsets.UTF_8)) {
            System.setOut(file);
            System.setErr(file);
            return body.getAsInt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A phase body; returns how many documents failed. */
    @FunctionalInterface
    private interface Body {
        Workers.Outcome run() throws Exception;
    }

    private record Measured(Workers.Outcome outcome, long millis, HeapMeter.Heap heap) {
    }

    /** Runs one phase's body, timed, with the heap watched while it runs. */
    private static Measured measure(Body body) throws Exception {
        try (HeapMeter meter = HeapMeter.start()) {
            long t0 = System.nanoTime();
            Workers.Outcome outcome = body.run();
            long millis = millisSince(t0);
            return new Measured(outcome, millis, meter.read());
        }
    }

    private void phase(int n, String name, int jobs, String note, Body body) throws Exception {
        Measured m = measure(body);
        Workers.Outcome outcome = m.outcome();
        long millis = m.millis();
        HeapMeter.Heap heap = m.heap();
        PhaseResult r = new PhaseResult(name, n, jobs, millis, heap.peakUsedMiB(), heap.afterGcMiB(),
                outcome.failed(), outcome.firstFailure() == null ? note : note + "; first failure: " + outcome.firstFailure());
        results.phase(n, r);
        checkpoint.accept(results);
        log.printf("N = %d: %-14s jobs %d  %7d ms  %7.1f docs/s  heap peak %d MiB, after GC %d MiB%s%n", n, name, jobs, millis,
                r.docsPerSecond(), heap.peakUsedMiB(), heap.afterGcMiB(), outcome.failed() == 0 ? "" : "  FAILED: " + outcome.firstFailure());
    }

    /**
     * The naive way on the first {@code naiveSample} documents of the first corpus: one
     * {@code java -jar edition.jar build FILE -o DIR} per document, one after the other. Its
     * outputs are those of a normal build, so they double as the reference for the output check.
     */
    private void naive(Subprocess child, List<Path> docs, Path buildOut, Path work) throws IOException {
        List<Path> sample = docs.subList(0, Math.min(options.naiveSample(), docs.size()));
        Path out = fresh(work.resolve("naive"));
        long t0 = System.nanoTime();
        int failed = 0;
        for (Path doc : sample) {
            failed += child.edition("build", doc.toString(), "-o", out.toString(), "--quiet").exitCode() == 0 ? 0 : 1;
        }
        long millis = millisSince(t0);
        log.printf("naive: %d documents, one JVM each, %d ms%n", sample.size(), millis);
        List<String> names = sample.stream().map(OutputNames::sanitise).toList();
        results.naive(sample.size(), millis, failed, OutputCheck.compare(names, buildOut, out, OutputCheck.ALL_KINDS));
        checkpoint.accept(results);
    }

    private static XdmNode parse(Toolkit toolkit, Path doc) throws Exception {
        return toolkit.parse(doc, doc.toString(), new ArrayList<>());
    }

    private static int errors(List<Problem> problems) {
        return (int) problems.stream().filter(Problem::isError).count();
    }

    /** {@code dir}, emptied of an earlier run's files (only ever a folder the benchmark names itself). */
    static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
