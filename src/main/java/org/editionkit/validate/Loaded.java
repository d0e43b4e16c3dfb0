package org.editionkit.validate;

import java.util.List;
import org.editionkit.core.Problem;

/**
 * The outcome of compiling a schema: the compiled form, or the located problems that say why
 * there is none. Failures are cached as well, so a broken schema named by many documents is
 * compiled (and reported) once per document without recompiling it each time.
 */
record Loaded<T>(T value, List<Problem> problems) {

    static <T> Loaded<T> of(T value) {
        return new Loaded<>(value, List.of());
    }

    static <T> Loaded<T> failed(List<Problem> problems) {
        return new Loaded<>(null, List.copyOf(problems));
    }

    boolean ok() {
        return value != null;
    }
}
