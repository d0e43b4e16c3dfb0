package org.editionkit.validate;

import java.util.List;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;

/**
 * A schema given on the command line (or the built-in one) cannot be read or compiled. This
 * is a usage problem, not a verdict on a document, so it is unchecked and the CLI maps it to
 * exit code 2. The problems are located in the schema file.
 */
public final class SchemaLoadException extends RuntimeException {
    private final transient List<Problem> problems;

    public SchemaLoadException(List<Problem> problems) {
        super(problems.isEmpty() ? "schema cannot be loaded" : ProblemFormatter.gnu(problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
