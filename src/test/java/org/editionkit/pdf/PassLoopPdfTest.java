package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pass loop on the master. With the apparatus after the text in the sequential layout (the
 * case that used to alternate and fall back, issue 12) it settles within 4 runs and the
 * apparatus at the end is keyed to page and line. With the apparatus at the foot the first
 * pass's measured feet hold: one layout run, one PDF run.
 */
class PassLoopPdfTest {
    @TempDir
    Path dir;

    @Test
    void theMasterSettlesInOneLayoutAndOnePdfRunWhenItsPagesKeepTheirFeet() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PdfTestSupport.MASTER), "master TEI not present");
        Toolkit tk = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults());
        List<Problem> w = PdfTestSupport.render(tk, renderer, PdfTestSupport.MASTER, dir.resolve("m.pdf"));
        assertTrue(w.stream().noneMatch(p -> p.message().contains("did not settle")), w.toString());
        assertEquals(2, renderer.fopRuns(), "FOP runs for the master in A4, parallel, apparatus at the foot");
    }

    @Test
    void sequentialWithTheApparatusAtTheEndSettlesOnTheMaster() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PdfTestSupport.MASTER), "master TEI not present");
        Toolkit tk = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults()
                .withLayout(PdfOptions.Layout.SEQUENTIAL).withApparatus(PdfOptions.ApparatusPlacement.END));
        List<Problem> w = PdfTestSupport.render(tk, renderer, PdfTestSupport.MASTER, dir.resolve("m.pdf"));
        assertTrue(w.stream().noneMatch(p -> p.message().contains("did not settle")), w.toString());
        assertEquals(0, renderer.fallbacks());
        assertTrue(renderer.fopRuns() <= 4, "FOP runs: " + renderer.fopRuns());
        try (PDDocument doc = PdfTestSupport.load(dir.resolve("m.pdf"))) {
            int page = PdfTestSupport.pageOf(doc, "keyed to page and line");
            assertTrue(page > 0, "the apparatus at the end does not say it is keyed to page and line");
            String text = PdfTestSupport.pageText(doc, page);
            Matcher keys = Pattern.compile("(?m)^(\\d+)\\.(\\d+)(?:[–-]\\d+)?[\\s\\u00A0]").matcher(text);
            int found = 0;
            while (keys.find()) {
                assertTrue(Integer.parseInt(keys.group(1)) < doc.getNumberOfPages(), keys.group());
                found++;
            }
            assertTrue(found >= 5, "too few page.line keys in the apparatus: " + found + "\n" + text);
        }
    }
}
