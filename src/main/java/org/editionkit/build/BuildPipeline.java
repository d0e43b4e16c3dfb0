package org.editionkit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.editionkit.io.OutputDirectory;

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
            BuildSummary nothing = new Counters().summary(0, setupErrors(found), System.nanoTime() - start);
            listener.end(nothing);
            return nothing;
        }
        OutputDirectory.Hold hold = holdOutput(options.outDir(), outDir);
        Map<String, ManifestEntry> entries = new ConcurrentHashMap<>();
        Map<String, ManifestEntry> previous;
        Counters counters = new Counters();
        try (hold) {
            OutputDirectory output = OutputDirectory.of(outDir);
            previous = Manifest.read(outDir);
            if (!Manifest.consistent(previous, steps)) {
                // Not what this tool writes (hand-edited or crafted): build everything and write it anew.
                previous = Map.of();
            }
            if (output.unrecorded()) {
                adoptOlderOutputs(output, outDir, previous);
            }
            refuseForeignFiles(output, found.sources());
            for (ManifestEntry e : previous.values()) {
                ManifestEntry kept = keptEntry(output, e);
                if (kept != null) {
                    entries.put(e.name(), kept);
                }
            }
            buildAll(found, outDir, previous, entries, counters);
            // A build that changed nothing leaves the index and manifest alone (a no-op rebuild of a
            // large corpus spent a seventh of its time rewriting them).
            boolean unchanged = entries.equals(previous) && Files.isRegularFile(outDir.resolve(IndexPage.FILE))
                    && Files.isRegularFile(outDir.resolve(Manifest.FILE));
            if (!unchanged) {
                writeIndexAndManifest(outDir, entries);
            }
        }
        BuildSummary summary = counters.summary(found.sources().size(), setupErrors(found), System.nanoTime() - start);
        listener.end(summary);
        return summary;
    }

    private void buildAll(Discovery.Found found, Path outDir, Map<String, ManifestEntry> previous,
            Map<String, ManifestEntry> entries, Counters counters) {
        DocumentBuild documentBuild = new DocumentBuild(toolkit, steps, fingerprint.hash(), options,
                found.sources().size() < options.jobs());
        OutputStore store = OutputStore.local(outDir);
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
                        DocumentResult result = documentBuild.build(source, previous.get(source.name()), store);
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
    }

    private static int setupErrors(Discovery.Found found) {
        return (int) found.problems().stream().filter(Problem::isError).count();
    }

    /**
     * Before anything is written: every file this build would replace must be one it wrote (a
     * mistyped {@code -o tei} must not destroy the masters). {@code --force} allows replacing.
     * A document's own source is left to its build, which refuses to overwrite it in any case.
     */
    private void refuseForeignFiles(OutputDirectory output, List<Discovery.Source> sources) throws ProblemException, IOException {
        List<Problem> refusals = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(IndexPage.FILE, Manifest.FILE));
        for (Discovery.Source source : sources) {
            for (DocumentStep step : steps) {
                String file = step.outputFile(source.name());
                Path target = file == null ? null : options.outDir().toAbsolutePath().normalize().resolve(file);
                if (target != null && !(Files.exists(target) && Files.isSameFile(target, source.path()))) {
                    names.add(file);
                }
            }
        }
        for (String name : names) {
            Problem refusal = output.refusal(name, options.outDir().resolve(name).toString());
            if (refusal != null) {
                refusals.add(refusal);
            }
        }
        if (!refusals.isEmpty()) {
            throw new ProblemException(refusals);
        }
    }

    /**
     * A directory built before the toolkit kept its ledger of outputs: what the (consistent)
     * manifest lists with the checksum it recorded, the manifest itself and our index page count
     * as written by the toolkit, so that upgrading does not need --force.
     */
    private static void adoptOlderOutputs(OutputDirectory output, Path outDir, Map<String, ManifestEntry> previous) throws IOException {
        if (previous.isEmpty()) {
            return;
        }
        output.adopt(Manifest.FILE);
        Path index = outDir.resolve(IndexPage.FILE);
        if (Files.isRegularFile(index) && Files.size(index) < (64 << 20) && Files.readString(index, StandardCharsets.ISO_8859_1)
                .contains(IndexPage.GENERATOR)) {
            output.adopt(IndexPage.FILE);
        }
        for (ManifestEntry e : previous.values()) {
            for (ManifestEntry.OutputFile o : e.outputs()) {
                Path file = outDir.resolve(o.file());
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(file) == o.size()
                        && Hashes.of(file).equals(o.sha256())) {
                    output.adopt(o.file());
                }
            }
        }
    }

    /**
     * An earlier entry kept for a document not built this time, while its source exists; its
     * outputs only while they are still the toolkit's files, so the index links nothing else.
     */
    private static ManifestEntry keptEntry(OutputDirectory output, ManifestEntry e) throws IOException {
        if (!sourceStillExists(e)) {
            return null;
        }
        List<ManifestEntry.OutputFile> ours = new ArrayList<>();
        for (ManifestEntry.OutputFile o : e.outputs()) {
            if (output.isOurs(o.file())) {
                ours.add(o);
            }
        }
        return ours.size() == e.outputs().size() ? e : e.withOutputs(ours);
    }

    private void writeIndexAndManifest(Path outDir, Map<String, ManifestEntry> entries) throws IOException {
        try {
            List<ManifestEntry> all = new ArrayList<>(entries.values());
            OutputDirectory.write(OutputNames.inside(outDir, IndexPage.FILE), IndexPage.render(all).getBytes(StandardCharsets.UTF_8));
            OutputDirectory.write(OutputNames.inside(outDir, Manifest.FILE),
                    Manifest.render(fingerprint, all).getBytes(StandardCharsets.UTF_8));
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
            OutputDirectory.write(OutputNames.inside(outDir, Manifest.FILE),
                    Manifest.render(fingerprint, List.copyOf(entries.values())).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            // The final write reports I/O trouble; a missed checkpoint only costs rebuilding.
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

    /**
     * Takes the output directory for the whole build (another build into it waits until this one
     * ends) and fails early, with one clear message, when it cannot be written.
     */
    private OutputDirectory.Hold holdOutput(Path shown, Path outDir) throws ProblemException {
        try {
            return OutputDirectory.of(outDir).hold(options.force(), System.err::println);
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
