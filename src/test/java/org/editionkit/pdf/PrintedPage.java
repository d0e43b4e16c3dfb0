package org.editionkit.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One body page as a reader sees it, from PDFBox's text positions, for any page size of
 * fo/pages.xml and either layout: the lines of each column found apart (by x position: the
 * leading text left of the § gutter, the other right of it; a heading across the gutter is a
 * line of both), the numbers in either margin, the lines of the foot, and the note calls.
 */
final class PrintedPage {
    static final float MM = 72f / 25.4f;

    /** The geometry fo/pages.xml gives one page size (points). */
    record Geometry(float width, float height, float top, float bottom, float inner, float outer, float gap,
                    float body, float leading, float note) {
        static Geometry of(String name) throws Exception {
            NodeList pages = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(PdfTestSupport.PROJECT.resolve("fo/pages.xml").toFile()).getElementsByTagName("page");
            for (int i = 0; i < pages.getLength(); i++) {
                Element p = (Element) pages.item(i);
                if (p.getAttribute("name").equals(name)) {
                    return new Geometry(pt(p, "width"), pt(p, "height"), pt(p, "top"), pt(p, "bottom"), pt(p, "inner"),
                            pt(p, "outer"), pt(p, "column-gap"), pt(p, "body-size"), pt(p, "leading"), pt(p, "note-size"));
                }
            }
            throw new IllegalArgumentException("no page " + name + " in fo/pages.xml");
        }

        private static float pt(Element e, String attr) {
            String v = e.getAttribute(attr);
            float n = Float.parseFloat(v.replaceAll("[a-z]+$", ""));
            return v.endsWith("mm") ? n * MM : v.endsWith("in") ? n * 72 : n;
        }

        float textWidth() {
            return width - inner - outer;
        }

        float column() {
            return (textWidth() - 1.6f * gap) / 2;
        }

        /** Left edge of the text block: odd pages have the inner margin on the left. */
        float left(int page) {
            return page % 2 == 1 ? inner : outer;
        }
    }

    /** A line of one column (or across both): its baseline, its text left to right, its glyphs. */
    record Line(float y, String text, List<TextPosition> chars) {
        /** Where the line's first glyph starts. */
        float x() {
            return chars.stream().map(TextPosition::getXDirAdj).min(Float::compare).orElse(0f);
        }
    }

    /**
     * True for the first line of a note at the foot: its number (not bold) hangs before the
     * note's text, which starts 1.8 em in (notes.xsl).
     */
    boolean isNoteStart(Line l) {
        if (!l.text().matches("^\\d+\\)? .*") || PrintApparatusTest.bold(l.chars().get(0))) {
            return false;
        }
        int label = l.text().indexOf(' ');
        TextPosition after = l.chars().get(label);
        return Math.abs(after.getXDirAdj() - (textLeft + 1.8f * g.note())) < 2;
    }

    /** A margin number: its value, baseline and side. */
    record Number(int value, float y, boolean leftMargin) { }

    final int page;
    final Geometry g;
    final boolean parallel;
    final float textLeft;
    /** The lines of the leading text's column (the only column in the sequential layout). */
    final List<Line> left = new ArrayList<>();
    /** The lines of the other text's column (parallel layout only). */
    final List<Line> right = new ArrayList<>();
    /** Every line of the text block, full width (the apparatus at the end is read from these). */
    final List<Line> all = new ArrayList<>();
    final List<Line> foot = new ArrayList<>();
    final List<Number> numbers = new ArrayList<>();
    /** The note calls in the text: "1", "2"…, "1)", "2)"… */
    final List<String> calls = new ArrayList<>();

    private PrintedPage(int page, Geometry g, boolean parallel) {
        this.page = page;
        this.g = g;
        this.parallel = parallel;
        this.textLeft = g.left(page);
    }

    float middle() {
        return textLeft + g.textWidth() / 2;
    }

