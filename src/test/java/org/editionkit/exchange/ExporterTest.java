package org.editionkit.exchange;

import static org.editionkit.exchange.ExportFixtures.MINI;
import static org.editionkit.exchange.ExportFixtures.csv;
import static org.editionkit.exchange.ExportFixtures.json;
import static org.editionkit.exchange.ExportFixtures.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exports of a small fixture edition whose every register entry, note and reading is known. */
class ExporterTest {
    @TempDir
    static Path out;
    static Exporter exporter;
    static String json;

    @BeforeAll
    static void exportFixtureInEveryFormat() throws Exception {
        exporter = new Exporter(new Toolkit());
        for (ExportFormat f : ExportFormat.values()) {
            exporter.export(MINI, "mini-edition.xml", f, out, new ArrayList<>());
        }
        json = read(out.resolve("mini-edition.json"));
    }

    @Test
    void jsonHasTheDocumentedTopLevelKeys() {
        assertEquals(List.of("apparatus", "document", "notes", "organisations", "persons", "places", "text"),
                json(json, "sort(map:keys($json))"));
        assertEquals(List.of("1957-04-04"), json(json, "$json?document?date"));
        assertEquals(List.of("en", "ko"), json(json, "$json?document?languages?*"));
    }

    @Test
    void personsCarryEveryNameFormWithTypeAndLanguage() {
        assertEquals(List.of("heo-gai", "pimenov"), json(json, "$json?persons?*?id"));
        assertEquals(List.of("rr:Heo Ga-I", "mr:Ho Ka I", "ko:허가이"),
                json(json, "$json?persons?*[?id = 'heo-gai']?names?*!(?type || ':' || ?form)"));
        assertEquals(List.of("ko"), json(json, "$json?persons?*[?id = 'heo-gai']?names?*[?type = 'ko']?language"));
        assertEquals(List.of("1953-07-02"), json(json, "$json?persons?*[?id = 'heo-gai']?death"));
    }

    @Test
    void occurrencesCoverBothLanguagesWithParagraphAndElement() {
        assertEquals(List.of("en §0.1 en-s0-p1 Pimenov", "en §1.2 en-s1-p2 Pimenov", "en - en-signed Pimenov",
                        "ko §0.1 ko-s0-p1 피메노프"),
                json(json, "$json?persons?*[?id = 'pimenov']?occurrences?*!string-join((?language, (?paragraph, '-')[1], ?element, ?form), ' ')"));
        assertEquals(List.of("mini-edition"), json(json, "distinct-values($json?persons?*?occurrences?*?document)"));
        assertEquals(List.of("en §2.1 NNSC", "ko §2.1 중립국감시위원단"),
                json(json, "$json?organisations?*[?id = 'nnsc']?occurrences?*!string-join((?language, ?paragraph, ?form), ' ')"));
        assertEquals(List.of("Panmunjeom", "판문점"), json(json, "$json?places?*?occurrences?*?form"));
    }

    @Test
    void notesCarryTheirAnchorLanguageTypeAndResp() {
        assertEquals(List.of("translator en §1.1 en-s1-p1 resp-trans-en tilted stamp, \"red\"",
                        "editorial en §1.2 en-s1-p2 resp-encoding Date uncertain.",
                        "translator ko §1.1 ko-s1-p1 resp-trans-ko 기울어진 소인"),
                json(json, "$json?notes?*!string-join((?type, ?language, ?paragraph, ?anchor, ?resp, ?text), ' ')"));
    }

    @Test
    void apparatusEntriesHaveLemmaReadingsWitnessesAndSigla() {
        assertEquals(List.of("app-01", "app-02"), json(json, "$json?apparatus?*?id"));
        assertEquals(List.of("title|Vice-minister of Culture|wit-en|E|en-d01"),
                json(json, "$json?apparatus?*[?id = 'app-01']!string-join((?type, ?lemma?text, ?lemma?witnesses?*, ?lemma?sigla?*, ?lemma?anchor), '|')"));
        assertEquals(List.of("문화부수상|wit-ko|K|ko-d01"),
                json(json, "$json?apparatus?*[?id = 'app-01']?readings?*!string-join((?text, ?witnesses?*, ?sigla?*, ?anchor), '|')"));
        assertEquals(List.of("부수상 means vice-premier, \"not\" vice-minister."), json(json, "$json?apparatus?*[?id = 'app-01']?note"));
        assertEquals(List.of("", "true"), json(json, "$json?apparatus?*[?id = 'app-02']!(?readings?*?text, string(empty(?note)))"));
    }

