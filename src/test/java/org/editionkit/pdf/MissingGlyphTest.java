package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A character without a glyph in any configured font stops the build, located in the TEI. */
class MissingGlyphTest {
    static final Path FIXTURE = PdfTestSupport.FIXTURES.resolve("missing-glyph.xml");
    static final String CHAIN = "Noto Serif, NanumMyeongjo, Noto Sans Math, Noto Sans Symbols, Noto Sans Symbols2, Junicode, IPAMincho,"
            + " AR PL UMing TW, HanaMinA, HanaMinB";
    static final String MESSAGE = "missing-glyph.xml:14:10: error: no glyph for U+1F980 '\uD83E\uDD80' in font-family \""
            + CHAIN + "\" (text of <p>)";
    static Toolkit tk;

    @BeforeAll
    static void setUp() {
        tk = new Toolkit();
    }

    @Test
    void aCharacterNoFontHasFailsWithItsCodePointFontsAndPosition(@TempDir Path dir) throws Exception {
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults());
        Path out = dir.resolve("missing-glyph.pdf");
        ProblemException e = assertThrows(ProblemException.class, () -> PdfTestSupport.render(tk, renderer, FIXTURE, out));
        assertEquals(List.of(MESSAGE), e.problems().stream().map(ProblemFormatter::gnu).toList());
        assertTrue(Files.notExists(out), "no PDF may be written");
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(0, files.filter(p -> !p.getFileName().toString().equals(org.editionkit.io.OutputDirectory.LOCK_FILE)).count(),
                    "no temporary file may be left (the directory's lock file stays)");
        }
    }

    @Test
    void allowMissingGlyphsTurnsTheErrorIntoALocatedWarning(@TempDir Path dir) throws Exception {
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults().withAllowMissingGlyphs(true));
        Path out = dir.resolve("missing-glyph.pdf");
        List<Problem> warnings = PdfTestSupport.render(tk, renderer, FIXTURE, out);
        assertTrue(Files.isRegularFile(out));
        assertTrue(warnings.stream().map(ProblemFormatter::gnu).anyMatch(
                w -> w.equals(MESSAGE.replace(": error: ", ": warning: "))), warnings.toString());
    }
}