    /** Reads page {@code page} (1-based). */
    static PrintedPage read(PDDocument doc, int page, Geometry g, boolean parallel) throws IOException {
        PrintedPage p = new PrintedPage(page, g, parallel);
        List<TextPosition> chars = new ArrayList<>(PdfLines.glyphs(doc, page).stream()
                .filter(c -> !c.getUnicode().isBlank() && !c.getUnicode().matches("[\u200B-\u200D\u2060\uFEFF]+")).toList());
        float right = p.textLeft + g.textWidth();
        // The running head (above the body) and the folio (below the foot) are not text lines.
        float top = g.top() + 2 * g.leading() - 1;
        float bottom = g.height() - g.bottom() - 2 * g.leading() + 1;
        chars.removeIf(c -> c.getYDirAdj() < top || c.getYDirAdj() > bottom);
        // Margin numbers: digit runs outside the text block, on either side.
        List<TextPosition> inMargin = chars.stream()
                .filter(c -> c.getXDirAdj() < p.textLeft - 2 || c.getXDirAdj() > right + 2).toList();
        for (boolean onLeft : List.of(true, false)) {
            for (List<TextPosition> run : cluster(inMargin.stream().filter(c -> (c.getXDirAdj() < p.textLeft) == onLeft).toList(), 1f)) {
                String s = text(run);
                if (s.matches("\\d+")) {
                    p.numbers.add(new Number(Integer.parseInt(s), run.get(0).getYDirAdj(), onLeft));
                }
            }
        }
        List<TextPosition> block = new ArrayList<>(chars);
        block.removeAll(inMargin);
        for (List<TextPosition> l : cluster(block, 2f)) {
            p.all.add(line(l));
        }
        // The foot begins below the last glyph set at body size.
        float lastBody = (float) block.stream().filter(c -> size(c) >= g.body() - 0.6f)
                .mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
        float gutterL = p.textLeft + g.column();
        float gutterR = right - g.column();
        List<TextPosition> bodyChars = new ArrayList<>();
        for (TextPosition c : block) {
            if (c.getYDirAdj() > lastBody + 5) {
                continue;
            }
            // Tilted text belongs to a figure (a stamp drawn as SVG), not to a line of the text.
            if (tilted(c)) {
                continue;
            }
            float size = size(c);
            // § numbers (smaller than the text) in the gutter are no lines of text.
            if (parallel && size < g.body() - 1 && c.getXDirAdj() > gutterL && c.getXDirAdj() < gutterR) {
                continue;
            }
            // A note call: set smaller and raised; recorded apart, it would count as a line of its own.
            if (size < 0.7f * g.body()) {
                continue;
            }
            bodyChars.add(c);
        }
        p.collectCalls(block.stream().filter(c -> c.getYDirAdj() <= lastBody + 5 && !tilted(c) && size(c) < 0.7f * g.body()).toList());
        // A line of both columns: a heading with a glyph at text size inside the gutter.
        List<Line> spanning = new ArrayList<>();
        List<TextPosition> columnChars = new ArrayList<>();
        for (List<TextPosition> row : cluster(bodyChars, 1.5f)) {
            boolean across = parallel && row.stream().anyMatch(c -> size(c) >= g.body() - 1
                    && c.getXDirAdj() + c.getWidthDirAdj() / 2 > gutterL + 1 && c.getXDirAdj() + c.getWidthDirAdj() / 2 < gutterR - 1);
            if (across) {
                spanning.add(line(row));
            } else {
                columnChars.addAll(row);
            }
        }
        for (List<TextPosition> l : cluster(columnChars.stream().filter(c -> !parallel || c.getXDirAdj() < p.middle()).toList(), 3f)) {
            p.left.add(line(l));
        }
        if (parallel) {
            for (List<TextPosition> l : cluster(columnChars.stream().filter(c -> c.getXDirAdj() >= p.middle()).toList(), 3f)) {
                p.right.add(line(l));
            }
        }
        p.left.addAll(spanning);
        p.right.addAll(parallel ? spanning : List.of());
        p.left.sort(Comparator.comparing(Line::y));
        p.right.sort(Comparator.comparing(Line::y));
        for (List<TextPosition> l : cluster(block.stream().filter(c -> c.getYDirAdj() > lastBody + 5).toList(), 2f)) {
            p.foot.add(line(l));
        }
        return p;
    }

