package org.editionkit.build;

import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.Problem;

/**
 * One thing the build does to every document (validate, HTML, PDF, TEI copy). The pipeline
 * knows only this interface, so it can be tested with fake steps and the real services are
 * plugged in through small adapters ({@link Steps}).
 */
public interface DocumentStep {
    /** Short name for logs and the manifest: "validate", "html", "pdf", "tei". */
    String id();

    /** The file this step writes for a document called {@code name}, or {@code null} if it writes none. */
    String outputFile(String name);

    /**
     * Does the work. {@code target} is the checked output path ({@code null} when the step
     * writes nothing); it must be written through {@code OutputDirectory.write}. Returns the problems
     * found; errors among them mark the document as having errors but its output still counts.
     * Throws (typically {@code ProblemException}) when the output could not be produced.
     */
    List<Problem> run(SourceDocument doc, Path target) throws Exception;

    /**
     * Sets up the service behind the step (compiles its stylesheet, loads fonts) ahead of the
     * first document, so the pipeline can prepare all steps at once, in parallel. Failures are
     * ignored here: {@link #run} meets and reports them.
     */
    default void prepare() throws Exception {
    }

    /** The work of a step made with {@link #of}: {@link #run}'s contract. */
    @FunctionalInterface
    interface Action {
        List<Problem> run(SourceDocument doc, Path target) throws Exception;
    }

    /** What a step made with {@link #of} sets up ahead of time: {@link #prepare}'s contract. */
    @FunctionalInterface
    interface Preparation {
        void prepare() throws Exception;
    }

    /** A step that writes {@code NAME + extension} ({@code null}: writes nothing) and needs no set-up. */
    static DocumentStep of(String id, String extension, Action action) {
        return of(id, extension, () -> { }, action);
    }

    /** A step from its parts; the adapters in {@link Steps} and test doubles are all of this shape. */
    static DocumentStep of(String id, String extension, Preparation preparation, Action action) {
        return new DocumentStep() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String outputFile(String name) {
                return extension == null ? null : name + extension;
            }

            @Override
            public void prepare() throws Exception {
                preparation.prepare();
            }

            @Override
            public List<Problem> run(SourceDocument doc, Path target) throws Exception {
                return action.run(doc, target);
            }
        };
    }
}
