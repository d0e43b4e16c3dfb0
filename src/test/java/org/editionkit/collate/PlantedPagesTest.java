package org.editionkit.collate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionkit.exchange.importer.Importer;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, "Measure it": two seed-shaped pages written for the test (src/test/resources/collate/planted-*.txt)
 * with divergences planted between the English and the Korean, run through `edition import` and then collate.
 * Each planted divergence is asserted kind by kind; the ones collate does not report are asserted as known misses,
 * and every proposal that is not a planted divergence is counted against a bound (precision).
 */
class PlantedPagesTest {

    private static List<String> proposals(String page) throws Exception {
        Path p = Path.of("src/test/resources/collate", page);
        byte[] draft = new Importer().importPage(p, page).tei();
        return new Collator().collate(draft, Path.of("draft.xml"), "draft.xml").proposals().stream()
                .map(x -> x.kind() + ": " + x.e().text() + " | " + x.k().text()).toList();
    }

    // Planted on the Hungarian note: each line is a proposal collate must make.
    private static final List<String> HUNGARIAN_FOUND = List.of(
            "number: 26.III.1957 | 1957년 3월 27일",                      // date: 26.III against 3월 27일 (heading and paragraph)
            "number: V | 4",                                               // Dep. V against 4부서
            "name: Kim Chang-man | 김창복",                                // Hangul does not romanise to the Latin form
            "title: Minister | 수상",                                      // minister against premier (glossary)
            "omission: He thanked the Hungarian government for its help. | ", // a sentence the Korean lacks
            "note: round stamp | 서명");                                   // translator notes at the same place

    // Planted on the Czechoslovak record.
    private static final List<String> CZECH_FOUND = List.of(
            "spelling:  | 국가계획위원",   // 국가계획위원외 against the page's own 국가계획위원회 (the passage stops before 외)
            "spelling: Panmunjeon | ",     // Panmunjeon against the page's own Panmunjeom
            "addition:  | 코바치");        // Kovács against 코바치[Kovacs]: found, but as an unnamed person, not as a diacritic

    // Proposals that are not a planted divergence, each reviewed by hand.
    private static final List<String> UNPLANTED = List.of(
            // side effects of the planted short misspelling 외무썽 (see the known misses): the name is missing from K ...
            "omission: Ministry of Foreign Affairs | ",
            // ... and the distribution list: E abbreviates K[ülügy]M[inisztérium] (not tagged), K names 외무성; a real difference
            "addition:  | 외무성",
            // side effect of the planted Panmunjeon: K names Panmunjeom where E's misspelling is not tagged
            "addition:  | 판문점");

    @Test
    void everyPlantedKindOnTheHungarianNoteIsProposed() throws Exception {
        List<String> lines = proposals("planted-hungarian-note.txt");
        for (String expected : HUNGARIAN_FOUND) {
            assertTrue(lines.contains(expected), expected + " not in " + lines);
        }
        assertTrue(lines.stream().filter(l -> l.startsWith("number: 26.III.1957")).count() == 2,
                "the date differs in the heading and in the first paragraph: " + lines);
    }

    @Test
    void theCzechRecordsMisspellingsAndTheKovacsSiteAreProposed() throws Exception {
        List<String> lines = proposals("planted-czech-record.txt");
        for (String expected : CZECH_FOUND) {
            assertTrue(lines.contains(expected), expected + " not in " + lines);
        }
    }

    @Test
    void knownMisses() throws Exception {
        List<String> hu = proposals("planted-hungarian-note.txt");
        List<String> cz = proposals("planted-czech-record.txt");
        // "Kovács János" against "Kovacs Janos" in the distribution list: the importer tags no unbracketed Latin
        // name, so collate has no persName pair to compare.
        assertTrue(hu.stream().noneMatch(l -> l.contains("Kov")),
                "known limitation (unbracketed Latin names are not compared): if this fails, Kovács/Kovacs is found now; move it to HUNGARIAN_FOUND: " + hu);
        // 외무썽 against 외무성: SpellingCheck skips Korean forms under six syllables (too many near words).
        assertTrue(hu.stream().noneMatch(l -> l.startsWith("spelling:") && l.contains("외무")),
                "known limitation (short Korean register forms are not spell-checked): " + hu);
        // Kovács against 코바치[Kovacs]: the English Kovács is not tagged, so no "name" proposal with the diacritic reason.
        assertFalse(cz.stream().anyMatch(l -> l.startsWith("name:")),
                "known limitation (the diacritic is only found between two tagged Latin forms): " + cz);
    }

    @Test
    void precisionOnThePlantedPages() throws Exception {
        List<String> all = new ArrayList<>(proposals("planted-hungarian-note.txt"));
        all.addAll(proposals("planted-czech-record.txt"));
        List<String> planted = new ArrayList<>(HUNGARIAN_FOUND);
        planted.addAll(CZECH_FOUND);
        List<String> unplanted = all.stream().filter(l -> !planted.contains(l)).toList();
        System.out.println("collate on the planted pages: " + all.size() + " proposals, " + unplanted.size() + " not planted: " + unplanted);
        // 14 proposals today, 11 at a planted divergence, 3 not (side effects, reviewed above); a form the register
        // itself gives (the MR Hamgyong beside the RR Hamgyeong) is no longer taken for a misspelling
        assertTrue(unplanted.size() <= UNPLANTED.size() && UNPLANTED.containsAll(unplanted),
                "proposals that are not planted and not reviewed: " + unplanted + " of " + all);
    }
}
