package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default fonts print every script third-party TEI uses (issue 11, "Every script prints"),
 * and the language of a passage chooses its Han face. Rendered with the default options: no
 * --allow-missing-glyphs, no --font-dir.
 */
class ScriptsPdfTest {
    static Toolkit tk;
    static PdfRenderer renderer;

    @BeforeAll
    static void setUp() {
        tk = new Toolkit();
        renderer = new PdfRenderer(tk, PdfOptions.defaults());
    }

    /** One character of the text layer and the font (subset prefix removed) it is set in. */
    record Glyph(String text, String font) {
    }

    static List<Glyph> glyphs(PDDocument pdf) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    out.add(new Glyph(p.getUnicode(), p.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "")));
                }
            }
        };
        stripper.getText(pdf);
        return out;
    }

    @Test
    void everyScriptPrintsWithTheDefaultFonts(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scripts.pdf");
        List<Problem> warnings = PdfTestSupport.render(tk, renderer, PdfTestSupport.FIXTURES.resolve("scripts.xml"), out);
        assertTrue(warnings.stream().noneMatch(w -> w.message().contains("glyph")), warnings.toString());
        try (PDDocument pdf = PdfTestSupport.load(out)) {
            String text = PdfTestSupport.squash(PdfTestSupport.text(pdf));
            for (String sample : List.of(
                    "如是我聞：一時佛在舍衛國，為眾說法，以喻明之。", // CBETA: 眾 喻 說
                    "晼晚還故鄉，撐舟渡長河。", // testchinese: 晼 鄉 撐
                    "这是简体字，说给众人听。",
                    "いろ〱な事があつた。ゆく〳〵は都へ。", "ㇰ", // U+3031, U+3033/5, U+31F0
                    "대한민국(大韓民國)의한자는漢字라고쓴다.",
                    "㐀㑖", // CJK extension A
                    "explicitliber\uF1E6quod\uEF91ra\uE425ꝑꝓꝗꝯꜹſ")) { // MUFI, three in the private use area
                assertTrue(text.contains(sample), "not in the PDF's text: " + sample + "\n" + text);
            }
            List<Glyph> glyphs = glyphs(pdf);
            assertEquals("JunicodeTwoBeta-Regular", fontOf(glyphs, "\uF1E6"));
            assertEquals("HanaMinA", fontOf(glyphs, "〱"));
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    /**
     * CJK extensions B to D and the kana supplement print from Hanazono. FOP's ToUnicode map gets
     * characters outside the BMP wrong, so they are checked by the faces drawing them (HanaMinB
     * holds nothing else), not by the text layer.
     */
    @Test
    void charactersOutsideTheBmpPrintFromHanazono(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("supplementary.pdf");
        List<Problem> warnings = PdfTestSupport.render(tk, renderer, PdfTestSupport.FIXTURES.resolve("supplementary.xml"), out);
        assertTrue(warnings.stream().noneMatch(w -> w.message().contains("glyph")), warnings.toString());
        try (PDDocument pdf = PdfTestSupport.load(out)) {
            List<String> fonts = glyphs(pdf).stream().map(Glyph::font).distinct().toList();
            assertTrue(fonts.contains("HanaMinB") && fonts.contains("HanaMinA"), fonts.toString());
        }
    }

    @Test
    void theLanguageOfAPassageChoosesItsHanFace(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("han.pdf");
        PdfTestSupport.render(tk, renderer, PdfTestSupport.FIXTURES.resolve("han-by-language.xml"), out);
        try (PDDocument pdf = PdfTestSupport.load(out)) {
            List<Glyph> glyphs = glyphs(pdf);
            // Each passage is 漢字 and a marker character; the face of 漢 in each passage:
            Map<String, String> faces = new LinkedHashMap<>();
            for (int i = 2; i < glyphs.size(); i++) {
                if (glyphs.get(i - 2).text().equals("漢")) {
                    faces.put(glyphs.get(i).text(), glyphs.get(i - 2).font());
                }
            }
            assertEquals(Map.of("甲", "UMingTW", "乙", "UMingTW", "丙", "UMingTW", "丁", "UMingCN",
                    "戊", "IPAMincho", "己", "UnBatang"), faces,
                    "zh-Hant, zh-TW, zh → AR PL UMing TW; zh-Hans → CN; ja → IPA Mincho; ko → Un Batang");
        }
    }

    /**
     * The rare faces sit at the end of the chains, so a document that needs none of them never
     * loads them: rendering the master parses exactly the font files its PDF embeds.
     */
    @Test
    void theMasterLoadsOnlyTheFacesItPrints(@TempDir Path dir) throws Exception {
        PdfRenderer fresh = new PdfRenderer(tk, PdfOptions.defaults());
        Path out = dir.resolve("master.pdf");
        PdfTestSupport.render(tk, fresh, PdfTestSupport.MASTER, out);
        try (PDDocument pdf = PdfTestSupport.load(out)) {
            java.util.Set<String> embedded = new java.util.TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    embedded.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertTrue(embedded.stream().noneMatch(f -> f.matches("(?i).*(junicode|hanamin|uming|unbatang|ipamincho).*")),
                    embedded.toString());
            assertEquals(embedded.size(), fresh.fontFilesParsed(), "font files parsed for " + embedded);
        }
    }

    @Test
    void languageTagsMapToChainsAsTheStylesheetMapsThem() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("zh", "zh");
        expected.put("zh-Hant", "zh");
        expected.put("zh-TW", "zh");
        expected.put("zh-Hant-HK", "zh");
        expected.put("lzh", "zh");
        expected.put("zh-Hans", "zh-hans");
        expected.put("zh-CN", "zh-hans");
        expected.put("ja", "ja");
        expected.put("ja-Latn", "ja");
        expected.put("ko", "ko");
        expected.put("ko-KR", "ko");
        expected.put("kok", "default");
        expected.put("en", "default");
        expected.put(null, "default");
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(l -> actual.put(l, GlyphCheck.chainKey(l)));
        assertEquals(expected, actual);
    }

    private static String fontOf(List<Glyph> glyphs, String text) {
        return glyphs.stream().filter(g -> g.text().equals(text)).map(Glyph::font).findFirst().orElse("(not found)");
    }
}
