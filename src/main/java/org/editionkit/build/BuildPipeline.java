package org.editionkit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.io.AtomicOutput;

/**
 * {@code edition build}: every document through every step, in parallel on a bounded pool, then
 * the index page and the manifest. At most {@code jobs} documents are in memory at a time; for
 * the rest only their small manifest entries are kept.
 */
public final class BuildPipeline {
    /** Worker stacks are large so that deep (but legal) nesting does not overflow recursive stylesheets. */
    private static final long WORKER_STACK_BYTES = 64L << 20;
    /** How often the manifest is saved during a long build, so a killed build keeps what it finished. */
    private static final long CHECKPOINT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Toolkit toolkit;
    private final List<DocumentStep> steps;
    private final BuildFingerprint fingerprint;
    private final BuildOptions options;
    private final BuildListener listener;

    public BuildPipeline(Toolkit toolkit, List<DocumentStep> steps, BuildFingerprint fingerprint, BuildOptions options,
            BuildListener listener) {
        this.toolkit = toolkit;
        this.steps = List.copyOf(steps);
        this.fingerprint = fingerprint;
        this.options = options;
        this.listener = listener;
    }

    /**
     * Runs the build. Throws {@link ProblemException} only when nothing can be built at all (the
     * output directory cannot be written); everything else is reported through the listener and
     * counted in the summary.
     */
    public BuildSummary run() throws ProblemException, IOException {
        long start = System.nanoTime();
        Path outDir = options.outDir().toAbsolutePath().normalize();
        List<Path> inputs = options.inputs().isEmpty() ? List.of(BuildOptions.DEFAULT_INPUT) : options.inputs();
        Discovery.Found found = options.inputs().isEmpty() && !Files.isDirectory(BuildOptions.DEFAULT_INPUT)
                ? new Discovery.Found(List.of(), List.of(Problem.fileError(BuildOptions.DEFAULT_INPUT.toString(),
                        "no tei/ folder here: run in an edition project or name the files and directories to build")))
                : Discovery.find(inputs, outDir);
        listener.setupProblems(found.problems());
        if (found.sources().isEmpty()) {
            // Nothing to build: leave the output directory as it is (not even created).
            BuildSummary nothing = new Counters().summary(0, found.problems().size(), System.nanoTime() - start);
            listener.end(nothing);
            return nothing;
        }
        // Registered before the writability probe, itself a temporary file: a build killed from
        // here on leaves none behind.
        Thread sweepOnInterrupt = new Thread(() -> sweepQuietly(outDir), "edition-build-interrupted");
        Runtime.getRuntime().addShutdownHook(sweepOnInterrupt);
        Map<String, ManifestEntry> previous;
        try {
            checkWritable(options.outDir(), outDir);
            AtomicOutput.sweepStale(outDir);
            previous = Manifest.read(outDir);
        } catch (ProblemException | IOException | RuntimeException e) {
            removeHook(sweepOnInterrupt);
            throw e;
        }
        Map<String, ManifestEntry> entries = new ConcurrentHashMap<>();
        previous.values().stream().filter(BuildPipeline::sourceStillExists).forEach(e -> entries.put(e.name(), e));

        DocumentBuild documentBuild = new DocumentBuild(toolkit, steps, outDir, fingerprint.hash(), options,
                found.sources().size() < options.jobs());
        Counters counters = new Counters();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong lastCheckpoint = new AtomicLong(System.nanoTime());
        Semaphore inFlight = new Semaphore(options.jobs());
        listener.begin(found.sources().size());
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), workerThreads());
        try {
            for (Discovery.Source source : found.sources()) {
                inFlight.acquireUninterruptibly();
                if (stop.get()) {
                    inFlight.release();
                    counters.notAttempted.incrementAndGet();
                    continue;
                }
                pool.execute(() -> {
                    try {
                        listener.documentStarted(source.displayName());
                        DocumentResult result = documentBuild.build(source, previous.get(source.name()));
                        entries.put(source.name(), result.entry());
                        counters.count(result);
                        listener.documentFinished(result);
                        if (result.hasErrors() && options.failFast()) {
                            stop.set(true);
                        }
                        checkpoint(lastCheckpoint, outDir, entries);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        removeHook(sweepOnInterrupt);
        // A build that changed nothing leaves the index and manifest alone (a no-op rebuild of a
        // large corpus spent a seventh of its time rewriting them).
        boolean unchanged = entries.equals(previous) && Files.isRegularFile(outDir.resolve(IndexPage.FILE))
                && Files.isRegularFile(outDir.resolve(Manifest.FILE));
        if (!unchanged) {
            writeIndexAndManifest(outDir, entries);
        }
        BuildSummary summary = counters.summary(found.sources().size(), found.problems().size(), System.nanoTime() - start);
        listener.end(summary);
        return summary;
    }

    private void writeIndexAndManifest(Path outDir, Map<String, ManifestEntry> entries) throws IOException {
        try {
            List<ManifestEntry> all = new ArrayList<>(entries.values());
            AtomicOutput.write(OutputNames.inside(outDir, IndexPage.FILE), IndexPage.render(all).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            AtomicOutput.write(OutputNames.inside(outDir, Manifest.FILE),
                    Manifest.render(fingerprint, all).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Saves the manifest now and then, never from two threads at once and never blocking a worker for long. */
    private void checkpoint(AtomicLong last, Path outDir, Map<String, ManifestEntry> entries) {
        long now = System.nanoTime();
        long then = last.get();
        if (now - then < CHECKPOINT_NANOS || !last.compareAndSet(then, now)) {
            return;
        }
        try {
            AtomicOutput.write(OutputNames.inside(outDir, Manifest.FILE),
                    Manifest.render(fingerprint, List.copyOf(entries.values())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            // The final write reports I/O trouble; a missed checkpoint only costs rebuilding.
        }
    }

    /**
     * On Ctrl-C or a plain kill the JVM runs shutdown hooks: remove the temporary files of the
     * writes in progress, so an interrupted build leaves only complete files (a SIGKILL cannot be
     * caught; the next build sweeps those).
     */
    private static void sweepQuietly(Path outDir) {
        try {
            AtomicOutput.sweepStale(outDir);
        } catch (IOException | RuntimeException e) {
            // Best effort: the next build sweeps again.
        }
    }

    /** Entries of documents not built this time stay in the manifest and index while their source exists. */
    private static boolean sourceStillExists(ManifestEntry entry) {
        try {
            return Files.isRegularFile(Path.of(entry.source()));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Fails early, with one clear message, rather than once per document. */
    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook will sweep.
        }
    }

    private static void checkWritable(Path shown, Path outDir) throws ProblemException {
        try {
            Files.createDirectories(outDir);
            Path probe = Files.createTempFile(outDir, ".edition-probe", AtomicOutput.TEMP_SUFFIX);
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            String why = e instanceof IOException io ? Discovery.reason(io) : e.getMessage();
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                why = "a file of that name is in the way";
            }
            throw new ProblemException(Problem.fileError(shown.toString(), "cannot write the output directory: " + why));
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> new Thread(null, r, "edition-build-" + n.incrementAndGet(), WORKER_STACK_BYTES);
    }

    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.HOURS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Totals, updated by the workers. */
    private static final class Counters {
        final AtomicInteger built = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();
        final AtomicInteger invalid = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger notAttempted = new AtomicInteger();
        final AtomicLong warnings = new AtomicLong();

        void count(DocumentResult r) {
            switch (r.outcome()) {
                case BUILT -> built.incrementAndGet();
                case SKIPPED -> skipped.incrementAndGet();
                case INVALID, UNCHANGED_WITH_ERRORS -> invalid.incrementAndGet();
                case FAILED -> failed.incrementAndGet();
            }
            warnings.addAndGet(r.count(org.editionkit.core.Severity.WARNING));
        }

        BuildSummary summary(int documents, int setupErrors, long nanos) {
            return new BuildSummary(documents, built.get(), skipped.get(), invalid.get(), failed.get(), notAttempted.get(),
                    warnings.get(), setupErrors, nanos / 1_000_000);
        }
    }
}
