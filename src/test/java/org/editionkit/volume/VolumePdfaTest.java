package org.editionkit.volume;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;
import org.editionkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** edition volume --pdfa: the bound book is PDF/A-2b and PDF/UA-1 by veraPDF's judgement. */
class VolumePdfaTest {
    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void render() throws Exception {
        Toolkit tk = new Toolkit();
        VolumeDescription vol = VolumeDescription.read(tk, VolumePdfTest.VOLUME, new ArrayList<>());
        pdf = dir.resolve("book.pdf");
        new Book(tk, new PdfRenderer(tk, PdfOptions.defaults().withPdfa(true))).make(vol, pdf, true, null);
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
