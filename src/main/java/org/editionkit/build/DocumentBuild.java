package org.editionkit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.xml.SecureXml;

/**
 * Builds one document: check it can be read, skip it if unchanged, parse it once, refuse what
 * cannot be published, then run every step. Nothing here throws: whatever goes wrong becomes a
 * located problem of this document, so one bad document never stops the others.
 *
 * <p>Policy: a document that is not well-formed, not TEI, has no text, is too large or cannot
 * be read produces nothing. A well-formed TEI document with schema errors (or an XInclude,
 * which is never followed) is still rendered, because third-party TEI deserves its output, but
 * its errors are reported and make the build exit with 1.
 *
 * <p>Public because {@code edition build} and the Spark job (edition-spark) both build every
 * document through it, so their outputs, failure reports and incremental rules are the same
 * code; they differ only in their {@link OutputStore}.
 */
public final class DocumentBuild {
    private final Toolkit toolkit;
    private final TeiFacts facts;
    private final List<DocumentStep> steps;
    private final String buildHash;
    private final BuildOptions options;
    private final boolean concurrentSteps;
    private final java.util.concurrent.atomic.AtomicBoolean prepared = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * {@code options} gives the size limit and {@code --force}; {@code concurrentSteps} runs one
     * document's steps in parallel (for builds of fewer documents than cores).
     */
    public DocumentBuild(Toolkit toolkit, List<DocumentStep> steps, String buildHash, BuildOptions options,
            boolean concurrentSteps) {
        this.toolkit = toolkit;
        this.facts = new TeiFacts(toolkit.processor());
        this.steps = List.copyOf(steps);
        this.buildHash = buildHash;
        this.options = options;
        this.concurrentSteps = concurrentSteps;
    }

    /** Builds {@code source} (read from its local path) into {@code store}; {@code previous} is its last manifest entry or null. */
    public DocumentResult build(Discovery.Source source, ManifestEntry previous, OutputStore store) {
        long start = System.nanoTime();
        String shown = source.displayName();
        Set<Problem> problems = new LinkedHashSet<>();
        List<ManifestEntry.OutputFile> outputs = new ArrayList<>();
        DocumentInfo info = previous == null ? DocumentInfo.NONE : previous.info();
        String inputHash = "";
        long size = 0;
        long modified = 0;
        boolean failed = false;
        try {
            if (!Files.isRegularFile(source.path())) {
                throw new ProblemException(Problem.fileError(shown, Files.exists(source.path())
                        ? "not a regular file" : "cannot read: no such file (a broken link?)"));
            }
            size = Files.size(source.path());
            if (size > options.maxInputBytes()) {
                throw new ProblemException(Problem.fileError(shown, String.format(Locale.ROOT,
                        "file is %.1f MB, over the %.1f MB limit for one document (raise it with --max-size)",
                        size / 1048576.0, options.maxInputBytes() / 1048576.0)));
            }
            modified = Files.getLastModifiedTime(source.path()).toMillis();
            inputHash = previous != null && !options.force() && untouched(previous.inputSize(), previous.inputModified(), size, modified)
                    ? previous.inputSha256() : hashInput(source.path(), shown);
            if (!options.force() && upToDate(previous, source, inputHash, store)) {
                ManifestEntry kept = previous.withInputModified(modified);
                if (previous.status() == ManifestEntry.Status.OK) {
                    return new DocumentResult(shown, DocumentResult.Outcome.SKIPPED, List.of(), kept, millis(start));
                }
                Problem reminder = Problem.fileError(shown, "unchanged since the last build, which reported " + previous.errors()
                        + (previous.errors() == 1 ? " error" : " errors") + " (--force rebuilds it and shows them again)");
                return new DocumentResult(shown, DocumentResult.Outcome.UNCHANGED_WITH_ERRORS, List.of(reminder), kept, millis(start));
            }
            prepareStepsOnce();
            List<Problem> parseProblems = new ArrayList<>();
            XdmNode tree = toolkit.parse(source.path(), shown, parseProblems);
            problems.addAll(parseProblems);
            List<Problem> refusal = facts.unpublishable(tree, shown);
            if (!refusal.isEmpty()) {
                throw new ProblemException(refusal);
            }
            info = facts.info(tree);
            SourceDocument doc = new SourceDocument(source.path(), shown, source.name(), tree);
            for (StepResult result : runSteps(doc, store)) {
                problems.addAll(result.problems());
                result.output().ifPresent(outputs::add);
                failed |= !result.produced();
            }
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            failed = true;
        } catch (Exception | StackOverflowError e) {
            problems.add(Problem.fileError(shown, describe(e)));
            failed = true;
        }
        keepPreviousOutputs(previous, outputs, failed, store);
        List<Problem> all = List.copyOf(problems);
        long errors = all.stream().filter(Problem::isError).count();
        ManifestEntry.Status status = failed ? ManifestEntry.Status.FAILED
                : errors > 0 ? ManifestEntry.Status.INVALID : ManifestEntry.Status.OK;
        ManifestEntry entry = new ManifestEntry(source.name(), shown, info, status, (int) errors,
                (int) (all.size() - errors), inputHash, size, modified, buildHash, outputs);
        DocumentResult.Outcome outcome = switch (status) {
            case OK -> DocumentResult.Outcome.BUILT;
            case INVALID -> DocumentResult.Outcome.INVALID;
            case FAILED -> DocumentResult.Outcome.FAILED;
        };
        return new DocumentResult(shown, outcome, all, entry, millis(start));
    }

