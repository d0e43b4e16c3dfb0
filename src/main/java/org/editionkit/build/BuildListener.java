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
}
