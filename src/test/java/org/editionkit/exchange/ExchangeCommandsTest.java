package org.editionkit.exchange;

import static org.editionkit.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.cli.CliRun.Run;
import org.editionkit.cli.EditionCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The export and import subcommands as a user runs them. */
class ExchangeCommandsTest {
    @Test
    void importNeverOverwritesAnExistingFileWithoutForce(@TempDir Path dir) throws Exception {
        Path page = ImportFixtures.IMPORT.resolve("en-ja-no-sections.txt");
        Path target = dir.resolve("draft.xml");
        Files.writeString(target, "keep me");
        Run refused = run("import", page.toString(), "-o", target.toString());
        assertEquals(2, refused.code());
        assertEquals("edition import: " + target + " exists; not overwritten (use --force)\n", refused.err());
        assertEquals("keep me", Files.readString(target));
        Run forced = run("import", page.toString(), "-o", target.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(target).contains("<text xml:id=\"ja\" xml:lang=\"ja\""));
        assertTrue(forced.err().lines().anyMatch(l -> l.matches("17: the ja translation starts here \\(change of script\\)")), forced.err());
    }

    @Test
    void aPageThatIsNotUtf8IsRefusedWithTheLineOfTheFirstBadByte(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("latin1.txt");
        Files.write(page, "April 4, 1957\n\nCaf\u00e9 noir\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Path target = dir.resolve("draft.xml");
        Run r = run("import", page.toString(), "-o", target.toString());
        assertEquals(1, r.code());
        assertEquals(page + ":3: error: not UTF-8 text (byte 0xE9); save the archive page as UTF-8\n", r.err());
        assertFalse(Files.exists(target));
    }

    @Test
    void exportWritesTheDocumentedFilesForEachFormat(@TempDir Path dir) {
        Run csv = run("export", ExportFixtures.MINI.toString(), "--format", "csv", "-o", dir.toString());
        assertEquals(0, csv.code(), csv.err());
        for (String suffix : List.of("persons", "occurrences", "notes", "apparatus")) {
            assertTrue(Files.isRegularFile(dir.resolve("mini-edition." + suffix + ".csv")), suffix);
        }
        Run txt = run("export", ExportFixtures.MINI.toString(), "--format", "txt", "-o", dir.toString());
        assertEquals(List.of(dir.resolve("mini-edition.en.txt").toString(), dir.resolve("mini-edition.ko.txt").toString()),
                txt.out().lines().toList());
        Run bad = run("export", ExportFixtures.MINI.toString(), "--format", "xml");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown format 'xml' (expected json, csv or txt)"), bad.err());
    }

    @Test
    void exportOfTheMasterListsEveryPersonWithOccurrencesInBothLanguages(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(ExportFixtures.MASTER), "master TEI not present yet");
        Run json = run("export", ExportFixtures.MASTER.toString(), "--format", "json", "-o", dir.toString());
        assertEquals(0, json.code(), json.err());
        String text = Files.readString(dir.resolve("1957-04-04-pimenov-note.json"));
        assertEquals(List.of("Heo Ga-i", "Ho Ka I", "허가이"), ExportFixtures.json(text, "$json?persons?*[?id = 'heo-gai']?names?*?form"));
        assertEquals(List.of("en", "ko"), ExportFixtures.json(text, "distinct-values($json?persons?*[?id = 'heo-gai']?occurrences?*?language)"));
        assertEquals(List.of("§1.1"), ExportFixtures.json(text, "distinct-values($json?persons?*[?id = 'heo-gai']?occurrences?*?paragraph)"));
        assertEquals(List.of("E", "K"), ExportFixtures.json(text, "$json?apparatus?*[?id = 'app-10']!(?lemma?sigla?*, ?readings?*?sigla?*)"));
        assertEquals(List.of("8"), ExportFixtures.json(text, "string(count($json?notes?*[?type = 'translator']))"));
        Run txt = run("export", ExportFixtures.MASTER.toString(), "--format", "txt", "-o", dir.toString());
        String en = Files.readString(dir.resolve("1957-04-04-pimenov-note.en.txt"));
        assertTrue(en.contains("§1.1\tComr. Pimenov brought up the issue of Heo Ga-I (secretary of the Central Committee,"), en);
        assertFalse(en.contains("tilted stamp"), "note text stays out of the reading text");
        assertFalse(en.contains("["), "no brackets in the reading text");
    }

