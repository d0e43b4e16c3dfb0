package org.editionkit.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample volume's book PDF, read back with PDFBox: every folio the contents cite is the
 * page that holds what it names (each document's heading, the front and back sections), and
 * for a sample of index entries every cited page holds one of the entry's name forms.
 */
class VolumePdfTest {
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path VOLUME = PROJECT.resolve("tei/volumes/sample-volume.xml");
    private static final Pattern FOLIO_AFTER_LEADER = Pattern.compile("(?:\\. ?){3,}\\s*([0-9]+|[ivxlc]+)\\s*$", Pattern.MULTILINE);

    @TempDir
    static Path out;
    static PDDocument book;
    static String[] labels;
    static VolumeDescription vol;

    @BeforeAll
    static void typeset() throws Exception {
        Toolkit tk = new Toolkit();
        vol = VolumeDescription.read(tk, VOLUME, new ArrayList<>());
        Path pdf = out.resolve("sample-volume.pdf");
        new Book(tk, new PdfRenderer(tk, PdfOptions.defaults())).make(vol, pdf, false, null);
        book = Loader.loadPDF(pdf.toFile());
        labels = book.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
    }

    @AfterAll
    static void close() throws IOException {
        if (book != null) {
            book.close();
        }
    }

    static String page(int index) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(index + 1);
        s.setEndPage(index + 1);
        return s.getText(book);
    }

    static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\u2000-\\u200B\\u2060\\u00AD-]+", "");
    }

    /** The page whose label is {@code folio}; the folio must also be printed on it. */
    static int pageOfFolio(String folio) throws IOException {
        int index = Arrays.asList(labels).indexOf(folio);
        assertTrue(index >= 0, "no page labelled " + folio);
        String[] lines = page(index).strip().split("\n");
        assertTrue(Arrays.stream(lines).anyMatch(l -> l.strip().equals(folio)), "folio " + folio + " not printed on its page");
        return index;
    }

    @Test
    void contentsCiteThePagesOfWhatTheyName() throws IOException {
        int contents = -1;
        for (int i = 0; i < book.getNumberOfPages() && contents < 0; i++) {
            if (page(i).startsWith("Contents") || page(i).contains("\nContents\n")) {
                contents = i;
            }
        }
        assertTrue(contents >= 0, "no contents page");
        assertEquals("v", labels[contents], "the contents follow half-title, title page and its verso");
        List<String> folios = new ArrayList<>();
        Matcher m = FOLIO_AFTER_LEADER.matcher(page(contents));
        while (m.find()) {
            folios.add(m.group(1));
        }
        // Preface, principles; documents 1-3; index, sources.
        assertEquals(7, folios.size(), "contents lines with a folio: " + folios);
        assertTrue(squash(page(pageOfFolio(folios.get(0)))).contains("Preface"));
        assertTrue(squash(page(pageOfFolio(folios.get(1)))).contains("Editorialprinciples"));
        for (int n = 1; n <= 3; n++) {
            int p = pageOfFolio(folios.get(1 + n));
            assertTrue(page(p).contains("DOCUMENT " + n), "document " + n + "'s heading is not on folio " + folios.get(1 + n));
            assertTrue(p % 2 == 0, "document " + n + " opens on a recto (0-based page index even, as the volume starts with a recto)");
        }
        assertTrue(squash(page(pageOfFolio(folios.get(5)))).contains("Indexofpersons,placesandorganisations"));
        assertTrue(squash(page(pageOfFolio(folios.get(6)))).contains("Sourcesandarchives"));
        assertEquals("1", folios.get(2), "Arabic folios start with the first document");
    }

    @Test
    void aDocumentsOpeningPageHasNoRunningHeadItsNextRectoHas() throws IOException {
        int opening = -1;
        for (int i = 0; i < book.getNumberOfPages() && opening < 0; i++) {
            if (page(i).contains("DOCUMENT 1")) {
                opening = i;
            }
        }
        assertTrue(opening >= 0, "no opening page of document 1");
        String head = "1 · ";
        assertFalse(page(opening).strip().startsWith(head), "running head on the opening page: " + page(opening).lines().findFirst());
        assertTrue(page(opening + 2).strip().startsWith(head), "the next recto carries the head: " + page(opening + 2).lines().findFirst());
    }

    @Test
    void indexEntriesNameTheirCitedPages() throws IOException {
        StringBuilder index = new StringBuilder();
        int first = -1;
        for (int i = 0; i < book.getNumberOfPages(); i++) {
            String t = page(i);
            if (first < 0 && t.contains("Index of persons, places and organisations\nPersons")) {
                first = i;
            }
            if (first >= 0) {
                if (t.contains("Sources and archives\n") && !t.contains("Persons")) {
                    break;
                }
                index.append(t).append('\n');
            }
        }
        assertTrue(first > 0, "no index");
        String text = index.toString().replaceAll("\\n\\s+(?=[0-9])", " ");
        String[] sample = {"Pimenov", "Kim Il Sung", "Kowalczyk", "Heo Ga-i", "Brzostowski", "Pyongyang", "Panmunjeom",
            "Hamheung", "Rodong Sinmun", "Military Armistice Commission"};
        int checked = 0;
        for (String heading : sample) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(heading) + "(?: \\(([^)]*)\\))? ([0-9][0-9, ]*)$").matcher(text);
            assertTrue(m.find(), "index entry " + heading + " not found in:\n" + text);
            List<String> forms = new ArrayList<>(List.of(heading));
            if (m.group(1) != null) {
                forms.addAll(Arrays.stream(m.group(1).split(";")).map(String::strip).toList());
            }
            for (String folio : m.group(2).split(",")) {
                String onPage = squash(page(pageOfFolio(folio.strip())));
                assertTrue(forms.stream().anyMatch(f -> onPage.contains(squash(f))),
                        heading + ": none of " + forms + " is on the cited page " + folio.strip());
                checked++;
            }
        }
        assertTrue(checked >= 25, "too few citations checked: " + checked);
    }

    @Test
    void seeReferencesLeadFromEveryOtherForm() throws IOException {
        String all = squash(new PDFTextStripper().getText(book));
        for (String see : List.of("Ho Ka I see Heo Ga-i", "Kim Il-sŏng see Kim Il Sung", "P’yŏngyang see Pyongyang",
                "피메노프 see Pimenov", "김일성 see Kim Il Sung")) {
            assertTrue(all.contains(squash(see)), "missing see reference " + see);
        }
    }

    @Test
    void outlineHasFrontMatterPartsDocumentsAndBackMatter() throws IOException {
        List<String> titles = new ArrayList<>();
        collect(book.getDocumentCatalog().getDocumentOutline(), "", titles);
        assertEquals(List.of("Title page", "Contents", "Preface", "Editorial principles",
                "Part I. Conversations with the Soviet Embassy", "  1. Conversation with Pimenov, March 1957",
                titles.get(6), "Part II. Reports on the leadership", titles.get(8),
                "Index of persons, places and organisations", "Sources and archives"), titles);
        assertTrue(titles.get(6).startsWith("  2. ") && titles.get(8).startsWith("  3. "), titles.toString());
        assertFalse(book.getDocumentCatalog().getPageLabels() == null);
    }

    private static void collect(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            collect(item, indent + "  ", out);
        }
    }
}