    /** Note calls: runs of small raised glyphs ("1", "12", "3)"), left to right within a run. */
    private void collectCalls(List<TextPosition> small) {
        calls.clear();
        List<TextPosition> sorted = new ArrayList<>(small);
        sorted.sort(Comparator.comparing((TextPosition c) -> Math.round(c.getYDirAdj())).thenComparing(TextPosition::getXDirAdj));
        StringBuilder run = new StringBuilder();
        TextPosition last = null;
        for (TextPosition c : sorted) {
            boolean joins = last != null && Math.abs(c.getYDirAdj() - last.getYDirAdj()) < 1
                    && c.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) < 1;
            if (!joins && run.length() > 0) {
                calls.add(run.toString());
                run.setLength(0);
            }
            run.append(c.getUnicode());
            last = c;
        }
        if (run.length() > 0) {
            calls.add(run.toString());
        }
    }

    static boolean tilted(TextPosition c) {
        org.apache.pdfbox.util.Matrix m = c.getTextMatrix();
        return Math.abs(m.getShearY()) > 0.01 * Math.abs(m.getScaleY());
    }

    /** The size the character is set in (FOP scales through the text matrix or the font size). */
    static float size(TextPosition c) {
        return c.getFontSizeInPt() > 1.5f ? c.getFontSizeInPt() : c.getFontSize() * c.getTextMatrix().getScalingFactorY();
    }

    private static Line line(List<TextPosition> chars) {
        List<TextPosition> sorted = new ArrayList<>(chars);
        sorted.sort(Comparator.comparing(TextPosition::getXDirAdj));
        // The baseline of the glyphs at text size: raised calls and smaller glyphs do not set it.
        float max = sorted.stream().map(PrintedPage::size).max(Float::compare).orElse(0f);
        float y = (float) sorted.stream().filter(c -> size(c) >= max - 1.5f).mapToDouble(TextPosition::getYDirAdj).max().orElse(Double.NaN);
        return new Line(y, text(sorted), sorted);
    }

    private static String text(List<TextPosition> chars) {
        List<TextPosition> sorted = new ArrayList<>(chars);
        sorted.sort(Comparator.comparing(TextPosition::getXDirAdj));
        StringBuilder sb = new StringBuilder();
        TextPosition last = null;
        for (TextPosition c : sorted) {
            // A visible gap between glyphs is a word space (blank glyphs were dropped).
            if (last != null && spaced(last, c)) {
                sb.append(' ');
            }
            sb.append(c.getUnicode());
            last = c;
        }
        return sb.toString();
    }

    /** True when a visible gap (a word space: blank glyphs were dropped) lies between two glyphs. */
    static boolean spaced(TextPosition last, TextPosition c) {
        return c.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj()) > 0.2f * size(c);
    }

    /** Characters grouped into lines: sorted by baseline, a gap of more than {@code tol} starts a new line. */
    private static List<List<TextPosition>> cluster(List<TextPosition> chars, float tol) {
        List<TextPosition> sorted = new ArrayList<>(chars);
        sorted.sort(Comparator.comparing(TextPosition::getYDirAdj));
        List<List<TextPosition>> out = new ArrayList<>();
        float last = Float.NEGATIVE_INFINITY;
        for (TextPosition c : sorted) {
            if (out.isEmpty() || c.getYDirAdj() - last > tol) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(c);
            last = c.getYDirAdj();
        }
        return out;
    }

    /** The lines of a column: the leading text's ({@code true}) or the other's. */
    List<Line> column(boolean lead) {
        return lead ? left : right;
    }
}
