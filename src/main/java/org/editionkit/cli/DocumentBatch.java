package org.editionkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.editionkit.build.Discovery;
import org.editionkit.core.IoReasons;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The part {@code html}, {@code pdf} and {@code export} share: find the TEI files as
 * {@code build} does (files as named, directories searched, colliding output names caught),
 * check the output directory once, then do each document on a bounded pool of worker threads
 * and print each one's results in input order. One failed document never stops the others.
 */
final class DocumentBatch {
    /** Worker stacks as large as the build's, so deep (but legal) nesting renders the same way. */
    private static final long WORKER_STACK_BYTES = 64L << 20;

    /** What one document gave: its exit status, the files written (stdout) and its problems (stderr). */
    record Outcome(int status, List<Path> written, List<Problem> problems, boolean stopOthers) {
        /** Written; an error among the problems (an xi:include whose content is missing) still makes it exit 1. */
        static Outcome done(List<Path> written, List<Problem> warnings) {
            int status = warnings.stream().anyMatch(Problem::isError) ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
            return new Outcome(status, written, warnings, false);
        }

        static Outcome failed(int status, List<Problem> problems) {
            return new Outcome(status, List.of(), problems, false);
        }
    }

    @FunctionalInterface
    interface Work {
        Outcome run(Discovery.Source source) throws Exception;
    }

    private DocumentBatch() {
    }

    /** The {@code --jobs} value: the number of cores when not given; fewer than 1 is a usage error. */
    static int jobs(CommandSpec spec, Integer jobs) {
        int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (n < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + n);
        }
        return n;
    }

    static int run(CommandSpec spec, List<Path> inputs, Path outDir, int jobs, Work work) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String command = "edition " + spec.name();
        try {
            Discovery.Found found = Discovery.find(inputs, outDir);
            found.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
            int status = found.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE_OR_IO;
            if (found.sources().isEmpty()) {
                err.println(command + ": no TEI files found; nothing written");
                return ExitCodes.USAGE_OR_IO;
            }
            String unusable = unwritable(outDir);
            if (unusable != null) {
                err.println(ProblemFormatter.gnu(Problem.fileError(outDir.toString(), "cannot write the output directory: " + unusable)));
                return ExitCodes.USAGE_OR_IO;
            }
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, found.sources().size()), workerThreads(spec.name()));
            try {
                List<Future<Outcome>> results = new ArrayList<>();
                for (Discovery.Source source : found.sources()) {
                    results.add(pool.submit(() -> stop.get() ? null : attempt(work, source, stop)));
                }
                for (Future<Outcome> result : results) {
                    Outcome o = result.get();
                    if (o == null) {
                        continue; // not started after a failure that would repeat for every document
                    }
                    o.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                    o.written().forEach(out::println);
                    status = Math.max(status, o.status());
                }
            } finally {
                pool.shutdownNow();
            }
            return status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(command + ": interrupted");
            return ExitCodes.USAGE_OR_IO;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Outcome attempt(Work work, Discovery.Source source, AtomicBoolean stop) {
        try {
            Outcome o = work.run(source);
            if (o.stopOthers()) {
                stop.set(true);
            }
            return o;
        } catch (IOException e) {
            String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : source.displayName();
            return Outcome.failed(ExitCodes.USAGE_OR_IO, List.of(Problem.fileError(file, IoReasons.of(e))));
        } catch (Exception e) {
            return Outcome.failed(ExitCodes.USAGE_OR_IO, List.of(Problem.fileError(source.displayName(),
                    "internal error: " + e + " (please report it; EDITION_DEBUG=1 shows details)")));
        }
    }

    /** Why {@code outDir} cannot take the outputs (it is created when missing), or null when it can. */
    static String unwritable(Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return "not a directory";
        } catch (IOException | SecurityException e) {
            return IoReasons.of(e);
        }
        if (!Files.isDirectory(outDir)) {
            return "not a directory";
        }
        return Files.isWritable(outDir) ? null : "permission denied";
    }

    private static java.util.concurrent.ThreadFactory workerThreads(String command) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "edition-" + command + "-" + n.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
