package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfOptions.ApparatusPlacement;
import org.editionkit.pdf.PdfOptions.Layout;
import org.editionkit.pdf.PdfOptions.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The print of a critical edition, read back from the PDF with text positions (issue 12): the
 * foot in tiers (the notes called on the page, then the apparatus below them, apart), margin
 * line numbers at the baselines of the lines they number in their own column, and apparatus
 * keys naming the line where the lemma stands in the leading text's column and the line where
 * the reading stands in the other one. Columns are told apart by x position, each found on its
 * own. On the master in every page size and layout, and on a synthetic long edition whose
 * apparatus runs over many pages.
 */
class PrintApparatusTest {
    @TempDir
    static Path dir;

    /** One way of printing one document. */
    record Setting(String name, String tei, Page page, Layout layout, ApparatusPlacement apparatus) {
        boolean parallel() {
            return layout == Layout.PARALLEL;
        }

        boolean end() {
            return apparatus == ApparatusPlacement.END;
        }

        /** True for the translation editions (master, long test edition): their entries carry the other text's reading and its line. */
        boolean bilingual() {
            return !tei.startsWith("inline");
        }

        Path path() {
            return tei.equals("master") ? PdfTestSupport.MASTER : PdfTestSupport.FIXTURES.resolve(tei);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Setting> settings() {
        return Stream.of(
                new Setting("master a4", "master", Page.A4, Layout.PARALLEL, ApparatusPlacement.FOOT),
                new Setting("long a4", "long-apparatus.xml", Page.A4, Layout.PARALLEL, ApparatusPlacement.FOOT),
                new Setting("master letter", "master", Page.LETTER, Layout.PARALLEL, ApparatusPlacement.FOOT),
                new Setting("master royal", "master", Page.ROYAL, Layout.PARALLEL, ApparatusPlacement.FOOT),
                new Setting("master sequential", "master", Page.A4, Layout.SEQUENTIAL, ApparatusPlacement.FOOT),
                new Setting("master apparatus end", "master", Page.A4, Layout.PARALLEL, ApparatusPlacement.END),
                new Setting("master sequential end", "master", Page.A4, Layout.SEQUENTIAL, ApparatusPlacement.END),
                new Setting("long royal sequential", "long-apparatus.xml", Page.ROYAL, Layout.SEQUENTIAL, ApparatusPlacement.FOOT),
                // A single text with an inline apparatus (app/lem/rdg in the running text): one column.
                new Setting("inline a4", "inline-apparatus.xml", Page.A4, Layout.SEQUENTIAL, ApparatusPlacement.FOOT),
                new Setting("inline end", "inline-apparatus.xml", Page.A4, Layout.SEQUENTIAL, ApparatusPlacement.END))
                // -Dprint.only=NAME runs one setting (while working on one).
                .filter(s -> System.getProperty("print.only", s.name()).equals(s.name()));
    }

    /** A setting printed: the PDF, the renderer's warnings, its body pages, the number of apparatus entries of the TEI. */
    record Printed(Setting setting, PDDocument doc, List<Problem> warnings, List<PrintedPage> pages, int apps) { }

    private static final Map<String, Printed> printed = new HashMap<>();

    static synchronized Printed print(Setting s) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(s.path()), s.path() + " not present");
        Printed p = printed.get(s.name());
        if (p == null) {
            Toolkit tk = new Toolkit();
            PdfOptions o = PdfOptions.defaults().withPage(s.page()).withLayout(s.layout()).withApparatus(s.apparatus());
            Path pdf = dir.resolve(s.name().replace(' ', '-') + ".pdf");
            List<Problem> w = PdfTestSupport.render(tk, new PdfRenderer(tk, o), s.path(), pdf);
            PDDocument doc = PdfTestSupport.load(pdf);
            PrintedPage.Geometry g = PrintedPage.Geometry.of(s.page().name().toLowerCase(java.util.Locale.ROOT));
            List<PrintedPage> pages = new ArrayList<>();
            // Page 1 is the title page, 2 its blank verso; the edition starts on page 3.
            for (int i = 3; i <= doc.getNumberOfPages(); i++) {
                pages.add(PrintedPage.read(doc, i, g, s.parallel()));
            }
            int apps = (int) Pattern.compile("<app\\b").matcher(Files.readString(s.path())).results().count();
            p = new Printed(s, doc, w, pages, apps);
            printed.put(s.name(), p);
        }
        return p;
    }

