package org.editionkit.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;

/** Shared set-up for the PDF tests: paths, rendering a TEI file, reading the PDF back. */
final class PdfTestSupport {
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path MASTER = PROJECT.resolve("tei/1957-04-04-pimenov-note.xml");
    static final Path FIXTURES = PROJECT.resolve("src/test/resources/pdf");
    static final Path SHARED = PROJECT.resolve("../shared").normalize();

    private PdfTestSupport() {
    }

    /** Parses and renders; returns the renderer's warnings. */
    static List<Problem> render(Toolkit tk, PdfRenderer renderer, Path tei, Path pdf) throws ProblemException {
        List<Problem> warnings = new ArrayList<>();
        XdmNode doc = tk.parse(tei, tei.getFileName().toString(), warnings);
        warnings.addAll(renderer.render(doc, tei.getFileName().toString(), pdf));
        return warnings;
    }

    static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    /** The 1-based number of the first page whose text contains the needle, else -1. */
    static int pageOf(PDDocument doc, String needle) throws IOException {
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            if (squash(pageText(doc, i)).contains(squash(needle))) {
                return i;
            }
        }
        return -1;
    }

    /** Whitespace-insensitive comparison: line breaks fall anywhere in typeset text. */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\u2000-\\u200D\\u2060\\uFEFF]+", "");
    }

    /** Bookmark titles, depth-first, children indented by two spaces per level. */
    static List<String> bookmarks(PDDocument doc) {
        List<String> out = new ArrayList<>();
        if (doc.getDocumentCatalog().getDocumentOutline() != null) {
            collect(doc.getDocumentCatalog().getDocumentOutline(), "", out);
        }
        return out;
    }

    private static void collect(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            collect(item, indent + "  ", out);
        }
    }

    static PDDocument load(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }
}
