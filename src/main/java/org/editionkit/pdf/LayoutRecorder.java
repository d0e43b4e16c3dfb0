package org.editionkit.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.fop.area.Area;
import org.apache.fop.area.Block;
import org.apache.fop.area.BlockViewport;
import org.apache.fop.area.Footnote;
import org.apache.fop.area.Trait;

/**
 * Where FOP put the lines of the main text: for every page, each line area of the body region
 * (footnotes, static content and block-containers left out) with its top, baseline, horizontal
 * extent and the ids of the formatting objects on it. Fed by {@link LayoutOnlyRenderer} and
 * {@link RecordingPdfRenderer} while they walk FOP's area tree; written as the layout-map
 * document that xslt/fo/layout.xsl reads (lengths in points, relative to the region-body).
 */
final class LayoutRecorder {
    private record Line(int top, int baseline, int x1, int x2, Set<String> ids) { }

    /** A page: its lines, and what its foot tiers (foot.xsl) needed: their content's height, and the tiers' id. */
    private static final class Page {
        final int seq;
        final int index;
        final String number;
        final List<Line> lines = new ArrayList<>();
        String tiers;
        int need;

        Page(int seq, int index, String number) {
            this.seq = seq;
            this.index = index;
            this.number = number;
        }
    }

    private static final String FOOTNOTE_ID = "edf-fn-";
    private static final String TIERS_ID = "edf-tiers-";
    private final List<Page> pages = new ArrayList<>();
    private final java.util.Map<String, Integer> footnoteHeights = new java.util.TreeMap<>();
    /** The height of the footnote separator (static content) the first pass drew. */
    private int separator;
    private final Deque<String> open = new ArrayDeque<>();
    /** Ids of blocks opened since the last line: they begin on the next line. */
    private final Set<String> pendingBlocks = new LinkedHashSet<>();
    private final Deque<int[]> origins = new ArrayDeque<>();
    private int originX;
    private int originY;
    private int sequence;
    private Page page;
    private boolean inBody;
    private boolean inStart;
    /** Baseline of a margin number below the top of its block-container (linenumbers.xsl). */
    private Integer numberDrop;
    private int footnote;
    private int viewport;
    private int lineTop;
    private int baseline = Integer.MIN_VALUE;
    private int x1 = Integer.MAX_VALUE;
    private int x2 = Integer.MIN_VALUE;
    private final Set<String> lineIds = new LinkedHashSet<>();
    private boolean inLine;

    void startSequence() {
        sequence++;
    }

    void startPage(int index, String number) {
        page = new Page(sequence, index, number);
        pages.add(page);
    }

    void region(boolean body, boolean start) {
        inBody = body;
        inStart = start;
        open.clear();
        pendingBlocks.clear();
    }

    void footnote(boolean enter) {
        footnote += enter ? 1 : -1;
    }

    /**
     * A page's footnote area. The first pass sets every note and apparatus entry as a footnote
     * of its own, wrapped in a block with the id "edf-fn-" + its id (foot.xsl): their heights
     * are what the tiers of a page are given later, so that a page keeps the foot it was laid
     * out with.
     */
    void footArea(Footnote area) {
        if (area.getChildAreas() == null) {
            return;
        }
        if (area.getSeparator() != null && separator == 0) {
            separator = area.getSeparator().getAllocBPD();
        }
        for (Object child : area.getChildAreas()) {
            if (child instanceof Block b && b.getTrait(Trait.PROD_ID) instanceof String id && id.startsWith(FOOTNOTE_ID)) {
                footnoteHeights.put(id.substring(FOOTNOTE_ID.length()), b.getAllocBPD());
            }
        }
    }

    /** A block-container in the foot: when it holds a page's tiers, what their content needs. */
    void footContainer(BlockViewport bv, List<?> children) {
        if (page != null && footnote > 0 && bv.getTrait(Trait.PROD_ID) instanceof String id && id.startsWith(TIERS_ID)) {
            // The viewport's child is its reference area, as tall as the viewport: the content is in
            // it, pushed down by an empty filler block (display-align="after") that is not content.
            int need = 0;
            for (Object c : children == null ? List.of() : children) {
                if (c instanceof Block ref && ref.getChildAreas() != null) {
                    for (Object inner : ref.getChildAreas()) {
                        if (inner instanceof Block b && b.getChildAreas() != null && !b.getChildAreas().isEmpty()) {
                            need += b.getAllocBPD();
                        }
                    }
                }
            }
            page.tiers = id.substring(TIERS_ID.length());
            page.need = need;
        }
    }