    @AfterAll
    static void close() throws Exception {
        for (Printed p : printed.values()) {
            p.doc().close();
        }
    }

    /** The pages of the text (before the apparatus when it is printed at the end). */
    static List<PrintedPage> textPages(Printed p) {
        int first = apparatusStart(p);
        return p.pages().stream().filter(pg -> first < 0 || pg.page < first).toList();
    }

    /** The page on which the apparatus at the end begins (its heading), else -1. */
    static int apparatusStart(Printed p) {
        return p.pages().stream().filter(pg -> pg.all.stream().anyMatch(l -> l.text().strip().equals("Apparatus")))
                .mapToInt(pg -> pg.page).findFirst().orElse(-1);
    }

    @ParameterizedTest
    @MethodSource("settings")
    void theLayoutSettlesWithoutFallingBack(Setting s) throws Exception {
        Printed p = print(s);
        assertTrue(p.warnings().stream().noneMatch(w -> w.message().contains("did not settle")), p.warnings().toString());
    }

    /**
     * The foot of every page: the notes tier (a note a line, its number hanging), then the
     * apparatus tier, a block of its own below all the notes and apart from them (its rule), its
     * first line opening with a key; the notes are those called on the page, English then Korean.
     */
    @ParameterizedTest
    @MethodSource("settings")
    void onEveryPageTheNotesStandAboveTheApparatusAsTwoBlocks(Setting s) throws Exception {
        Printed p = print(s);
        int pagesWithBoth = 0;
        int notes = 0;
        for (PrintedPage pg : textPages(p)) {
            List<PrintedPage.Line> noteLines = new ArrayList<>();
            List<PrintedPage.Line> appLines = new ArrayList<>();
            // Notes are list items indented from the text's edge; the apparatus is one flush paragraph.
            for (PrintedPage.Line l : pg.foot) {
                (l.x() > pg.textLeft + 1.5f || pg.isNoteStart(l) ? noteLines : appLines).add(l);
            }
            if (s.end()) {
                assertTrue(appLines.isEmpty(), "page " + pg.page + ": apparatus at the foot with --apparatus end: " + appLines);
            }
            float lastNote = (float) noteLines.stream().mapToDouble(PrintedPage.Line::y).max().orElse(Double.NEGATIVE_INFINITY);
            float firstEntry = (float) appLines.stream().mapToDouble(PrintedPage.Line::y).min().orElse(Double.POSITIVE_INFINITY);
            assertTrue(lastNote < firstEntry, s + " page " + pg.page + ": a note line below an apparatus line: " + pg.foot);
            if (!noteLines.isEmpty() && !appLines.isEmpty()) {
                pagesWithBoth++;
                // Two blocks: the gap between them is wider than the notes' own line pitch by the rule's space.
                float pitch = pitch(noteLines, pitch(appLines, 10));
                assertTrue(firstEntry - lastNote > pitch + 4, s + " page " + pg.page + ": the apparatus is not set apart from the notes ("
                        + (firstEntry - lastNote) + " pt after the last note, line pitch " + pitch + ")");
            }
            if (!appLines.isEmpty()) {
                PrintedPage.Line first = appLines.stream().min(Comparator.comparing(PrintedPage.Line::y)).orElseThrow();
                assertTrue(bold(first.chars().get(0)) && Character.isDigit(first.chars().get(0).getUnicode().charAt(0)),
                        s + " page " + pg.page + ": the apparatus tier does not open with a line key: " + first.text());
            }
            // The notes printed at the foot are the notes called on the page, in the order English, then Korean.
            List<String> labels = new ArrayList<>();
            for (PrintedPage.Line l : noteLines) {
                Matcher m = Pattern.compile("^(\\d+\\)?)\\s").matcher(l.text());
                if (m.find() && pg.isNoteStart(l)) {
                    labels.add(m.group(1));
                }
            }
            List<String> calls = pg.calls.stream().filter(c -> c.matches("\\d+\\)?")).toList();
            List<String> sorted = new ArrayList<>(calls);
            sorted.sort(Comparator.comparing((String c) -> c.endsWith(")")).thenComparing(c -> Integer.parseInt(c.replace(")", ""))));
            assertEquals(sorted, labels, s + " page " + pg.page + ": the notes at the foot are not those called on the page: "
                    + pg.foot.stream().map(PrintedPage.Line::text).toList());
            notes += labels.size();
        }
        assertTrue(notes >= 5, s + ": too few notes read: " + notes);
        if (!s.end()) {
            assertTrue(pagesWithBoth >= 2, s + ": too few pages with both tiers to prove anything: " + pagesWithBoth);
        }
    }

