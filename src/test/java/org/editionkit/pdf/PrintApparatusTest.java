package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The print of a critical edition, read back from the PDF with text positions (issue 12): the
 * foot in tiers (notes above the apparatus), margin line numbers at the heights of the lines
 * they number, and apparatus keys naming the line (and column) where lemma and reading stand.
 * On the master and on a synthetic long edition whose apparatus runs over many pages.
 */
class PrintApparatusTest {
    @TempDir
    static Path dir;
    static final List<PDDocument> open = new ArrayList<>();
    static PDDocument master;
    static PDDocument longDoc;
    static List<Problem> masterWarnings;
    static List<Problem> longWarnings;

    @BeforeAll
    static void render() throws Exception {
        Path longTei = PdfTestSupport.FIXTURES.resolve("long-apparatus.xml");
        Assumptions.assumeTrue(Files.isRegularFile(PdfTestSupport.MASTER) && Files.isRegularFile(longTei),
                "master TEI or long-apparatus fixture not present");
        Toolkit tk = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults());
        masterWarnings = PdfTestSupport.render(tk, renderer, PdfTestSupport.MASTER, dir.resolve("master.pdf"));
        longWarnings = PdfTestSupport.render(tk, renderer, longTei, dir.resolve("long.pdf"));
        master = PdfTestSupport.load(dir.resolve("master.pdf"));
        longDoc = PdfTestSupport.load(dir.resolve("long.pdf"));
        open.add(master);
        open.add(longDoc);
    }

    @AfterAll
    static void close() throws Exception {
        for (PDDocument d : open) {
            d.close();
        }
    }

    static List<PrintedPage> bodyPages(PDDocument doc) throws Exception {
        List<PrintedPage> pages = new ArrayList<>();
        for (int i = 3; i <= doc.getNumberOfPages(); i++) {
            pages.add(PrintedPage.read(doc, i));
        }
        return pages;
    }

    @Test
    void bothDocumentsSettleWithoutFallingBack() {
        for (List<Problem> w : List.of(masterWarnings, longWarnings)) {
            assertTrue(w.stream().noneMatch(p -> p.message().contains("did not settle")), w.toString());
        }
    }

    @Test
    void onEveryPageTheNotesStandAboveTheApparatus() throws Exception {
        for (PDDocument doc : List.of(master, longDoc)) {
            int pagesWithBoth = 0;
            for (PrintedPage p : bodyPages(doc)) {
                float lastNote = Float.NEGATIVE_INFINITY;
                float firstEntry = Float.POSITIVE_INFINITY;
                // Notes hang their number in an indent; the apparatus paragraph starts flush left.
                for (PrintedPage.Line l : p.foot) {
                    if (l.x() > p.textLeft + 2) {
                        lastNote = Math.max(lastNote, l.y());
                    } else {
                        firstEntry = Math.min(firstEntry, l.y());
                    }
                }
                assertTrue(lastNote < firstEntry, "page " + p.page + ": a note below an apparatus entry: " + p.footText());
                if (lastNote > Float.NEGATIVE_INFINITY && firstEntry < Float.POSITIVE_INFINITY) {
                    pagesWithBoth++;
                }
            }
            assertTrue(pagesWithBoth >= 2, "too few pages with both tiers to prove anything: " + pagesWithBoth);
        }
    }

    @Test
    void marginNumbersStandAtTheLinesTheyCount() throws Exception {
        for (PDDocument doc : List.of(master, longDoc)) {
            int checked = 0;
            for (PrintedPage p : bodyPages(doc)) {
                for (PrintedPage.Number n : p.numbers) {
                    List<PrintedPage.Line> col = p.column(n.leftMargin());
                    assertEquals(0, n.value() % 5, "page " + p.page + ": number " + n.value() + " is not every 5th");
                    assertTrue(n.value() <= col.size(), "page " + p.page + ": number " + n.value() + " beyond the column's "
                            + col.size() + " lines");
                    PrintedPage.Line line = col.get(n.value() - 1);
                    assertEquals(n.leftMargin() ? line.yLeft() : line.yRight(), n.y(), 1.0, "page " + p.page + (n.leftMargin() ? " left" : " right") + " number "
                            + n.value() + " is not at its line \"" + line.all().strip() + "\"");
                    checked++;
                }
                // Numbering restarts on every page: the first number of a column is 5.
                for (boolean left : List.of(true, false)) {
                    p.numbers.stream().filter(n -> n.leftMargin() == left).mapToInt(PrintedPage.Number::value).min()
                            .ifPresent(min -> assertEquals(5, min, "page " + p.page));
                }
            }
            assertTrue(checked >= 8, "too few margin numbers: " + checked);
        }
    }

    /** "7–8 lemma] E reading K (9)": bold key, lemma up to "]", the reading's line in parentheses. */
    private static final Pattern READING = Pattern.compile("\\]\\s*E\\s+(.*?)\\s+K\\s*\\((\\d+)(?:[–-]\\d+)?\\)");

    @Test
    void everyApparatusKeyNamesTheLineOfItsLemmaAndReading() throws Exception {
        for (PDDocument doc : List.of(master, longDoc)) {
            int lemmas = 0;
            int readings = 0;
            for (PrintedPage p : bodyPages(doc)) {
                for (Entry e : entries(p)) {
                    List<PrintedPage.Line> left = p.column(true);
                    assertTrue(e.line() <= left.size(), "page " + p.page + ": key " + e.line() + " beyond the page's lines");
                    String first = PdfTestSupport.squash(e.lemma().split("…")[0].strip().split("\\s+")[0]);
                    String line = PdfTestSupport.squash(left.get(e.line() - 1).all());
                    assertTrue(line.contains(first), "page " + p.page + ": lemma \"" + e.lemma() + "\" keyed " + e.line()
                            + " but that line reads \"" + line + "\"");
                    lemmas++;
                    Matcher m = READING.matcher(e.rest().replace('\u00A0', ' '));
                    if (m.lookingAt() && !m.group(1).contains("[")) {
                        int n = Integer.parseInt(m.group(2));
                        List<PrintedPage.Line> right = p.column(false);
                        String word = PdfTestSupport.squash(m.group(1).strip().split("\\s+")[0]);
                        assertTrue(n <= right.size() && PdfTestSupport.squash(right.get(n - 1).all()).contains(word),
                                "page " + p.page + ": reading \"" + m.group(1) + "\" keyed " + n);
                        readings++;
                    }
                }
            }
            assertTrue(lemmas >= 10 && readings >= 5, "too few entries read: " + lemmas + " lemmas, " + readings + " readings");
        }
    }

    @Test
    void lemmasArePrintedAsTheTextShowsThemAndLongOnesShortened() throws Exception {
        String all = PdfTestSupport.text(master);
        assertTrue(all.contains("Note] E"), "the heading's lemma should read as printed, \"Note\"");
        assertFalse(all.contains("N o t e]"), "the typescript's letter-spacing leaked into the lemma");
        assertTrue(all.contains("⟨illegible: initials⟩] E"), "the gap's lemma should read as printed");
        assertTrue(all.contains("1st Secretary … the USSR] E"), "a lemma of seven words should be shortened");
    }

    record Entry(int line, String lemma, String rest) { }

    /** The apparatus entries at the foot of a page: a run of bold digits starts each. */
    static List<Entry> entries(PrintedPage p) {
        StringBuilder text = new StringBuilder();
        List<Boolean> bold = new ArrayList<>();
        for (PrintedPage.Line l : p.foot) {
            List<TextPosition> chars = new ArrayList<>(l.chars());
            chars.sort(java.util.Comparator.comparing(TextPosition::getXDirAdj));
            for (TextPosition c : chars) {
                text.append(c.getUnicode());
                boolean b = c.getFont() != null && c.getFont().getName() != null && c.getFont().getName().contains("Bold");
                for (int i = 0; i < c.getUnicode().length(); i++) {
                    bold.add(b);
                }
            }
            text.append(' ');
            bold.add(false);
        }
        List<int[]> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+(?:–\\d+)?").matcher(text);
        while (m.find()) {
            if (bold.get(m.start()) && bold.get(m.end() - 1)) {
                keys.add(new int[] {m.start(), m.end()});
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            int end = k + 1 < keys.size() ? keys.get(k + 1)[0] : text.length();
            String key = text.substring(keys.get(k)[0], keys.get(k)[1]);
            String body = text.substring(keys.get(k)[1], end);
            int close = body.indexOf(']');
            if (close < 0) {
                continue;
            }
            out.add(new Entry(Integer.parseInt(key.split("–")[0]), body.substring(0, close).strip(), body.substring(close)));
        }
        return out;
    }
}
