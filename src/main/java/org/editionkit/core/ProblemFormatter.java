package org.editionkit.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints problems GNU style ({@code path:line:column: error: message}), which editors and
 * IDEs turn into jump-to-location links, or as a JSON array for machines.
 */
public final class ProblemFormatter {
    private ProblemFormatter() {
    }

    public static String gnu(Problem p) {
        StringBuilder sb = new StringBuilder(p.file());
        if (p.line() > 0) {
            sb.append(':').append(p.line());
            if (p.column() > 0) {
                sb.append(':').append(p.column());
            }
        }
        return sb.append(": ").append(p.severity().label()).append(": ").append(oneLine(p.message())).toString();
    }

    public static String json(List<Problem> problems) {
        return problems.stream().map(ProblemFormatter::json)
                .collect(Collectors.joining(",\n  ", "[\n  ", problems.isEmpty() ? "]" : "\n]"))
                .replace("[\n  ]", "[]");
    }

    public static String json(Problem p) {
        return "{\"file\": " + Json.quote(p.file()) + ", \"line\": " + p.line() + ", \"column\": " + p.column()
                + ", \"severity\": " + Json.quote(p.severity().label()) + ", \"message\": " + Json.quote(oneLine(p.message())) + "}";
    }

    /** Parser messages sometimes contain newlines; one problem must stay one line. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
