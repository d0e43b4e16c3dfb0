package org.editionkit.build;

import java.util.List;
import org.editionkit.core.Problem;

/**
 * How one document went: reported as soon as it is done, then dropped (only its small
 * manifest entry is kept).
 */
public record DocumentResult(String displayName, Outcome outcome, List<Problem> problems, ManifestEntry entry, long millis)
        implements java.io.Serializable {

    public enum Outcome {
        /** Built without errors. */
        BUILT,
        /** Unchanged since its outputs were written; nothing done. */
        SKIPPED,
        /** Outputs written, but errors were reported (e.g. not valid against the schema). */
        INVALID,
        /** Some or all outputs could not be produced (not well-formed, not TEI, a renderer failed…). */
        FAILED,
        /** Unchanged since a build that wrote its outputs but reported errors: not rebuilt, still counted as having errors. */
        UNCHANGED_WITH_ERRORS
    }

    public DocumentResult {
        problems = List.copyOf(problems);
    }

    public long count(org.editionkit.core.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    public boolean hasErrors() {
        return outcome == Outcome.INVALID || outcome == Outcome.FAILED || outcome == Outcome.UNCHANGED_WITH_ERRORS;
    }
}
