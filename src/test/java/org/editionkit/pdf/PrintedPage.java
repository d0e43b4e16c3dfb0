package org.editionkit.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * One body page of an A4 parallel edition as a reader sees it, from PDFBox's text positions:
 * the lines of the main text (baseline, the characters left and right of the column middle),
 * the numbers in the margins, and the text of the foot, line by line. Geometry is that of
 * fo/pages.xml for A4: inner margin 24 mm, outer 20 mm, column gap 8 mm (gutter 1.6 gaps).
 */
final class PrintedPage {
    static final float MM = 72f / 25.4f;
    static final float TEXT_WIDTH = 595.28f - 44 * MM;
    static final float COLUMN = (TEXT_WIDTH - 1.6f * 8 * MM) / 2;

    /** A line: its baseline, its text on either side of the column middle and their own baselines. */
    record Line(float y, String left, String right, List<TextPosition> chars, float yLeft, float yRight) {
        String all() {
            return left + right;
        }

        /** Where the line's first character starts. */
        float x() {
            return chars.stream().filter(c -> !c.getUnicode().isBlank()).map(TextPosition::getXDirAdj)
                    .min(Float::compare).orElse(0f);
        }
    }

    /** A margin number: its value, baseline and side. */
    record Number(int value, float y, boolean leftMargin) { }

    final int page;
    final float textLeft;
    final List<Line> body = new ArrayList<>();
    final List<Line> foot = new ArrayList<>();
    final List<Number> numbers = new ArrayList<>();

    private PrintedPage(int page, float textLeft) {
        this.page = page;
        this.textLeft = textLeft;
    }

    float middle() {
        return textLeft + TEXT_WIDTH / 2;
    }

    /** Reads page {@code page} (1-based; odd pages have the wider inner margin on the left). */
    static PrintedPage read(PDDocument doc, int page) throws IOException {
        PrintedPage p = new PrintedPage(page, (page % 2 == 1 ? 24 : 20) * MM);
        List<TextPosition> chars = PdfLines.glyphs(doc, page);
        float right = p.textLeft + TEXT_WIDTH;
        // Margin numbers: digits outside the text block.
        List<TextPosition> inMargin = chars.stream().filter(c -> !c.getUnicode().isBlank())
                .filter(c -> c.getXDirAdj() < p.textLeft - 2 || c.getXDirAdj() > right + 2).toList();
        List<List<TextPosition>> runs = new ArrayList<>(cluster(inMargin.stream().filter(c -> c.getXDirAdj() < p.textLeft).toList(), 1f));
        runs.addAll(cluster(inMargin.stream().filter(c -> c.getXDirAdj() > right).toList(), 1f));
        for (List<TextPosition> run : runs) {
            run.sort(Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder sb = new StringBuilder();
            run.forEach(c -> sb.append(c.getUnicode()));
            if (sb.toString().matches("\\d+")) {
                p.numbers.add(new Number(Integer.parseInt(sb.toString()), run.get(0).getYDirAdj(),
                        run.get(0).getXDirAdj() < p.textLeft));
            }
        }
        List<TextPosition> block = new ArrayList<>(chars);
        block.removeAll(inMargin);
        // The running head (above the body) and the folio (below the foot) are not text lines.
        float top = 20 * MM + 2 * 14 - 1;
        float bottom = 841.89f - 18 * MM - 2 * 14 + 1;
        block.removeIf(c -> c.getYDirAdj() < top || c.getYDirAdj() > bottom);
        // The foot begins below the last character set at body size.
        float lastBody = (float) block.stream().filter(c -> size(c) >= 10 && !c.getUnicode().isBlank())
                .mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
        // § numbers in the gutter are no lines of text.
        float gutterL = p.textLeft + COLUMN;
        float gutterR = right - COLUMN;
        // Tilted text belongs to a figure (a stamp drawn as SVG), not to a line of the text.
        List<TextPosition> bodyChars = block.stream().filter(c -> c.getYDirAdj() <= lastBody + 5).filter(c -> !tilted(c))
                .filter(c -> !(c.getXDirAdj() > gutterL && c.getXDirAdj() < gutterR && c.getUnicode().matches("[§0-9.]")
                        && size(c) < 9)).toList();
        List<TextPosition> footChars = block.stream().filter(c -> c.getYDirAdj() > lastBody + 5).toList();
        // Note calls (set smaller and raised) are left out: they would count as lines of their own.
        for (List<TextPosition> line : cluster(bodyChars.stream().filter(c -> size(c) >= 7f).toList(), 3f)) {
            p.body.add(p.line(line));
        }
        for (List<TextPosition> line : cluster(footChars, 3f)) {
            p.foot.add(p.line(line));
        }
        return p;
    }

    static boolean tilted(TextPosition c) {
        org.apache.pdfbox.util.Matrix m = c.getTextMatrix();
        return Math.abs(m.getShearY()) > 0.01 * Math.abs(m.getScaleY());
    }

    /** The size the character is set in (FOP scales through the text matrix or the font size). */
    static float size(TextPosition c) {
        return c.getFontSizeInPt() > 1.5f ? c.getFontSizeInPt() : c.getFontSize() * c.getTextMatrix().getScalingFactorY();
    }

    private Line line(List<TextPosition> chars) {
        chars.sort(Comparator.comparing(TextPosition::getXDirAdj));
        StringBuilder l = new StringBuilder();
        StringBuilder r = new StringBuilder();
        for (TextPosition c : chars) {
            (c.getXDirAdj() < middle() ? l : r).append(c.getUnicode());
        }
        float y = baseline(chars.stream());
        return new Line(y, l.toString(), r.toString(), chars,
                baseline(chars.stream().filter(c -> c.getXDirAdj() < middle())),
                baseline(chars.stream().filter(c -> c.getXDirAdj() >= middle())));
    }

    private static float baseline(java.util.stream.Stream<TextPosition> chars) {
        return (float) chars.filter(c -> size(c) >= 7f && !c.getUnicode().isBlank())
                .mapToDouble(TextPosition::getYDirAdj).max().orElse(Double.NaN);
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

    /** The lines of one column (a heading across both counts in both), from the top. */
    List<Line> column(boolean left) {
        return body.stream().filter(l -> !(left ? l.left() : l.right()).isBlank()).toList();
    }

    /** The foot as one string with line breaks as spaces. */
    String footText() {
        StringBuilder sb = new StringBuilder();
        foot.forEach(l -> sb.append(l.all()).append(' '));
        return sb.toString();
    }
}
