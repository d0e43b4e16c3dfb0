package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --page, --layout and --apparatus change, on the small bilingual fixture. */
class PdfOptionsTest {
    static final Path FIXTURE = PdfTestSupport.FIXTURES.resolve("parallel.xml");
    @TempDir
    static Path dir;
    static PDDocument parallelA4;
    static PDDocument sequentialLetterEnd;
    static PDDocument royal;

    @BeforeAll
    static void renderVariants() throws Exception {
        Toolkit tk = new Toolkit();
        parallelA4 = render(tk, PdfOptions.defaults().withKeepFo(true), "a4.pdf");
        sequentialLetterEnd = render(tk, PdfOptions.defaults().withPage(PdfOptions.Page.LETTER)
                .withLayout(PdfOptions.Layout.SEQUENTIAL).withApparatus(PdfOptions.ApparatusPlacement.END), "letter.pdf");
        royal = render(tk, PdfOptions.defaults().withPage(PdfOptions.Page.ROYAL), "royal.pdf");
    }

    private static PDDocument render(Toolkit tk, PdfOptions options, String name) throws Exception {
        Path out = dir.resolve(name);
        PdfTestSupport.render(tk, new PdfRenderer(tk, options), FIXTURE, out);
        return PdfTestSupport.load(out);
    }

    @AfterAll
    static void close() throws Exception {
        for (PDDocument d : List.of(parallelA4, sequentialLetterEnd, royal)) {
            d.close();
        }
    }

    @Test
    void pageSizesFollowThePageOption() {
        assertSize(parallelA4, 595.3, 841.9);
        assertSize(sequentialLetterEnd, 612, 792);
        assertSize(royal, 442.2, 663.3);
    }

    private static void assertSize(PDDocument doc, double w, double h) {
        for (var page : doc.getPages()) {
            PDRectangle box = page.getMediaBox();
            assertEquals(w, box.getWidth(), 1.0);
            assertEquals(h, box.getHeight(), 1.0);
        }
    }

    @Test
    void parallelLayoutSetsAPairOnOnePageAndSequentialPutsKoreanAfterAllEnglish() throws Exception {
        String en = "In February Comr. Pimenov had asked me";
        String ko = "2월에 피메노프 동지는 판문점에";
        String lastEn = "1st Secretary of the Embassy";
        assertEquals(PdfTestSupport.pageOf(parallelA4, en), PdfTestSupport.pageOf(parallelA4, ko));
        assertTrue(PdfTestSupport.pageOf(sequentialLetterEnd, ko) > PdfTestSupport.pageOf(sequentialLetterEnd, lastEn),
                "Korean should start after the English text ends");
        assertTrue(PdfTestSupport.bookmarks(sequentialLetterEnd).contains("한국어 번역 (Korean translation)"));
    }

    @Test
    void apparatusAtTheFootSharesThePageOfItsLemmaAndAtTheEndFollowsTheText() throws Exception {
        String entry = "Vice-minister of Culture] EN";
        int lemmaPage = PdfTestSupport.pageOf(parallelA4, "Then in 1955 came the case of");
        assertEquals(lemmaPage, PdfTestSupport.pageOf(parallelA4, entry));
        // Keyed to the lemma's line at the foot, to page.line at the end.
        String foot = PdfTestSupport.squash(PdfTestSupport.pageText(parallelA4, lemmaPage));
        assertTrue(foot.matches("(?s).*\\d+(–\\d+)?Vice-ministerofCulture\\]EN.*"), foot);
        int endPage = PdfTestSupport.pageOf(sequentialLetterEnd, entry);
        String end = PdfTestSupport.squash(PdfTestSupport.pageText(sequentialLetterEnd, endPage));
        assertTrue(end.matches("(?s).*\\d+\\.\\d+(–\\d+)?Vice-ministerofCulture\\]EN.*"), end);
        assertEquals(sequentialLetterEnd.getNumberOfPages(), endPage, "apparatus should be on the last page");
        assertTrue(PdfTestSupport.squash(PdfTestSupport.pageText(sequentialLetterEnd, endPage)).startsWith(
                PdfTestSupport.squash("Apparatus")) || PdfTestSupport.pageText(sequentialLetterEnd, endPage).contains("Apparatus"));
        assertTrue(PdfTestSupport.pageOf(sequentialLetterEnd, "1st Secretary of the Embassy") < endPage);
    }

    @Test
    void theIntermediateFoIsKeptBesideThePdfWhenAsked() {
        assertTrue(Files.isRegularFile(dir.resolve("a4.fo")));
        assertTrue(Files.notExists(dir.resolve("letter.fo")));
    }
}
