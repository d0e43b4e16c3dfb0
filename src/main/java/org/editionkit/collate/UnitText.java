package org.editionkit.collate;

import java.util.ArrayList;
import java.util.List;

/**
 * The running text of one alignment unit as a reader of one translation sees it (corrections,
 * expansions and the first name form; notes and gaps left out), with the elements that cover
 * each stretch and the source position of every character, so detectors work on plain strings
 * and report at the file's line and column.
 */
final class UnitText {
    /** An element covering text[start, end). */
    record Span(TeiTree.Node element, int start, int end) {
    }

    /** A translator note standing at text offset {@code at}. */
    record Note(TeiTree.Node element, int at, String text) {
    }

    private record Chunk(int offset, TeiTree.Node node) {
    }

    final TeiTree.Node unit;
    final String lang;
    final List<Span> spans = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    private final StringBuilder sb = new StringBuilder();
    private final List<Chunk> chunks = new ArrayList<>();
    private String text;

    UnitText(TeiTree.Node unit, String lang) {
        this.unit = unit;
        this.lang = lang;
        visit(unit);
        text = sb.toString();
    }

    String text() {
        return text;
    }

    private void visit(TeiTree.Node n) {
        for (TeiTree.Node c : n.children) {
            if (c.isText()) {
                chunks.add(new Chunk(sb.length(), c));
                sb.append(c.text);
            } else if (c.is("note")) {
                if ("translator".equals(c.attr("type"))) {
                    notes.add(new Note(c, sb.length(), c.textContent().strip()));
                }
            } else if (c.is("lb")) {
                sb.append('\n');
            } else if (c.is("gap") || c.is("ns:any")) {
                // a gap has no text of either translation
            } else if (c.is("choice")) {
                TeiTree.Node pick = pick(c);
                if (pick != null) {
                    int start = sb.length();
                    visit(pick);
                    spans.add(new Span(c, start, sb.length()));
                }
            } else {
                int start = sb.length();
                visit(c);
                spans.add(new Span(c, start, sb.length()));
            }
        }
    }

    /** The reading a reader of the translation sees: the correction, the regularised or expanded form, the first name form. */
    private static TeiTree.Node pick(TeiTree.Node choice) {
        for (String n : new String[] {"corr", "reg", "expan"}) {
            for (TeiTree.Node c : choice.children) {
                if (c.is(n)) {
                    return c;
                }
            }
        }
        for (TeiTree.Node c : choice.children) {
            if (!c.isText()) {
                return c;
            }
        }
        return null;
    }

    /** Spans of elements with the given name, in text order. */
    List<Span> spans(String name) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.element().is(name)) {
                out.add(s);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** True when text[start, end) lies inside a span of one of the named elements. */
    boolean inside(int start, int end, String... names) {
        for (Span s : spans) {
            for (String n : names) {
                if (s.element().is(n) && s.start() <= start && end <= s.end() && s.start() < s.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where text[start, end) stands in the source, when it lies in one text node written without
     * character references (so that it can be wrapped in an element); null otherwise.
     */
    int[] sourceRange(int start, int end, Source source) {
        for (Chunk c : chunks) {
            int len = c.node().text.length();
            if (c.offset() <= start && end <= c.offset() + len && start < c.offset() + len) {
                int at = source.index(c.node().line, c.node().col, c.node().text.toString());
                return at < 0 ? null : new int[] {at + start - c.offset(), at + end - c.offset()};
            }
        }
        return null;
    }

    /** The source text of a file with an index from line and column to character position. */
    static final class Source {
        final String text;
        private final List<Integer> lineStarts = new ArrayList<>();

        Source(String text) {
            this.text = text;
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
        }

        /** The position of {@code expected} at or next to line:col as the parser reported it, or -1. */
        int index(int line, int col, String expected) {
            if (line < 1 || line > lineStarts.size()) {
                return -1;
            }
            int base = lineStarts.get(line - 1) + col - 1;
            for (int d : new int[] {0, -1, 1}) {
                int at = base + d;
                if (at >= 0 && text.startsWith(expected, at)) {
                    return at;
                }
            }
            return -1;
        }
    }

    /** The source line and column of text offset {@code at}. */
    int[] position(int at) {
        Chunk chunk = null;
        for (Chunk c : chunks) {
            if (c.offset() <= at) {
                chunk = c;
            } else {
                break;
            }
        }
        if (chunk == null) {
            return new int[] {unit.line, unit.col};
        }
        int line = chunk.node().line;
        int col = chunk.node().col;
        CharSequence t = chunk.node().text;
        for (int i = 0; i < at - chunk.offset() && i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