    @Test
    void jsonReadingTextHasOneEntryPerUnitInEachLanguage() {
        assertEquals(List.of("§0.1", "§1", "§1.1", "§1.2", "§2.1"), json(json, "$json?text?en?*?paragraph"));
        assertEquals(List.of("ko-dateline", "ko-s0-p1", "ko-s1-head", "ko-s1-p1", "ko-s1-p2", "ko-s2-p1", "ko-signed"),
                json(json, "$json?text?ko?*?id"));
    }

    @Test
    void csvTablesAreRfc4180WithHeaderAndQuoting() throws Exception {
        String notes = read(out.resolve("mini-edition.notes.csv"));
        assertTrue(notes.contains("en-n1,1,translator,,en,§1.1,en-s1-p1,resp-trans-en,\"tilted stamp, \"\"red\"\"\"\r\n"), notes);
        for (String table : List.of("persons", "occurrences", "notes", "apparatus")) {
            List<List<String>> rows = csv(read(out.resolve("mini-edition." + table + ".csv")));
            int width = rows.get(0).size();
            assertTrue(rows.stream().allMatch(r -> r.size() == width), table + ": ragged rows " + rows);
        }
        List<List<String>> persons = csv(read(out.resolve("mini-edition.persons.csv")));
        assertEquals(List.of("register", "id", "name_type", "name_language", "name"), persons.get(0));
        assertEquals(List.of("person", "heo-gai", "ko", "ko", "허가이"), persons.get(3));
        assertEquals(11, persons.size());
        List<List<String>> app = csv(read(out.resolve("mini-edition.apparatus.csv")));
        assertEquals(List.of("app-02", "omission", "lemma", "wit-en", "E", "en-d02", ", toward the end of the war", ""), app.get(3));
        assertEquals(11, csv(read(out.resolve("mini-edition.occurrences.csv"))).size());
    }

    @Test
    void plainTextAppliesExpansionsCorrectionsAndSuppliedTextAndDropsNotes() throws Exception {
        List<String> en = Files.readAllLines(out.resolve("mini-edition.en.txt"));
        assertEquals(List.of(
                "en-dateline\tPyongyang, 4.IV.1957",
                "§0.1\tComr. Pimenov asked to go to Panmunjeom: we agreed.",
                "§1\tThe issue of groups",
                "§1.1\tHeo Ga-I (secretary of the Central Committee, toward the end of the war) was accused.",
                "§1.2\tThe Vice-minister of Culture was agreed upon by Pimenov.",
                "§2.1\tThe NNSC (Neutral Nations Supervisory Commission) met ⟨…⟩ twice.",
                "en-signed\t1st Secretary, Pimenov"), en);
        String ko = read(out.resolve("mini-edition.ko.txt"));
        assertTrue(ko.contains("§1.1\t허가이 문제.\n"), ko);
        assertFalse(ko.contains("기울어진"), "translator note text must not be in the reading text");
    }

    @Test
    void plainTextOfAThirdPartyDocumentKeepsEveryBlock(@TempDir Path dir) throws Exception {
        exporter.export(ExportFixtures.PROJECT.resolve("src/test/resources/export/generic.xml"), "generic.xml",
                ExportFormat.TXT, dir, new ArrayList<>());
        assertEquals(List.of(
                "head-1\tErstes Kapitel",
                "p-1\tEin Absatz mit Herrn Müller.",
                "l-1\tErste Zeile,",
                "l-2\tzweite Zeile.",
                "cell-1\tZelle A",
                "cell-2\tZelle B",
                "div-1\tFreier Text im div.",
                "item-1\tPunkt eins"), Files.readAllLines(dir.resolve("generic.de.txt")));
    }

    @Test
    void aFileThatIsNotTeiIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path notTei = dir.resolve("plain.xml");
        Files.writeString(notTei, "<?xml version=\"1.0\"?>\n<doc/>\n");
        Path target = dir.resolve("out");
        ProblemException e = assertThrows(ProblemException.class,
                () -> exporter.export(notTei, "plain.xml", ExportFormat.JSON, target, new ArrayList<>()));
        assertEquals("plain.xml:2: error: not a TEI document: the root element must be TEI in the namespace http://www.tei-c.org/ns/1.0",
                org.editionkit.core.ProblemFormatter.gnu(e.problems().get(0)));
        assertFalse(Files.exists(target.resolve("plain.json")));
    }
}
