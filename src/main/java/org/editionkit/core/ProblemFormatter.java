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
        StringBuilder sb = new StringBuilder(escapeControls(p.file()));
        if (p.line() > 0) {
            sb.append(':').append(p.line());
            if (p.column() > 0) {
                sb.append(':').append(p.column());
            }
        }
        return sb.append(": ").append(p.severity().label()).append(": ").append(escapeControls(oneLine(p.message()))).toString();
    }

    /**
     * A file name or message with its control characters written as escapes ({@code \n},
     * {@code \r}, {@code \t}, else a backslash, x and two hex digits, or u and four), so that a crafted file
     * name can neither start a forged line of its own nor send terminal escape sequences.
     */
    public static String escapeControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
            if (!control) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
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
