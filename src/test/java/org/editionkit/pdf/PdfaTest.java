package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** --pdfa output is PDF/A-2b and PDF/UA-1 by veraPDF's judgement. */
class PdfaTest {
    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void render() throws Exception {
        Toolkit tk = new Toolkit();
        Path source = java.nio.file.Files.isRegularFile(PdfTestSupport.MASTER) ? PdfTestSupport.MASTER
                : PdfTestSupport.FIXTURES.resolve("parallel.xml");
        pdf = dir.resolve("pdfa.pdf");
        PdfTestSupport.render(tk, new PdfRenderer(tk, PdfOptions.defaults().withPdfa(true)), source, pdf);
    }

    @Test
    void passesPdfA2b() throws Exception {
        String failures = VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B);
        assertTrue(failures.isEmpty(), failures);
    }

    @Test
    void passesPdfUa1() throws Exception {
        String failures = VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(failures.isEmpty(), failures);
    }
}