    /**
     * The first document to be built starts every step's set-up in the background, so that
     * stylesheet compilation and FOP's font set-up overlap with each other and with this
     * document's parsing and validation instead of running one after the other (a cold
     * one-document build was about 2 s faster on 2 cores). An all-unchanged build never gets here.
     */
    private void prepareStepsOnce() {
        if (prepared.compareAndSet(false, true)) {
            for (DocumentStep step : steps) {
                Thread t = new Thread(() -> {
                    try {
                        step.prepare();
                    } catch (Exception | LinkageError e) {
                        // run() meets the same failure and reports it as the document's problem.
                    }
                }, "edition-prepare-" + step.id());
                t.setDaemon(true);
                t.start();
            }
        }
    }

    /** What one step reported and wrote; {@code produced} is false when its output could not be made. */
    private record StepResult(boolean produced, List<Problem> problems, java.util.Optional<ManifestEntry.OutputFile> output) {
    }

    /**
     * The steps of one document, in order; concurrently when the build has fewer documents than
     * cores, so that a one-document build uses them all (HTML, PDF and validation are independent
     * and read the same immutable tree). Results are merged in step order either way.
     */
    private List<StepResult> runSteps(SourceDocument doc, OutputStore store) throws InterruptedException {
        if (!concurrentSteps || steps.size() < 2) {
            return steps.stream().map(step -> runStep(step, doc, store)).toList();
        }
        ExecutorService stepThreads = Executors.newFixedThreadPool(steps.size(), r -> {
            Thread t = new Thread(r, "edition-step");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<StepResult>> running = new ArrayList<>();
            for (DocumentStep step : steps) {
                running.add(stepThreads.submit(() -> runStep(step, doc, store)));
            }
            List<StepResult> results = new ArrayList<>();
            for (Future<StepResult> f : running) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    // runStep catches everything it can report; what escapes is a JVM error.
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } finally {
            stepThreads.shutdownNow();
        }
    }

    private StepResult runStep(DocumentStep step, SourceDocument doc, OutputStore store) {
        String file = step.outputFile(doc.name());
        try {
            Path target = file == null ? null : store.target(file);
            if (target != null && Files.exists(target) && Files.isSameFile(target, doc.source())) {
                throw new ProblemException(Problem.fileError(doc.displayName(), "refusing to overwrite the source with its "
                        + step.id() + " output; choose another output directory (-o)"));
            }
            List<Problem> reported = step.run(doc, target);
            if (target == null) {
                return new StepResult(true, reported, java.util.Optional.empty());
            }
            if (!Files.isRegularFile(target)) {
                throw new ProblemException(Problem.fileError(doc.displayName(), step.id() + " step wrote no " + file));
            }
            var output = store.publish(step.id(), file, target);
            return new StepResult(true, reported, java.util.Optional.of(output));
        } catch (ProblemException e) {
            return new StepResult(file == null, e.problems(), java.util.Optional.empty());
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new StepResult(file == null, List.of(Problem.fileError(doc.displayName(), step.id() + ": " + describe(e))),
                    java.util.Optional.empty());
        }
    }

    /**
     * A failed build leaves earlier outputs in place; the manifest keeps listing those that still
     * exist so the index does not lose them (the status says the latest build failed).
     */
    private static void keepPreviousOutputs(ManifestEntry previous, List<ManifestEntry.OutputFile> outputs, boolean failed,
            OutputStore store) {
        if (!failed || previous == null) {
            return;
        }
        for (ManifestEntry.OutputFile old : previous.outputs()) {
            boolean rewritten = outputs.stream().anyMatch(o -> o.kind().equals(old.kind()));
            if (!rewritten && exists(store, old.file())) {
                outputs.add(old);
            }
        }
    }

    private static boolean exists(OutputStore store, String file) {
        try {
            return store.stat(file) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Unchanged: built before (without errors, or with errors that did not stop its outputs) from the same bytes with the same stylesheets,
     * schema, fonts and options, and every output still there, byte for byte as recorded.
     */
    private boolean upToDate(ManifestEntry previous, Discovery.Source source, String inputHash, OutputStore store) throws IOException {
        if (previous == null || previous.status() == ManifestEntry.Status.FAILED || !previous.inputSha256().equals(inputHash)
                || !previous.buildHash().equals(buildHash)) {
            return false;
        }
        for (DocumentStep step : steps) {
            String file = step.outputFile(source.name());
            if (file == null) {
                continue;
            }
            ManifestEntry.OutputFile recorded = previous.output(step.id());
            OutputStore.Stat there = recorded == null ? null : store.stat(file);
            if (recorded == null || !recorded.file().equals(file) || there == null || there.size() != recorded.size()) {
                return false;
            }
            if (!untouched(recorded.size(), recorded.modified(), there.size(), there.modified())
                    && !store.sha256(file).equals(recorded.sha256())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Same size and modification time as recorded: trusted unchanged without reading it, as make
     * does (re-hashing every source and output made a no-op build of 1,000 documents read ~550 MB);
     * otherwise the checksum decides. A time of 0 means none was recorded.
     */
    private static boolean untouched(long recordedSize, long recordedModified, long size, long modified) {
        return recordedModified != 0 && recordedModified == modified && recordedSize == size;
    }

    private static String hashInput(Path file, String shown) throws ProblemException {
        try {
            return Hashes.of(file);
        } catch (IOException e) {
            throw new ProblemException(Problem.fileError(shown, "cannot read: " + Discovery.reason(e)));
        }
    }

    static String describe(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "the document is nested too deeply to render (limit: " + SecureXml.MAX_ELEMENT_DEPTH + " levels)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; build with fewer --jobs or give Java more memory (EDITION_JAVA_OPTS=-Xmx4g)";
        }
        if (e instanceof IOException io) {
            return "I/O error: " + Discovery.reason(io);
        }
        return "internal error: " + e + " (please report it)";
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
