package org.editionkit.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task per document on a fixed pool of {@code jobs} threads, as {@code edition build}
 * does (threads with large stacks, for recursive stylesheets on deep documents).
 */
final class Workers {
    private static final long STACK_BYTES = 64L << 20;

    /** The work done to one document; a thrown exception or a returned error count marks it failed. */
    @FunctionalInterface
    interface Task {
        /** Returns the number of errors found in the document (0 = fine). */
        int run(Path document) throws Exception;
    }

    /** How many documents had errors, and the first failure's description. */
    record Outcome(int failed, String firstFailure) {
    }

    private Workers() {
    }

    static Outcome run(List<Path> documents, int jobs, Task task) throws InterruptedException {
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<String> first = new AtomicReference<>();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(jobs,
                r -> new Thread(null, r, "edition-bench-" + n.incrementAndGet(), STACK_BYTES));
        try {
            for (Path doc : documents) {
                pool.execute(() -> {
                    try {
                        int errors = task.run(doc);
                        if (errors > 0) {
                            failed.incrementAndGet();
                            first.compareAndSet(null, doc.getFileName() + ": " + errors + " error(s)");
                        }
                    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                        failed.incrementAndGet();
                        first.compareAndSet(null, doc.getFileName() + ": " + e);
                    }
                });
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                // keep waiting: a benchmark phase has no deadline of its own
            }
        }
        return new Outcome(failed.get(), first.get());
    }
}
