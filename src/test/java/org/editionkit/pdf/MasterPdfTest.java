package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master rendered once with the default options (A4, parallel, apparatus at the foot). */
class MasterPdfTest {
    @TempDir
    static Path dir;
    static PDDocument pdf;
    static List<Problem> warnings;

    @BeforeAll
    static void renderMaster() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PdfTestSupport.MASTER), "master TEI not present");
        Toolkit tk = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults().withKeepFo(true));
        Path out = dir.resolve("master.pdf");
        warnings = PdfTestSupport.render(tk, renderer, PdfTestSupport.MASTER, out);
        pdf = PdfTestSupport.load(out);
    }

    @AfterAll
    static void close() throws Exception {
        if (pdf != null) {
            pdf.close();
        }
    }

    @Test
    void englishAndKoreanParagraphsStandSideBySideInTheirColumns() throws Exception {
        int page = PdfTestSupport.pageOf(pdf, "In February Comr. Pimenov had asked me");
        assertTrue(page > 0, "English §0.1 not found");
        PDPage p = pdf.getPage(page - 1);
        PDRectangle box = p.getMediaBox();
        PDFTextStripperByArea areas = new PDFTextStripperByArea();
        // The columns meet at the middle of the text block, which is off-centre on a page
        // with a wider inner margin: read from the § column (the middle of the text block).
        float half = box.getWidth() / 2 + (page % 2 == 1 ? 6 : -6);
        areas.addRegion("left", new Rectangle2D.Float(0, 0, half - 5, box.getHeight()));
        areas.addRegion("right", new Rectangle2D.Float(half + 5, 0, half - 5, box.getHeight()));
        areas.extractRegions(p);
        String left = PdfTestSupport.squash(areas.getTextForRegion("left"));
        String right = PdfTestSupport.squash(areas.getTextForRegion("right"));
        assertTrue(left.contains(PdfTestSupport.squash("In February Comr. Pimenov had asked me whether he could go with me")), left);
        String ko = PdfTestSupport.squash("지난 2월 피메노프 동지가 우리의 판문점 방문에");
        assertTrue(right.contains(ko), right);
        assertFalse(left.contains(ko), "Korean §0.1 in the English column");
        assertFalse(right.contains("InFebruaryComr."), "English §0.1 in the Korean column");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws Exception {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                PDFont font = res.getFont(name);
                fonts.add(font.getName());
                boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
                assertTrue(font.isEmbedded() && embedded, font.getName() + " is not embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is not a subset");
            }
        }
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSerif")), "no Noto Serif: " + fonts);
        assertTrue(fonts.stream().anyMatch(f -> f.contains("NanumMyeongjo")), "no Nanum Myeongjo: " + fonts);
    }

    @Test
    void bookmarksLeadToTitlePageSectionsAndApparatus() {
        List<String> marks = PdfTestSupport.bookmarks(pdf);
        assertEquals("Title page", marks.get(0));
        assertTrue(marks.contains("Edition"), marks.toString());
        assertTrue(marks.contains("  1. The issue of groups within the leadership of the DPRK."), marks.toString());
        assertTrue(marks.stream().anyMatch(m -> m.startsWith("  4.")), marks.toString());
        assertTrue(marks.contains("  Distribution"), marks.toString());
        assertEquals("Apparatus", marks.get(marks.size() - 1));
    }

    @Test
    void infoDictionaryAndXmpCarryTitleAuthorSubjectKeywordsAndLanguages() throws Exception {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertTrue(info.getTitle().startsWith("Notes from a Conversation between the 1st Secretary"), info.getTitle());
        assertTrue(info.getAuthor().contains("Henryk Brzeziński"), info.getAuthor());
        assertTrue(info.getSubject().contains("Soviet specialists in the DPRK"), info.getSubject());
        assertTrue(info.getKeywords().contains("Korean reunification"), info.getKeywords());
        String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("<dc:title>") && xmp.contains("rdf:Alt"), xmp);
        assertTrue(xmp.contains("<dc:creator>") && xmp.contains("Korean reunification") && xmp.contains("<dc:language>en"), xmp);
        assertEquals("en", pdf.getDocumentCatalog().getLanguage());
    }

    @Test
    void pagesAreA4() {
        PDRectangle box = pdf.getPage(0).getMediaBox();
        assertEquals(595.3, box.getWidth(), 1.0);
        assertEquals(841.9, box.getHeight(), 1.0);
    }

    @Test
    void titlePageNamesTitlesDateSourceTranslatorsFunderAndRights() throws Exception {
        String title = PdfTestSupport.squash(PdfTestSupport.pageText(pdf, 1));
        for (String s : List.of("Notes from a Conversation", "소비에트연합", "4 April 1957", "Polish Foreign Ministry Archive",
                "No. 267/37/2421/57", "Maya Latynski", "ROK Ministry of Unification", "Rights")) {
            assertTrue(title.contains(PdfTestSupport.squash(s)), "title page lacks " + s);
        }
    }

    @Test
    void notesAreFootnotesOnThePageOfTheirCallAndTheApparatusIsKeyedToLines() throws Exception {
        int page = PdfTestSupport.pageOf(pdf, "Heo Ga-i committed suicide");
        String text = PdfTestSupport.squash(PdfTestSupport.pageText(pdf, page));
        assertTrue(text.contains("—Trans.") || text.contains("—Ed."), "no footnote on the page of §1.1");
        assertTrue(text.matches("(?s).*\\d+(–\\d+)?HeoGa-icommittedsuicide\\.\\]E.*"),
                "no apparatus entry keyed to its line on the page of its lemma: " + text);
        assertTrue(warnings.stream().noneMatch(Problem::isError), warnings.toString());
    }

    @Test
    void theTypescriptFeaturesAreShown() throws Exception {
        String all = PdfTestSupport.squash(PdfTestSupport.text(pdf));
        // The stamps are drawn at their tilt (TypographyPdfTest measures it); their words stay text.
        assertTrue(all.contains("폴란드인민공화국") && all.contains("제267/37/2421/57호"), "stamp text missing");
        assertTrue(all.contains("illegible:initials"), "illegible gap missing");
        assertTrue(all.contains("(signature)"), "signature mark missing");
        assertTrue(all.contains("Secret") && all.contains("기밀"), "hand-written Secret missing");
    }
}
