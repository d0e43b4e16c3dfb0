package org.editionkit.bench;

/**
 * One measured phase: {@code documents} documents processed by {@code jobs} threads in
 * {@code millis} wall-clock milliseconds, with the heap figures of {@link HeapMeter} and the
 * number of documents that had errors ({@code note} says why, or what the phase includes).
 */
record PhaseResult(String phase, int documents, int jobs, long millis, long heapPeakUsedMiB, long heapAfterGcMiB,
        int failed, String note) {

    double docsPerSecond() {
        return millis == 0 ? documents * 1000.0 : documents * 1000.0 / millis;
    }
}
