package org.editionkit.build;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.editionkit.core.Toolkit;
import org.editionkit.html.HtmlRenderer;
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;
import org.editionkit.validate.Validator;
import org.editionkit.validate.ValidatorConfig;

/**
 * The steps and fingerprint of {@code edition build}, in one place so that the CLI and the
 * Spark job (edition-spark) build with the same steps and record the same build hash.
 */
public final class BuildSetup {
    private BuildSetup() {
    }

    /** Validation, HTML, PDF and the TEI copy, each service made on first use. */
    public static List<DocumentStep> steps(Toolkit toolkit, PdfOptions pdfOptions) {
        return List.of(
                Steps.validate(() -> Validator.create(toolkit, ValidatorConfig.defaults())),
                Steps.html(() -> new HtmlRenderer(toolkit)),
                Steps.pdf(() -> new PdfRenderer(toolkit, pdfOptions)),
                Steps.teiCopy());
    }

    /** The running tool's fingerprint with these PDF options (fonts found in their font directories). */
    public static BuildFingerprint fingerprint(PdfOptions pdfOptions) throws IOException {
        String version = BuildSetup.class.getPackage().getImplementationVersion();
        return BuildFingerprint.of("edition " + (version == null ? "development" : version),
                FontFiles.find(pdfOptions.fontDirs()), optionsFingerprint(pdfOptions));
    }

    /** What changes the PDF, for the build's incremental check (font files are hashed separately). */
    public static String optionsFingerprint(PdfOptions o) {
        return "page=" + name(o.page()) + ";layout=" + name(o.layout()) + ";apparatus=" + name(o.apparatus())
                + ";pdfa=" + o.pdfa() + ";allow-missing-glyphs=" + o.allowMissingGlyphs();
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
