package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fonts parsed once serve later documents, yet every PDF embeds exactly its own glyph subsets,
 * also when documents are typeset at the same time, and FOP's own missing-glyph report still
 * comes for every document.
 */
class FontReuseRenderingTest {
    static final Path BILINGUAL = PdfTestSupport.FIXTURES.resolve("parallel.xml");
    static Toolkit tk;
    @TempDir
    static Path fixtures;
    static Path latin;
    static Path mixedWord;

    @BeforeAll
    static void setUp() throws IOException {
        tk = new Toolkit();
        latin = write("latin.xml", "Zebras quickly vexed jumping fowl; <hi rend=\"italic\">kiwi</hi> 42.");
        // "↯x" is one word: FOP draws it in Noto Serif, which lacks U+21AF (GlyphCheck cannot see this).
        mixedWord = write("mixed.xml", "Lightning in a word: ↯x.");
    }

    private static Path write(String name, String paragraph) throws IOException {
        String tei = """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                  <teiHeader><fileDesc><titleStmt><title>Fonts</title></titleStmt>
                    <publicationStmt><p>Test fixture</p></publicationStmt>
                    <sourceDesc><p>Written for the PDF tests.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body><p>%s</p></body></text>
                </TEI>
                """.formatted(paragraph);
        return Files.writeString(fixtures.resolve(name), tei);
    }

    /** Each embedded font program by its subset name (the prefix numbers fonts in order of use). */
    static Map<String, byte[]> fontPrograms(Path pdf) throws IOException {
        Map<String, byte[]> programs = new TreeMap<>();
        try (PDDocument doc = PdfTestSupport.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font t0) {
                        programs.put(font.getName(),
                                t0.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray());
                    }
                }
            }
        }
        return programs;
    }

    static void assertSameFonts(Path expected, Path actual) throws IOException {
        Map<String, byte[]> e = fontPrograms(expected);
        Map<String, byte[]> a = fontPrograms(actual);
        assertEquals(e.keySet(), a.keySet(), actual.getFileName() + ": embedded fonts");
        assertFalse(e.isEmpty());
        for (String font : e.keySet()) {
            assertArrayEquals(e.get(font), a.get(font), actual.getFileName() + ": subset of " + font);
        }
    }

    @Test
    void aDocumentAfterOthersEmbedsTheSubsetsItWouldEmbedAlone(@TempDir Path dir) throws Exception {
        PdfRenderer reused = new PdfRenderer(tk, PdfOptions.defaults());
        PdfTestSupport.render(tk, reused, BILINGUAL, dir.resolve("bilingual.pdf"));
        int parsed = reused.fontFilesParsed();
        PdfTestSupport.render(tk, reused, latin, dir.resolve("latin-after.pdf"));
        assertTrue(parsed > 0 && reused.fontFilesParsed() == parsed,
                "the second document parses no font file again: " + parsed + " then " + reused.fontFilesParsed());

        PdfTestSupport.render(tk, new PdfRenderer(tk, PdfOptions.defaults()), latin, dir.resolve("latin-alone.pdf"));
        assertSameFonts(dir.resolve("latin-alone.pdf"), dir.resolve("latin-after.pdf"));
        assertTrue(fontPrograms(dir.resolve("latin-after.pdf")).keySet().stream().noneMatch(f -> f.contains("Nanum")),
                "no Korean font in a Latin-only document typeset after a Korean one");
    }

    @Test
    void documentsTypesetAtTheSameTimeEachEmbedTheirOwnSubsets(@TempDir Path dir) throws Exception {
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults());
        PdfTestSupport.render(tk, renderer, BILINGUAL, dir.resolve("bilingual-ref.pdf"));
        PdfTestSupport.render(tk, renderer, latin, dir.resolve("latin-ref.pdf"));
        int parsedSequentially = renderer.fontFilesParsed();

        int rounds = 3;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path source : List.of(BILINGUAL, latin)) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        together.await();
                        PdfTestSupport.render(tk, renderer, source, dir.resolve(name(source) + "-" + i + ".pdf"));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < rounds; i++) {
            assertSameFonts(dir.resolve("bilingual-ref.pdf"), dir.resolve("parallel-" + i + ".pdf"));
            assertSameFonts(dir.resolve("latin-ref.pdf"), dir.resolve("latin-" + i + ".pdf"));
        }
        assertTrue(renderer.fontFilesParsed() <= 2 * parsedSequentially,
                "a file is parsed at most once per document typeset at the same time: " + renderer.fontFilesParsed());
    }

    private static String name(Path source) {
        return source.getFileName().toString().replace(".xml", "");
    }

    @Test
    void fopsOwnMissingGlyphReportComesForEveryDocument(@TempDir Path dir) throws Exception {
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults());
        PdfTestSupport.render(tk, renderer, latin, dir.resolve("latin.pdf"));
        for (int i = 0; i < 2; i++) {
            Path out = dir.resolve("mixed-" + i + ".pdf");
            ProblemException e = assertThrows(ProblemException.class, () -> PdfTestSupport.render(tk, renderer, mixedWord, out));
            assertEquals(List.of("mixed.xml: error: no glyph for U+21AF '↯' in font \"NotoSerif-Regular\" chosen by FOP"
                    + " for a word mixing scripts or for generated text"),
                    e.problems().stream().map(ProblemFormatter::gnu).toList(), "document " + (i + 1));
            assertFalse(Files.exists(out));
        }
    }
}