    @Test
    void exportReplacesNoFileItDidNotWriteUnlessForced(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("mini-edition.json"), "{\"the user's\": true}");
        Run refused = run("export", ExportFixtures.MINI.toString(), "--format", "json", "-o", dir.toString());
        assertTrue(refused.code() != 0, refused.err());
        assertTrue(refused.err().contains(mine + ": error: not written by edition; refusing to replace it (use --force)"), refused.err());
        assertEquals("{\"the user's\": true}", Files.readString(mine));
        Run forced = run("export", ExportFixtures.MINI.toString(), "--format", "json", "-o", dir.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(mine).contains("\"persons\""));
    }

    @Test
    void concurrentImportsToOneNewFileLetExactlyOneWin(@TempDir Path dir) throws Exception {
        Path page = ImportFixtures.IMPORT.resolve("en-ja-no-sections.txt");
        Path target = dir.resolve("draft.xml");
        int runs = 5;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(runs);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(runs);
        try {
            List<java.util.concurrent.Future<Run>> runsDone = new java.util.ArrayList<>();
            for (int i = 0; i < runs; i++) {
                runsDone.add(pool.submit(() -> {
                    // Everything but the import itself is set up first, so that the runs check and write at the same time.
                    CommandLine cli = EditionCommand.commandLine();
                    StringWriter out = new StringWriter();
                    StringWriter err = new StringWriter();
                    cli.setOut(new PrintWriter(out, true));
                    cli.setErr(new PrintWriter(err, true));
                    start.await();
                    int code = cli.execute("import", page.toString(), "-o", target.toString());
                    return new Run(code, out.toString(), err.toString());
                }));
            }
            int won = 0;
            for (var f : runsDone) {
                Run r = f.get();
                if (r.code() == 0) {
                    won++;
                } else {
                    assertEquals(2, r.code(), r.err());
                    assertTrue(r.err().endsWith("edition import: " + target + " exists; not overwritten (use --force)\n"), r.err());
                }
            }
            assertEquals(1, won, "exactly one import wrote the draft; the others said so");
            try (var files = Files.list(dir)) {
                assertEquals(List.of("draft.xml"), files.map(p -> p.getFileName().toString()).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void importForceKeepsModeAndLinkRefusesReadOnlyAndKeepsABackup(@TempDir Path dir) throws Exception {
        Path page = ImportFixtures.IMPORT.resolve("en-ja-no-sections.txt");
        Path masters = Files.createDirectories(dir.resolve("masters"));
        Path real = Files.writeString(masters.resolve("draft.xml"), "the editor's work");
        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(dir.resolve("draft.xml"), Path.of("masters/draft.xml"));
        Run forced = run("import", page.toString(), "-o", link.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real).contains("<TEI"), "written through it");
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertEquals("the editor's work", Files.readString(masters.resolve("draft.xml~")));
        assertTrue(forced.err().contains("edition import: the previous version is kept as " + masters.resolve("draft.xml~")), forced.err());

        Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        String before = Files.readString(real);
        Run readOnly = run("import", page.toString(), "-o", real.toString(), "--force");
        assertEquals(2, readOnly.code());
        assertTrue(readOnly.err().endsWith(real + ": error: read-only (mode 0444); not replaced (make it writable first if it"
                + " should be replaced)\n"), readOnly.err());
        assertEquals(before, Files.readString(real));
    }
}
