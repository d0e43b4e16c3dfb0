package org.editionkit.build;

import java.util.List;
import org.editionkit.core.Problem;

/** What the build tells the user as it goes; {@link ConsoleReporter} is the terminal/log implementation. */
public interface BuildListener {
    void begin(int documents);

    void documentStarted(String displayName);

    void documentFinished(DocumentResult result);

    /** Problems not tied to one document's build (missing argument, empty directory, name collision). */
    void setupProblems(List<Problem> problems);

    void end(BuildSummary summary);

    BuildListener SILENT = new BuildListener() {
        @Override
        public void begin(int documents) {
        }

        @Override
        public void documentStarted(String displayName) {
        }

        @Override
        public void documentFinished(DocumentResult result) {
        }

        @Override
        public void setupProblems(List<Problem> problems) {
        }

        @Override
        public void end(BuildSummary summary) {
        }
    };
}
