package org.editionkit.core;

import java.util.List;

/** Thrown when a document cannot be processed; carries the located problems that say why. */
public final class ProblemException extends Exception {
    private final transient List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.isEmpty() ? "failed" : ProblemFormatter.gnu(problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
