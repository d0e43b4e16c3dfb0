package org.editionkit.volume;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import java.util.ArrayList;
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;

/** edition volume --pdfa: the bound book is PDF/A-2b and PDF/UA-1 by veraPDF's judgement. */
class VolumePdfaTest {
    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void render() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Toolkit tk = new Toolkit();
        VolumeDescription vol = VolumeDescription.read(tk, VolumePdfTest.VOLUME, new ArrayList<>());
        pdf = dir.resolve("book.pdf");
        new Book(tk, new PdfRenderer(tk, PdfOptions.defaults().withPdfa(true))).make(vol, pdf, true, null);
    }

    private static String validate(PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return "";
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(20).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void passesPdfA2b() throws Exception {
        String failures = validate(PDFAFlavour.PDFA_2_B);
        assertTrue(failures.isEmpty(), failures);
    }

    @Test
    void passesPdfUa1() throws Exception {
        String failures = validate(PDFAFlavour.PDFUA_1);
        assertTrue(failures.isEmpty(), failures);
    }
}
