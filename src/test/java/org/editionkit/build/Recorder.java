package org.editionkit.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;

/** A listener that remembers what a build reported, for assertions. */
final class Recorder implements BuildListener {
    final Map<String, DocumentResult> results = new ConcurrentHashMap<>();
    final List<Problem> setup = new ArrayList<>();
    final List<String> started = java.util.Collections.synchronizedList(new ArrayList<>());
    BuildSummary summary;

    @Override
    public void begin(int documents) {
    }

    @Override
    public void documentStarted(String displayName) {
        started.add(displayName);
    }

    @Override
    public void documentFinished(DocumentResult result) {
        results.put(result.displayName(), result);
    }

    @Override
    public synchronized void setupProblems(List<Problem> problems) {
        setup.addAll(problems);
    }

    @Override
    public void end(BuildSummary s) {
        summary = s;
    }

    DocumentResult result(String displayNameEnd) {
        return results.entrySet().stream().filter(e -> e.getKey().endsWith(displayNameEnd)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no result for " + displayNameEnd + " in " + results.keySet()));
    }

    /** The GNU-formatted problems of one document. */
    List<String> lines(String displayNameEnd) {
        return result(displayNameEnd).problems().stream().map(ProblemFormatter::gnu).toList();
    }
}
