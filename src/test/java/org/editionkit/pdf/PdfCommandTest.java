package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.editionkit.cli.EditionCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The `edition pdf` command line: exit codes, located errors, output names, --font-dir. */
class PdfCommandTest {
    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = EditionCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void aMissingGlyphExitsWithOneAndALocatedError(@TempDir Path dir) {
        String file = PdfTestSupport.FIXTURES.resolve("missing-glyph.xml").toString();
        int code = run("pdf", "-o", dir.toString(), file);
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().startsWith(file + ":14:10: error: no glyph for U+1F980 "), err.toString());
        assertTrue(Files.notExists(dir.resolve("missing-glyph.pdf")));
    }

    @Test
    void anUnknownPageSizeIsAUsageError(@TempDir Path dir) {
        int code = run("pdf", "--page", "a5", "-o", dir.toString(), PdfTestSupport.FIXTURES.resolve("parallel.xml").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("--page must be one of a4, letter, royal, not \"a5\""), err.toString());
    }

    @Test
    void aFontDirectoryAddsItsFontsToTheChains(@TempDir Path dir) throws Exception {
        Path tibetan = Path.of("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf");
        Assumptions.assumeTrue(Files.isRegularFile(tibetan), "fonts-noto-core's Tibetan face not installed");
        String file = PdfTestSupport.FIXTURES.resolve("tibetan.xml").toString();
        assertEquals(1, run("pdf", "-o", dir.toString(), file), "Tibetan must fail without a font for it");
        assertTrue(err.toString().contains("no glyph for U+0F56"), err.toString());

        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Files.createSymbolicLink(fonts.resolve(tibetan.getFileName()), tibetan);
        assertEquals(0, run("pdf", "--font-dir", fonts.toString(), "-o", dir.toString(), file), err.toString());
        try (PDDocument pdf = PdfTestSupport.load(dir.resolve("tibetan.pdf"))) {
            boolean found = false;
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    found |= font.getName().contains("NotoSerifTibetan");
                }
            }
            assertTrue(found, "the Tibetan face from --font-dir is not used");
        }
    }

    @Test
    void aPdfOfTheSameNameThatEditionDidNotWriteIsNotReplaced(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("parallel.pdf"), "%PDF- the user's own PDF");
        int code = run("pdf", "-o", dir.toString(), PdfTestSupport.FIXTURES.resolve("parallel.xml").toString());
        assertTrue(code != 0, err.toString());
        assertTrue(err.toString().contains(mine + ": error: not written by edition; refusing to replace it (use --force)"), err.toString());
        assertEquals("%PDF- the user's own PDF", Files.readString(mine));
    }
}