    /** Footnote heights measured by the first pass, carried into the maps of later passes. */
    void carryFootnoteHeights(LayoutRecorder first) {
        first.footnoteHeights.forEach(footnoteHeights::putIfAbsent);
        if (separator == 0) {
            separator = first.separator;
        }
    }

    /** Enters a reference area (a table cell): positions inside count from its origin. */
    void enterReference(int x, int y) {
        originX += x;
        originY += y;
        origins.push(new int[] {x, y});
    }

    void exitReference() {
        int[] o = origins.pop();
        originX -= o[0];
        originY -= o[1];
    }

    void viewport(boolean enter) {
        viewport += enter ? 1 : -1;
    }

    private boolean recording() {
        return page != null && inBody && footnote == 0 && viewport == 0;
    }

    /** Enters an area that may carry an id (block or inline parent); {@code block} marks blocks. */
    void push(Area area, boolean block) {
        String id = (String) area.getTrait(Trait.PROD_ID);
        open.push(id == null ? "" : id);
        if (block && id != null && recording()) {
            pendingBlocks.add(id);
        }
    }

    void pop() {
        open.pop();
    }

    void startLine(int top) {
        inLine = true;
        lineTop = originY + top;
        baseline = Integer.MIN_VALUE;
        x1 = Integer.MAX_VALUE;
        x2 = Integer.MIN_VALUE;
        lineIds.clear();
    }

    void text(int x, int base, int width, String textId, boolean hasText) {
        if (inStart && viewport > 0 && hasText && numberDrop == null) {
            numberDrop = base;
        }
        if (!inLine || !recording()) {
            return;
        }
        for (String id : open) {
            if (!id.isEmpty()) {
                lineIds.add(id);
            }
        }
        if (textId != null) {
            lineIds.add(textId);
        }
        if (hasText) {
            baseline = Math.max(baseline, originY + base);
            x1 = Math.min(x1, originX + x);
            x2 = Math.max(x2, originX + x + width);
        }
    }

    void endLine() {
        if (inLine && recording() && baseline != Integer.MIN_VALUE) {
            Set<String> ids = new LinkedHashSet<>(pendingBlocks);
            ids.addAll(lineIds);
            pendingBlocks.clear();
            page.lines.add(new Line(lineTop, baseline, x1, x2, ids));
        }
        inLine = false;
    }

    /** The map as XML: {@code <layout><page seq n i><line t y x1 x2 ids/>…</page></layout>}. */
    String toXml() {
        StringBuilder sb = new StringBuilder(8192).append("<layout");
        if (numberDrop != null) {
            sb.append(" number-drop=\"").append(pt(numberDrop)).append('"');
        }
        if (separator > 0) {
            sb.append(" separator=\"").append(pt(separator)).append('"');
        }
        sb.append('>');
        for (Page p : pages) {
            sb.append("<page seq=\"").append(p.seq).append("\" i=\"").append(p.index + 1)
                    .append("\" n=\"").append(escape(p.number)).append('"');
            if (p.tiers != null) {
                sb.append(" tiers=\"").append(escape(p.tiers)).append("\" need=\"").append(pt(p.need)).append('"');
            }
            sb.append('>');
            for (Line l : p.lines) {
                sb.append("<line t=\"").append(pt(l.top())).append("\" y=\"").append(pt(l.baseline()))
                        .append("\" x1=\"").append(pt(l.x1())).append("\" x2=\"").append(pt(l.x2()))
                        .append("\" ids=\"").append(escape(String.join(" ", l.ids()))).append("\"/>");
            }
            sb.append("</page>");
        }
        footnoteHeights.forEach((id, h) -> sb.append("<fn id=\"").append(escape(id)).append("\" h=\"").append(pt(h)).append("\"/>"));
        return sb.append("</layout>").toString();
    }

    private static String pt(int mpt) {
        return String.format(java.util.Locale.ROOT, "%.3f", mpt / 1000.0);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
