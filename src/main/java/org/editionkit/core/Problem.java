package org.editionkit.core;

import java.util.Objects;

/**
 * One located finding about an input file. Line and column are 1-based; 0 means unknown
 * (the formatter then leaves them out rather than printing a false position).
 */
public record Problem(String file, int line, int column, Severity severity, String message) implements java.io.Serializable {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    public static Problem error(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    public static Problem warning(String file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    /** A problem about a whole file (unreadable, missing…) with no position inside it. */
    public static Problem fileError(String file, String message) {
        return new Problem(file, 0, 0, Severity.ERROR, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
