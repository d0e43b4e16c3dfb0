package org.editionkit.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a unit's text into sentences (and lines: a line break ends one), keeping offsets. */
final class Sentences {
    /** text[start, end) of a unit. */
    record Sentence(int start, int end, int length) {
    }

    private static final Pattern END = Pattern.compile("(?<=[.!?])[\\s\u00a0]+|\\s*\n\\s*");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:\\b(?:comr|dep|no|mr|gen|st|cops|vol|nos|e\\.g|i\\.e|ca|cf|vs)|\\b\\p{Lu}|\\d)\\.$");

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            String before = text.substring(start, m.start());
            if (!m.group().contains("\n") && ABBREVIATION.matcher(before).find()) {
                continue;
            }
            add(text, start, m.start(), out);
            start = m.end();
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static void add(String text, int s, int e, List<Sentence> out) {
        int len = text.substring(s, e).replaceAll("\\s+", "").length();
        if (len > 0) {
            out.add(new Sentence(s, e, len));
        }
    }
}
