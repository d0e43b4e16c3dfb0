package org.editionkit.exchange.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registers read from a folder of masters: drafts, schema folders and broken files are not trusted. */
class KnownNamesTest {
    private static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();

    @Test
    void mastersAreReadButDraftsSchemaFoldersAndBrokenFilesAreNot(@TempDir Path dir) throws Exception {
        Files.copy(PROJECT.resolve("tei/1957-04-04-pimenov-note.xml"), dir.resolve("pimenov.xml"));
        byte[] draft = new Importer(KnownNames.none()).importPage(PROJECT.resolve("src/test/resources/import/en-ko-places-orgs.txt")).tei();
        Files.createDirectories(dir.resolve("drafts"));
        Files.write(dir.resolve("drafts/places.xml"), draft);
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/x.xml"), "<TEI xmlns='http://www.tei-c.org/ns/1.0'><place xml:id='hamgyeong'><placeName>Hamgyeong</placeName></place></TEI>");
        Files.writeString(dir.resolve("broken.xml"), "<TEI><listPlace>");

        KnownNames known = KnownNames.load(dir);
        assertEquals(List.of(), known.match(List.of("Hamgyeong", "Sinuiju")), "a draft's or a schema folder's registers are not trusted");
        assertEquals(List.of("PLACE #panmunjeom", "ORG #higher-party-school", "ORG #wpk-cc", "PERSON #heo-gai"),
                known.match(List.of("판문점", "Higher Party School", "Central Committee of the Workers’ Party", "heo ga-i")).stream()
                        .map(k -> k.kind() + " #" + k.id()).toList());
        List<String> notes = known.notes().stream().map(Finding::toString).toList();
        assertEquals(2, notes.size(), notes.toString());
        assertEquals(true, notes.get(0).startsWith("0: " + dir.resolve("broken.xml") + ": registers not read ("), notes.toString());
        assertEquals("0: names are also classified by the registers of 1 TEI master in " + dir + "/ (40 entries)", notes.get(1));
    }

    @Test
    void withoutAFolderNamesAreClassifiedByTheirWordsOnly(@TempDir Path dir) {
        assertEquals(List.of("0: no " + dir.resolve("tei") + "/ folder here: names are classified by the words around them only"),
                KnownNames.load(dir.resolve("tei")).notes().stream().map(Finding::toString).toList());
    }
}