    /** The usual distance between successive lines, else {@code otherwise}. */
    private static float pitch(List<PrintedPage.Line> lines, float otherwise) {
        List<Float> ys = lines.stream().map(PrintedPage.Line::y).sorted().toList();
        float min = Float.MAX_VALUE;
        for (int i = 1; i < ys.size(); i++) {
            min = Math.min(min, ys.get(i) - ys.get(i - 1));
        }
        return min == Float.MAX_VALUE ? otherwise : min;
    }

    /**
     * Every fifth line of each column is numbered, in its own margin (the leading text's on the
     * left, the other's on the right), at the baseline of that line, counting afresh on each page.
     */
    @ParameterizedTest
    @MethodSource("settings")
    void marginNumbersStandAtTheLinesTheyCountInTheirColumn(Setting s) throws Exception {
        Printed p = print(s);
        int checked = 0;
        for (PrintedPage pg : textPages(p)) {
            for (boolean lead : s.parallel() ? List.of(true, false) : List.of(true)) {
                List<PrintedPage.Line> col = pg.column(lead);
                List<PrintedPage.Number> nums = pg.numbers.stream().filter(n -> n.leftMargin() == lead)
                        .sorted(Comparator.comparing(PrintedPage.Number::y)).toList();
                List<Integer> expected = new ArrayList<>();
                for (int k = 5; k <= col.size(); k += 5) {
                    expected.add(k);
                }
                String where = s + " page " + pg.page + (lead ? " left" : " right");
                assertEquals(expected, nums.stream().map(PrintedPage.Number::value).toList(),
                        where + ": margin numbers for a column of " + col.size() + " lines");
                for (PrintedPage.Number n : nums) {
                    PrintedPage.Line line = col.get(n.value() - 1);
                    assertEquals(line.y(), n.y(), 0.5, where + " number " + n.value() + " is not at its line \"" + line.text() + "\"");
                    checked++;
                }
            }
            if (!s.parallel()) {
                assertTrue(pg.numbers.stream().allMatch(PrintedPage.Number::leftMargin), s + " page " + pg.page + ": numbers in the right margin of one column");
            }
        }
        for (PrintedPage pg : p.pages()) {
            if (!textPages(p).contains(pg)) {
                assertTrue(pg.numbers.isEmpty(), s + " page " + pg.page + ": the apparatus at the end has line numbers: " + pg.numbers);
            }
        }
        assertTrue(checked >= 8, s + ": too few margin numbers: " + checked);
    }

    /** "3–4 lemma] E reading K (5)" or "(6.12)": the reading's text and its line (with a page when it stands on another). */
    private static final Pattern READING = Pattern.compile("\\]\\s*E\\s+([^·]*?)\\s*K\\s*\\((\\d+(?:\\.\\d+)?)(?:–(\\d+))?\\)");

