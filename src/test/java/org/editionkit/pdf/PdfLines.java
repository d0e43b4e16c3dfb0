package org.editionkit.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a parallel page as PDFBox positions them: glyphs of one size, grouped by
 * column (left or right of the § gutter) and baseline. Used to measure the typography.
 */
final class PdfLines {
    /** One line of one column: baseline y (from the top), horizontal extent, text, font names. */
    record Line(int page, boolean left, float y, float x0, float x1, String text, Set<String> fonts) {
    }

    /** Every glyph on a page, in content order. */
    static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                out.addAll(positions);
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(doc);
        return out;
    }

    /**
     * Lines of glyphs set at {@code size} pt (± 0.05) on a page, by column. Lines reaching into
     * the gutter (headings across both columns) are left out. The gutter is the middle of the
     * text block, which sits off the page's centre towards the outer margin.
     */
    static List<Line> columnLines(PDDocument doc, int page, float size) throws IOException {
        float width = doc.getPage(page - 1).getMediaBox().getWidth();
        float mid = width / 2 + (page % 2 == 1 ? 6 : -6);
        Map<String, List<TextPosition>> byLine = new TreeMap<>();
        Set<Float> spanning = new LinkedHashSet<>();
        // Baselines within 0.3 pt are one line (a line's glyphs differ by rounding only).
        List<TextPosition> sized = new ArrayList<>(glyphs(doc, page).stream()
                .filter(tp -> Math.abs(tp.getFontSize() - size) <= 0.05 && !tp.getUnicode().isBlank()).toList());
        sized.sort(Comparator.comparing(TextPosition::getYDirAdj));
        Map<TextPosition, Float> lineY = new java.util.HashMap<>();
        float first = Float.NaN;
        float prevY = Float.NEGATIVE_INFINITY;
        for (TextPosition tp : sized) {
            if (tp.getYDirAdj() - prevY > 0.3f) {
                first = tp.getYDirAdj();
            }
            lineY.put(tp, Math.round(first * 100) / 100f);
            prevY = tp.getYDirAdj();
        }
        for (TextPosition tp : sized) {
            float y = lineY.get(tp);
            float x = tp.getXDirAdj();
            if (x + tp.getWidthDirAdj() > mid - 12 && x < mid + 12) {
                spanning.add(y);
            }
            byLine.computeIfAbsent((x < mid ? "L" : "R") + y, k -> new ArrayList<>()).add(tp);
        }
        List<Line> lines = new ArrayList<>();
        byLine.forEach((key, tps) -> {
            float y = Float.parseFloat(key.substring(1));
            if (spanning.contains(y)) {
                return;
            }
            tps.sort(Comparator.comparing(TextPosition::getXDirAdj));
            StringBuilder text = new StringBuilder();
            Set<String> fonts = new LinkedHashSet<>();
            for (TextPosition tp : tps) {
                text.append(tp.getUnicode());
                fonts.add(tp.getFont().getName());
            }
            TextPosition last = tps.get(tps.size() - 1);
            lines.add(new Line(page, key.charAt(0) == 'L', y, tps.get(0).getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), text.toString(), fonts));
        });
        lines.sort(Comparator.comparing(Line::y));
        return lines;
    }

    /**
     * Where a line really ends: the right edge of every glyph of its column standing on its
     * baseline or raised above it (note calls, text in other sizes).
     */
    static float lineEnd(PDDocument doc, Line line) throws IOException {
        float width = doc.getPage(line.page() - 1).getMediaBox().getWidth();
        float mid = width / 2 + (line.page() % 2 == 1 ? 6 : -6);
        float end = line.x1();
        for (TextPosition tp : glyphs(doc, line.page())) {
            float y = tp.getYDirAdj();
            if (!tp.getUnicode().isBlank() && (tp.getXDirAdj() < mid) == line.left() && y > line.y() - 7 && y < line.y() + 0.5f) {
                end = Math.max(end, tp.getXDirAdj() + tp.getWidthDirAdj());
            }
        }
        return end;
    }

    private PdfLines() {
    }
}
