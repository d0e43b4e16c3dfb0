package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfOptions.ApparatusPlacement;
import org.editionkit.pdf.PdfOptions.Layout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third-party TEI with an inline (parallel-segmentation) apparatus, {@code <app><lem/><rdg/></app>}
 * in the running text, printed as the master's listApp apparatus is: the lemma in the text, the
 * entries in their own tier under the notes, keyed to the lemma's line, with the same entry
 * format (sigla from listWit, "om." for an empty reading, long lemmas shortened). The tiers,
 * margin numbers and keys of the synthetic document are checked by {@link PrintApparatusTest}
 * (settings "inline a4", "inline end"); this class reads the entries' text, the shapes
 * third-party files give apps (nested, in notes, readings only, rdgGrp), and the corpus files
 * that have an inline apparatus.
 */
class InlineApparatusPdfTest {
    @TempDir
    static Path dir;

    private static PrintApparatusTest.Printed inline;

    /** The synthetic document printed as PrintApparatusTest's setting "inline a4" prints it. */
    private static synchronized PrintApparatusTest.Printed inline() throws Exception {
        if (inline == null) {
            Path tei = PdfTestSupport.FIXTURES.resolve("inline-apparatus.xml");
            Toolkit tk = new Toolkit();
            Path pdf = dir.resolve("inline.pdf");
            PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults().withLayout(Layout.SEQUENTIAL));
            List<Problem> w = PdfTestSupport.render(tk, renderer, tei, pdf);
            System.out.printf("[inline apparatus] inline-apparatus.xml: %d FOP runs, %s%n", renderer.fopRuns(), w);
            PDDocument doc = PdfTestSupport.load(pdf);
            List<PrintedPage> pages = new ArrayList<>();
            for (int i = 3; i <= doc.getNumberOfPages(); i++) {
                pages.add(PrintedPage.read(doc, i, PrintedPage.Geometry.of("a4"), false));
            }
            inline = new PrintApparatusTest.Printed(null, doc, w, pages, 108);
        }
        return inline;
    }

    @AfterAll
    static void close() throws Exception {
        if (inline != null) {
            inline.doc().close();
        }
    }

    /** The entries of the foot of every body page, in page order. */
    private static List<PrintApparatusTest.Entry> footEntries(List<PrintedPage> pages) {
        List<PrintApparatusTest.Entry> out = new ArrayList<>();
        pages.forEach(pg -> out.addAll(PrintApparatusTest.entries(pg.foot)));
        return out;
    }

    private static String rest(PrintApparatusTest.Entry e) {
        return e.rest().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static String lemma(PrintApparatusTest.Entry e) {
        return e.lemma().replace('\u00A0', ' ').strip();
    }

    @Test
    void entriesReadAsTheMastersWithSiglaOmissionsAndShortenedLemmas() throws Exception {
        PrintApparatusTest.Printed p = inline();
        List<PrintApparatusTest.Entry> entries = footEntries(p.pages());
        // <lem wit="#wA">timber morning</lem><rdg wit="#B">timber</rdg>: A is the witness's abbr, B its xml:id.
        assertTrue(entries.stream().anyMatch(e -> lemma(e).equals("timber morning") && rest(e).equals("] A timber B")),
                "entry of ia-001: " + entries.subList(0, Math.min(3, entries.size())));
        // A lem without @wit: no siglum after the bracket.
        assertTrue(entries.stream().anyMatch(e -> lemma(e).equals("yonder") && rest(e).equals("] quarry B")), "entry of ia-003");
        long omissions = entries.stream().filter(e -> rest(e).matches("\\] (A )?om\\. B")).count();
        assertEquals(18, omissions, "omissions (empty rdg) printed as \"om. B\"");
        // Lemmas of eight words: "first two … last two".
        assertTrue(entries.stream().anyMatch(e -> lemma(e).matches("\\S+ \\S+ … \\S+ \\S+")), "no shortened lemma");
        String all = PdfTestSupport.text(p.doc());
        assertFalse(all.contains("°"), "an app still printed as a ° footnote");
    }

    /**
     * Nested apps, an app in a note, apps with readings only (the first is printed and stands as
     * the lemma), a reading of an undeclared witness, a rdgGrp, a note in a lemma: each prints,
     * nothing is lost, and the layout settles.
     */
    @Test
    void theShapesOfThirdPartyApparatusPrintAsEntries() throws Exception {
        Path tei = PdfTestSupport.FIXTURES.resolve("inline-apparatus-edge.xml");
        Toolkit tk = new Toolkit();
        Path pdf = dir.resolve("edge.pdf");
        List<Problem> w = PdfTestSupport.render(tk, new PdfRenderer(tk, PdfOptions.defaults()), tei, pdf);
        assertTrue(w.stream().noneMatch(x -> x.message().contains("did not settle")), w.toString());
        try (PDDocument doc = PdfTestSupport.load(pdf)) {
            PrintedPage.Geometry g = PrintedPage.Geometry.of("a4");
            PrintedPage pg = PrintedPage.read(doc, 3, g, false);
            List<PrintApparatusTest.Entry> entries = PrintApparatusTest.entries(pg.foot);
            List<String> got = entries.stream().map(e -> lemma(e) + rest(e)).toList();
            assertEquals(List.of(
                    "the grey harbour] A a harbour B",
                    "grey] gray ms-c",
                    "boats] A ms-c om. B",
                    "early] A late ms-d",
                    "from the wall] A from the wal B frome the wall ms-c"), got, "entries of the edge document");
            for (PrintApparatusTest.Entry e : entries) {
                PrintApparatusTest.assertStandsOn(pg.left, PrintApparatusTest.Key.parse(e.key(), 3),
                        List.of(e.lemma().split("…")), "lemma \"" + e.lemma() + "\" keyed " + e.key());
            }
            // The note in a lemma is a note of the text: in the notes tier, above the apparatus.
            List<String> foot = pg.foot.stream().map(PrintedPage.Line::text).toList();
            int note = foot.indexOf(foot.stream().filter(l -> l.startsWith("2 A note on the wall")).findFirst().orElse("?"));
            int entry = foot.indexOf(foot.stream().filter(l -> l.contains("harbour]")).findFirst().orElse("?"));
            assertTrue(note >= 0 && entry > note, "the note in the lemma is not in the notes tier above the apparatus: " + foot);
            String text = PrintApparatusTest.norm(PdfTestSupport.pageText(doc, 3));
            // The readings shown in the text (an app of one reading is text, no entry), the app of
            // the note in brackets inside the note.
            for (String s : List.of("thegreyharbouratdawn", "boatsleavingearly,whileeveryonewatchedfromthewall2.", "oneword[anotherwordB]")) {
                assertTrue(text.contains(s), "\"" + s + "\" not on the page: " + text);
            }
        }
    }

    /**
     * The print without a layout map, which PassLoop falls back to when a layout does not settle
     * (here forced with the one-pass renderer): no line numbers; at the foot each entry is a
     * footnote of its own, called by a ° after its lemma and keyed by it; with --apparatus end the
     * entries follow the text, keyed to paragraphs.
     */
    @Test
    void withoutALayoutMapEntriesAreFootnotesCalledByADegreeSignOrFollowTheText() throws Exception {
        Path tei = PdfTestSupport.FIXTURES.resolve("inline-apparatus.xml");
        Toolkit tk = new Toolkit();
        for (ApparatusPlacement where : ApparatusPlacement.values()) {
            Path pdf = dir.resolve("one-pass-" + where + ".pdf");
            PdfTestSupport.render(tk, new PdfRenderer(tk, PdfOptions.defaults().withApparatus(where)).onePass(), tei, pdf);
            try (PDDocument doc = PdfTestSupport.load(pdf)) {
                for (int i = 3; i <= doc.getNumberOfPages(); i++) {
                    assertEquals(List.of(), PrintedPage.read(doc, i, PrintedPage.Geometry.of("a4"), false).numbers, "page " + i + ": line numbers");
                }
                String all = PdfTestSupport.squash(PdfTestSupport.text(doc));
                long degrees = all.chars().filter(c -> c == '°').count();
                if (where == ApparatusPlacement.FOOT) {
                    // 108 calls in the text and 108 keys at the foot.
                    assertEquals(216, degrees, "° calls and keys");
                    assertTrue(all.contains("°timbermorning]AtimberB"), "the first entry as a footnote");
                } else {
                    assertEquals(0, degrees, "° with the apparatus at the end");
                    assertTrue(all.contains("Variantreadings,keyedtoparagraph"), "the apparatus at the end");
                    assertTrue(all.contains("§1.1timbermorning]AtimberB"), "the first entry at the end, keyed to its paragraph");
                }
            }
        }
    }

    /**
     * The corpus files with an inline apparatus print it in a tier keyed to lines, with margin
     * numbers at their lines, and settle; a file that cannot settle falls back with the warning
     * and then prints no line numbers.
     */
    @Test
    void corpusFilesWithAnInlineApparatusPrintItInTiers() throws Exception {
        Path corpus = PdfTestSupport.SHARED.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared not present: skipping the inline apparatus corpus test");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(f -> f.toString().endsWith(".xml")).sorted().filter(f -> {
                try {
                    return Files.readString(f).contains("<app");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no corpus file has an inline apparatus");
        Toolkit tk = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults());
        PrintedPage.Geometry g = PrintedPage.Geometry.of("a4");
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path pdf = dir.resolve(name.replace(".xml", ".pdf"));
            int runsBefore = renderer.fopRuns();
            List<Problem> w = PdfTestSupport.render(tk, renderer, file, pdf);
            boolean fellBack = w.stream().anyMatch(x -> x.message().contains("did not settle"));
            try (PDDocument doc = PdfTestSupport.load(pdf)) {
                List<PrintedPage> pages = new ArrayList<>();
                for (int i = 3; i <= doc.getNumberOfPages(); i++) {
                    pages.add(PrintedPage.read(doc, i, g, false));
                }
                int numbers = pages.stream().mapToInt(pg -> pg.numbers.size()).sum();
                System.out.printf("[inline apparatus] %s: %s after %d FOP runs, %d pages, %d margin numbers, %d entries%n", name,
                        fellBack ? "fell back" : "settled", renderer.fopRuns() - runsBefore, pages.size(), numbers, footEntries(pages).size());
                if (fellBack) {
                    assertEquals(0, numbers, name + ": fell back, yet prints line numbers");
                    continue;
                }
                int keyed = 0;
                for (PrintedPage pg : pages) {
                    for (PrintApparatusTest.Entry e : PrintApparatusTest.entries(pg.foot)) {
                        PrintApparatusTest.Key k = PrintApparatusTest.Key.parse(e.key(), pg.page);
                        PrintApparatusTest.assertStandsOn(pg.left, k, List.of(e.lemma().split("…")),
                                name + " page " + pg.page + ": lemma \"" + e.lemma() + "\" keyed " + e.key());
                        keyed++;
                    }
                    for (PrintedPage.Number n : pg.numbers) {
                        assertTrue(n.leftMargin() && n.value() <= pg.left.size(), name + " page " + pg.page + ": number " + n.value());
                        assertEquals(pg.left.get(n.value() - 1).y(), n.y(), 0.5, name + " page " + pg.page + ": number " + n.value()
                                + " is not at its line");
                    }
                }
                assertTrue(keyed > 0, name + ": no apparatus tier with line keys");
                assertTrue(numbers > 0, name + ": no margin numbers");
            }
        }
    }
}
