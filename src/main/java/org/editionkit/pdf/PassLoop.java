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
 * of lines to the stylesheet, lay out again, until the stylesheet prints the same FO from the
 * map of the layout it just made. The pass that writes the PDF also records its map, so a
 * document usually costs one layout-only pass and one PDF pass. A document that does not
 * settle within {@link #MAX_FOP_RUNS} falls back to the first FO (no map: § keys, no line
 * numbers), so no printed key can be wrong.
 */
final class PassLoop {
    /** FOP runs at most, layout-only and PDF passes together. */
    static final int MAX_FOP_RUNS = 6;
    /** The processing instruction the stylesheet puts first in an FO that depends on its layout. */
    private static final byte[] MARK = "<?edf-layout".getBytes(StandardCharsets.UTF_8);

    /** TEI → FO, given the map of the previous pass ({@code null} in the first). */
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

    static Result run(Stylesheet xslt, Typesetter fop, boolean onePass) throws Exception {
        byte[] first = xslt.fo(null);
        if (onePass || !dependsOnLayout(first)) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
            List<Problem> w = fop.run(first, pdf, new LayoutRecorder());
            return new Result(pdf.toByteArray(), first, 1, true, w);
        }
        LayoutRecorder rec = new LayoutRecorder();
        long t0 = System.nanoTime();
        fop.run(first, null, rec);
        if (System.getenv("EDITION_LAYOUT_DUMP") != null) {
            System.err.printf("pass 1 (layout) %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
        int runs = 1;
        byte[] fo = xslt.fo(dump(rec.toXml(), 1));
        while (runs < MAX_FOP_RUNS) {
            rec = new LayoutRecorder();
            ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
            long t1 = System.nanoTime();
            List<Problem> w = fop.run(fo, pdf, rec);
            runs++;
            if (System.getenv("EDITION_LAYOUT_DUMP") != null) {
                System.err.printf("pass %d (pdf) %d ms%n", runs, (System.nanoTime() - t1) / 1_000_000);
            }
            byte[] next = xslt.fo(dump(rec.toXml(), runs));
            if (Arrays.equals(next, fo)) {
                return new Result(pdf.toByteArray(), fo, runs, true, w);
            }
            fo = next;
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 16);
        List<Problem> w = fop.run(first, pdf, new LayoutRecorder());
        return new Result(pdf.toByteArray(), first, runs + 1, false, w);
    }

    /** With EDITION_LAYOUT_DUMP=DIR set, each pass's map is kept as DIR/layout-N.xml (debugging). */
    private static String dump(String map, int pass) throws java.io.IOException {
        String dir = System.getenv("EDITION_LAYOUT_DUMP");
        if (dir != null) {
            java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "layout-" + pass + ".xml"), map);
        }
        return map;
    }

    static boolean dependsOnLayout(byte[] fo) {
        int limit = Math.min(fo.length, 4096) - MARK.length;
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (fo[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
