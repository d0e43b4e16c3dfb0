package org.editionkit.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How {@link PdfRenderer} typesets: page size, parallel or sequential translations, where the
 * apparatus goes, PDF/A-2b + PDF/UA-1, extra font directories, whether a character without a
 * glyph is an error or a warning, and whether the intermediate XSL-FO is kept beside the PDF.
 */
public record PdfOptions(Page page, Layout layout, ApparatusPlacement apparatus, boolean pdfa,
        List<Path> fontDirs, boolean allowMissingGlyphs, boolean keepFo) {

    /** The page sizes of {@code fo/pages.xml}. */
    public enum Page { A4, LETTER, ROYAL }

    /** English and Korean side by side, or Korean after English. */
    public enum Layout { PARALLEL, SEQUENTIAL }

    /** The apparatus of translation divergences at the foot of each page or after the text. */
    public enum ApparatusPlacement { FOOT, END }

    public PdfOptions {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(apparatus, "apparatus");
        fontDirs = List.copyOf(fontDirs);
    }

    public static PdfOptions defaults() {
        return new PdfOptions(Page.A4, Layout.PARALLEL, ApparatusPlacement.FOOT, false, List.of(), false, false);
    }

    public PdfOptions withPage(Page p) {
        return new PdfOptions(p, layout, apparatus, pdfa, fontDirs, allowMissingGlyphs, keepFo);
    }

    public PdfOptions withLayout(Layout l) {
        return new PdfOptions(page, l, apparatus, pdfa, fontDirs, allowMissingGlyphs, keepFo);
    }

    public PdfOptions withApparatus(ApparatusPlacement a) {
        return new PdfOptions(page, layout, a, pdfa, fontDirs, allowMissingGlyphs, keepFo);
    }

    public PdfOptions withPdfa(boolean on) {
        return new PdfOptions(page, layout, apparatus, on, fontDirs, allowMissingGlyphs, keepFo);
    }

    public PdfOptions withFontDirs(List<Path> dirs) {
        return new PdfOptions(page, layout, apparatus, pdfa, dirs, allowMissingGlyphs, keepFo);
    }

    public PdfOptions withAllowMissingGlyphs(boolean on) {
        return new PdfOptions(page, layout, apparatus, pdfa, fontDirs, on, keepFo);
    }

    public PdfOptions withKeepFo(boolean on) {
        return new PdfOptions(page, layout, apparatus, pdfa, fontDirs, allowMissingGlyphs, on);
    }

    /** The lower-case name the stylesheet and the CLI use for an option value. */
    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
