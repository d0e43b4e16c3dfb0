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
 * <p>Writing the PDF costs about twice as much as laying out (fonts subset and embedded,
 * streams compressed), so only runs expected to be final write it. The second run's FO is
 * printed from the first pass's layout, whose foot (one footnote per note and entry, in call
 * order) stands taller than the tiers: its pages rarely hold, so it only lays out. Later runs
 * write the PDF and keep it when their map repeats. A run whose map equals the map its FO was
 * printed from is final without another stylesheet run. A document that does not settle within
 * {@link #MAX_FOP_RUNS}, or whose FOs alternate (the FO printed from a layout is the one laid
 * out two runs before: iterating cannot settle it), falls back to the FO without a map (§ keys,
 * no line numbers) with a warning naming it, so no printed key can be wrong.
 */
final class PassLoop {
    /** FOP runs at most before the fallback, layout-only and PDF runs together. */
    static final int MAX_FOP_RUNS = 6;
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
        LayoutRecorder rec = new LayoutRecorder();
        fop.run(fo, null, rec);
        int runs = 1;
        byte[] laidOut = fo;
        String map = rec.toXml();
        fo = xslt.fo(map);
        while (runs < MAX_FOP_RUNS) {
            // fo was printed from map, the layout of laidOut.
            boolean write = runs > 1;
            ByteArrayOutputStream pdf = write ? new ByteArrayOutputStream(1 << 16) : null;
            rec = new LayoutRecorder();
            List<Problem> warnings = fop.run(fo, pdf, rec);
            runs++;
            String next = rec.toXml();
            byte[] again = next.equals(map) ? fo : xslt.fo(next);
            if (Arrays.equals(again, fo)) {
                return write ? new Result(pdf.toByteArray(), fo, runs, true, warnings) : once(fo, fop, runs, true);
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