    /**
     * Every apparatus entry's key names the lines where its lemma stands, in the leading text's
     * column (the lemma starts on the key's first line and ends on its last), and the reading's
     * key the lines where the reading stands in the other text's column.
     */
    @ParameterizedTest
    @MethodSource("settings")
    void everyKeyNamesTheLinesOfItsLemmaAndReadingInTheirColumns(Setting s) throws Exception {
        Printed p = print(s);
        Map<Integer, PrintedPage> byPage = new HashMap<>();
        p.pages().forEach(pg -> byPage.put(pg.page, pg));
        List<Located> entries = new ArrayList<>();
        if (s.end()) {
            int start = apparatusStart(p);
            assertTrue(start > 0, s + ": no apparatus after the text");
            List<PrintedPage.Line> lines = new ArrayList<>();
            p.pages().stream().filter(pg -> pg.page >= start).forEach(pg -> lines.addAll(pg.all));
            entries(lines).forEach(e -> entries.add(new Located(-1, e)));
        } else {
            for (PrintedPage pg : textPages(p)) {
                entries(pg.foot).forEach(e -> entries.add(new Located(pg.page, e)));
            }
        }
        assertEquals(p.apps(), entries.size(), s + ": apparatus entries read from the PDF: " + entries);
        int readings = 0;
        for (Located le : entries) {
            Entry e = le.entry();
            Key k = Key.parse(e.key(), le.page());
            assertTrue(s.end() == (k.page() != le.page()), s + ": key " + e.key() + " should " + (s.end() ? "" : "not ") + "name a page");
            PrintedPage pg = byPage.get(k.page());
            assertTrue(pg != null, s + ": key " + e.key() + " names no page of the text");
            String what = s + " page " + k.page() + ": lemma \"" + e.lemma() + "\" keyed " + e.key();
            assertStandsOn(pg.column(true), k, List.of(e.lemma().split("…")), what);
            Matcher m = READING.matcher(e.rest());
            if (m.lookingAt() && !m.group(1).startsWith("[")) {
                // The reading as the apparatus prints it may give a name's forms side by side: its first and last words.
                String[] words = m.group(1).strip().split("\\s+");
                Key rk = Key.parse(m.group(2) + (m.group(3) != null ? "–" + m.group(3) : ""), k.page());
                PrintedPage rp = byPage.get(rk.page());
                String rwhat = s + " page " + rk.page() + ": reading \"" + m.group(1) + "\" keyed " + m.group(2);
                assertTrue(rp != null, rwhat + ": no such page");
                assertStandsOn(rp.column(!s.parallel()), rk, words.length == 1 ? List.of(words[0]) : List.of(words[0], words[words.length - 1]), rwhat);
                readings++;
            }
        }
        if (s.bilingual()) {
            assertTrue(readings >= 10, s + ": too few readings read: " + readings);
        }
    }

    /** A line key: page (the entry's page when not printed) and first and last line. */
    record Key(int page, int first, int last) {
        static Key parse(String key, int page) {
            Matcher m = Pattern.compile("(?:(\\d+)\\.)?(\\d+)(?:–(\\d+))?").matcher(key);
            assertTrue(m.matches(), "not a line key: " + key);
            int first = Integer.parseInt(m.group(2));
            return new Key(m.group(1) != null ? Integer.parseInt(m.group(1)) : page, first,
                    m.group(3) != null ? Integer.parseInt(m.group(3)) : first);
        }
    }

