package org.editionkit.volume;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.editionkit.io.OutputDirectory;

/**
 * Binds the typeset parts of a book into one PDF with PDFBox: the front matter (which keeps
 * its catalogue: XMP, output intent and tagging for --pdfa), then each document and the back
 * matter, appended in order (streams go through a temporary-file cache, not the heap). Then
 * the page labels (Roman front matter, Arabic from the first document) and the outline: front
 * matter, parts with their documents, back matter.
 */
final class Binding {
    /** A typeset part in a temporary file: its pages, and the document it holds (null for back matter). */
    record Piece(Path file, int pages, String title, VolumeDescription.Document document) {
    }

    private final VolumeDescription vol;
    private final String title;

    Binding(VolumeDescription vol, String title) {
        this.vol = vol;
        this.title = title;
    }

    int bind(byte[] front, String frontMap, List<Piece> documents, Piece back, String backMap, Path out, boolean pdfa)
            throws Exception {
        List<Closeable> open = new ArrayList<>();
        try (PDDocument book = Loader.loadPDF(front, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            int frontPages = book.getNumberOfPages();
            PDFMergerUtility merger = new PDFMergerUtility();
            List<Piece> rest = new ArrayList<>(documents);
            rest.add(back);
            for (Piece p : rest) {
                PDDocument part = Loader.loadPDF(p.file().toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
                open.add(part);
                merger.appendDocument(book, part);
            }
            labels(book, frontPages);
            outline(book, frontMap, frontPages, documents, backMap);
            book.getDocumentInformation().setTitle(vol.tree().select(Steps.descendant(VolumeDescription.TEI, "title"))
                    .findFirst().map(XdmNode::getStringValue).map(s -> s.strip().replaceAll("\\s+", " ")).orElse(title));
            int pages = book.getNumberOfPages();
            OutputDirectory.write(out, o -> book.save(o));
            return pages;
        } finally {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    private static void labels(PDDocument book, int frontPages) throws java.io.IOException {
        PDPageLabels labels = new PDPageLabels(book);
        PDPageLabelRange roman = new PDPageLabelRange();
        roman.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
        labels.setLabelItem(0, roman);
        PDPageLabelRange arabic = new PDPageLabelRange();
        arabic.setStyle(PDPageLabelRange.STYLE_DECIMAL);
        arabic.setStart(1);
        labels.setLabelItem(frontPages, arabic);
        book.getDocumentCatalog().setPageLabels(labels);
    }

    private void outline(PDDocument book, String frontMap, int frontPages, List<Piece> documents, String backMap) {
        PDDocumentOutline outline = new PDDocumentOutline();
        book.getDocumentCatalog().setDocumentOutline(outline);
        add(book, outline, "Title page", Book.pageIndexOf(frontMap, "vol-title-page"));
        add(book, outline, "Contents", Book.pageIndexOf(frontMap, "vol-contents"));
        List<XdmNode> divs = vol.tree().select(Steps.descendant(VolumeDescription.TEI, "front"))
                .flatMap(f -> f.select(Steps.child(VolumeDescription.TEI, "div"))).toList();
        for (int i = 0; i < divs.size(); i++) {
            String head = divs.get(i).select(Steps.child(VolumeDescription.TEI, "head")).findFirst()
                    .map(h -> h.getStringValue().strip().replaceAll("\\s+", " ")).orElse("Introduction");
            add(book, outline, head, Book.pageIndexOf(frontMap, "vol-front-" + (i + 1)));
        }
        Map<Integer, PDOutlineItem> parts = new LinkedHashMap<>();
        int at = frontPages;
        for (Piece p : documents) {
            VolumeDescription.Document d = p.document();
            PDOutlineItem parent = null;
            if (d.part() != null) {
                final int start = at;
                parent = parts.computeIfAbsent(d.part().number(), n -> {
                    PDOutlineItem item = item(book, d.part().head().isEmpty() ? "Part " + n : d.part().head(), start);
                    outline.addLast(item);
                    return item;
                });
            }
            PDOutlineItem item = item(book, d.number() + ". " + shortTitle(p), at);
            if (parent != null) {
                parent.addLast(item);
            } else {
                outline.addLast(item);
            }
            at += p.pages();
        }
        add(book, outline, "Index of persons, places and organisations", at + Math.max(0, Book.pageIndexOf(backMap, "vol-index")));
        int sources = Book.pageIndexOf(backMap, "vol-sources");
        if (sources >= 0) {
            add(book, outline, "Sources and archives", at + sources);
        }
        outline.openNode();
    }

    /** The document's short title, else its file name. */
    private static String shortTitle(Piece p) {
        return p.title() == null || p.title().isBlank() ? p.document().path().getFileName().toString() : p.title();
    }

    private static void add(PDDocument book, PDDocumentOutline outline, String label, int page) {
        if (page >= 0) {
            outline.addLast(item(book, label, page));
        }
    }

    private static PDOutlineItem item(PDDocument book, String label, int page) {
        PDPage target = book.getPage(Math.min(page, book.getNumberOfPages() - 1));
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(target);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(label);
        item.setDestination(dest);
        return item;
    }
}
