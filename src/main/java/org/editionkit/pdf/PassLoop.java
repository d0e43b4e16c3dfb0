package org.editionkit.pdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.editionkit.core.Problem;

/**
 * Typesets a document whose print depends on its own layout (line numbers, apparatus keys,
 * one foot tier per page), the way LaTeX does with its auxiliary file: lay out, give the map
 * of lines to the stylesheet, lay out again, until what the stylesheet prints from the map of a
 * layout is the FO that made that layout.
 *
 * <p>The first pass sets every note and apparatus entry as a footnote of its own and measures
 * each. The stylesheet then gives each page's tiers the height that page's footnotes took, so
 * the page keeps the lines it had and the second pass usually reproduces the first pass's map:
 * it writes the PDF, and most documents need two FOP runs. A run whose map prints the FO it
 * was laid out from is final. When pages still move after {@link #NATURAL_AFTER} runs (a foot
 * that could not hold on the page of its calls), the maps say {@code foot="natural"} and the
 * tiers take their own height, as a page would without a map. A document that does not settle
 * within {@link #MAX_FOP_RUNS}, or whose FOs alternate (the FO printed from a layout is the one
 * laid out two runs before: iterating cannot settle it), falls back to the FO without a map
 * (§ keys, no line numbers) with a warning naming it, so no printed key can be wrong.
 */
final class PassLoop {
    /** FOP runs at most before the fallback. */
    static final int MAX_FOP_RUNS = 8;
    /** FOP runs after which the tiers no longer keep the first pass's heights. */
    static final int NATURAL_AFTER = 3;
    /** The processing instruction the stylesheet puts first in an FO that depends on its layout. */
    private static final byte[] MARK = "<?edf-layout".getBytes(StandardCharsets.UTF_8);
    /** The map of the first layout pass: empty, so the stylesheet prints a margin number to measure (layout.xsl). */
    static final String PROBE = "<layout/>";

    /** TEI → FO, given the map of the previous pass ({@code null}: no map, the one-pass print). */
    interface Stylesheet {
        byte[] fo(String layoutMap) throws Exception;
    }

    /** Runs FOP on an FO: with {@code pdf} null only lays out; records lines into {@code rec}. */
    interface Typesetter {
        List<Problem> run(byte[] fo, OutputStream pdf, LayoutRecorder rec) throws Exception;
    }

    /** The outcome: the PDF and FO to keep, FOP runs spent, and whether the map settled. */
    record Result(byte[] pdf, byte[] fo, int fopRuns, boolean settled, List<Problem> warnings) { }

    private PassLoop() {
    }

    static Result run(Stylesheet xslt, Typesetter fop, boolean onePass, String displayName) throws Exception {
        if (onePass) {
            return once(xslt.fo(null), fop, 0, true);
        }
        // Without a layout dependency the probe map changes nothing: this is the one-pass FO.
        byte[] fo = xslt.fo(PROBE);
        if (!dependsOnLayout(fo)) {
            return once(fo, fop, 0, true);
        }
        LayoutRecorder first = new LayoutRecorder();
        fop.run(fo, null, first);
        int runs = 1;
        byte[] laidOut = fo;
        String map = first.toXml();
        fo = xslt.fo(map);
        while (runs < MAX_FOP_RUNS) {
            // fo was printed from map, the layout of laidOut.
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
            LayoutRecorder rec = new LayoutRecorder();
            rec.carryFootnoteHeights(first);
            List<Problem> warnings = fop.run(fo, pdf, rec);
            runs++;
            String next = runs >= NATURAL_AFTER ? naturalFoot(rec.toXml()) : rec.toXml();
            byte[] again = next.equals(map) ? fo : xslt.fo(next);
            if (Arrays.equals(again, fo)) {
                return new Result(pdf.toByteArray(), fo, runs, true, warnings);
            }
            if (Arrays.equals(again, laidOut)) {
                return fallback(xslt, fop, runs, displayName, "it alternates between two layouts");
            }
            laidOut = fo;
            map = next;
            fo = again;
        }
        return fallback(xslt, fop, runs, displayName, "still changing after " + runs + " passes");
    }

    private static String naturalFoot(String map) {
        return map.replaceFirst("^<layout", "<layout foot=\"natural\"");
    }

    private static Result fallback(Stylesheet xslt, Typesetter fop, int runs, String displayName, String why) throws Exception {
        Result r = once(xslt.fo(null), fop, runs, false);
        List<Problem> w = new java.util.ArrayList<>(r.warnings());
        w.add(Problem.warning(displayName, 0, 0, "the page layout did not settle (" + why
                + "); printed without line numbers, with the apparatus keyed to §"));
        return new Result(r.pdf(), r.fo(), r.fopRuns(), false, w);
    }

    /** One PDF run of {@code fo}, after {@code runs} runs spent. */
    private static Result once(byte[] fo, Typesetter fop, int runs, boolean settled) throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
        List<Problem> w = fop.run(fo, pdf, new LayoutRecorder());
        return new Result(pdf.toByteArray(), fo, runs + 1, settled, w);
    }

    static boolean dependsOnLayout(byte[] fo) {
        return indexOf(fo, MARK, 0, Math.min(fo.length, 4096)) >= 0;
    }

    private static int indexOf(byte[] in, byte[] what, int from, int to) {
        outer:
        for (int i = from; i <= to - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