    /**
     * The parts of a text (a lemma "first two … last two" has two) stand on the lines of a key:
     * the first starts on its first line, the last ends on its last line, in that order.
     */
    static void assertStandsOn(List<PrintedPage.Line> col, Key k, List<String> parts, String what) {
        assertTrue(k.first() >= 1 && k.last() >= k.first() && k.last() <= col.size(), what + ": the column has " + col.size() + " lines");
        StringBuilder joined = new StringBuilder();
        for (int i = k.first() - 1; i < k.last(); i++) {
            joined.append(norm(col.get(i).text()));
        }
        int firstEnd = norm(col.get(k.first() - 1).text()).length();
        int lastStart = joined.length() - norm(col.get(k.last() - 1).text()).length();
        String head = norm(parts.get(0));
        String tail = norm(parts.get(parts.size() - 1));
        String lines = " (lines " + k.first() + "–" + k.last() + ": " + col.subList(k.first() - 1, k.last()).stream()
                .map(PrintedPage.Line::text).toList() + ")";
        // A text that reaches the column's last line may run on to the next page: the key names
        // the lines of the page where it starts.
        boolean runsOver = k.last() == col.size();
        boolean starts = false;
        // Any occurrence starting on the first line will do if it ends on the last (words repeat).
        for (int i = 0; i < firstEnd; i++) {
            String rest = joined.substring(i);
            boolean whole = rest.startsWith(head);
            // Cut off by the page's end (a word broken at its last line): the rest is on the next page.
            if (!whole && !(runsOver && !rest.isEmpty() && head.startsWith(rest))) {
                continue;
            }
            starts = true;
            if (!whole) {
                return;
            }
            int tailAt = parts.size() == 1 ? i : joined.indexOf(tail, i + head.length());
            if (tailAt < 0 && runsOver) {
                return;
            }
            int end = tailAt + tail.length();
            if (tailAt >= 0 && end > lastStart) {
                return;
            }
        }
        assertTrue(starts, what + ": \"" + parts.get(0) + "\" does not start on the key's first line" + lines);
        throw new AssertionError(what + ": \"" + parts.get(parts.size() - 1) + "\" does not end on the key's last line" + lines);
    }

    /** Text compared without spaces, hyphens (a word may be broken at a line's end) or ligatures. */
    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u2000-\\u200D\\u2060\\uFEFF\\u00AD\\-‐]+", "");
    }

    @Test
    void lemmasArePrintedAsTheTextShowsThemAndLongOnesShortened() throws Exception {
        Printed p = print(settings().findFirst().orElseThrow());
        // Line ends as spaces: where the apparatus breaks its lines is not at stake here.
        String all = PdfTestSupport.text(p.doc()).replaceAll("\\s+", " ");
        assertTrue(all.contains("Note] E"), "the heading's lemma should read as printed, \"Note\"");
        assertFalse(all.contains("N o t e]"), "the typescript's letter-spacing leaked into the lemma");
        assertTrue(all.contains("⟨illegible: initials⟩] E"), "the gap's lemma should read as printed");
        assertTrue(all.contains("1st Secretary … the USSR] E"), "a lemma of seven words should be shortened");
    }

    record Entry(String key, String lemma, String rest) { }

    record Located(int page, Entry entry) { }

    static boolean bold(TextPosition c) {
        return c.getFont() != null && c.getFont().getName() != null && c.getFont().getName().contains("Bold");
    }

    /** The apparatus entries in a run of lines: a run of bold digits (a key) starts each. */
    static List<Entry> entries(List<PrintedPage.Line> lines) {
        StringBuilder text = new StringBuilder();
        List<Boolean> bold = new ArrayList<>();
        for (PrintedPage.Line l : lines) {
            TextPosition last = null;
            for (TextPosition c : l.chars()) {
                if (last != null && PrintedPage.spaced(last, c)) {
                    text.append(' ');
                    bold.add(false);
                }
                text.append(c.getUnicode());
                c.getUnicode().chars().forEach(x -> bold.add(bold(c)));
                last = c;
            }
            text.append(' ');
            bold.add(false);
        }
        List<int[]> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?(?:–\\d+)?").matcher(text);
        while (m.find()) {
            if (bold.get(m.start()) && bold.get(m.end() - 1)) {
                keys.add(new int[] {m.start(), m.end()});
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            int end = k + 1 < keys.size() ? keys.get(k + 1)[0] : text.length();
            String body = text.substring(keys.get(k)[1], end);
            int close = body.indexOf(']');
            if (close < 0) {
                continue;
            }
            out.add(new Entry(text.substring(keys.get(k)[0], keys.get(k)[1]), body.substring(0, close).strip(),
                    body.substring(close).replace('\u00A0', ' ')));
        }
        return out;
    }
}
