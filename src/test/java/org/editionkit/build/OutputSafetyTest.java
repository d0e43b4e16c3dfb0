package org.editionkit.build;

import static org.editionkit.build.TestBuilds.build;
import static org.editionkit.build.TestBuilds.fakeSteps;
import static org.editionkit.build.TestBuilds.files;
import static org.editionkit.build.TestBuilds.fixture;
import static org.editionkit.build.TestBuilds.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build may touch: only files it wrote itself (never a master in a mistyped {@code -o}),
 * only links it made itself in the index (never what a planted manifest says), and only the
 * documents of the corpus (never a file a symbolic link in it points at elsewhere).
 */
class OutputSafetyTest {
    static Toolkit toolkit;

    @TempDir
    Path tmp;
    Path masters;
    Path master;
    Path other;

    @BeforeAll
    static void toolkit() {
        toolkit = new Toolkit();
    }

    @BeforeEach
    void folders() throws Exception {
        masters = Files.createDirectories(tmp.resolve("masters"));
        master = Files.writeString(masters.resolve("note.xml"), "<TEI>the 75 KB master, the only copy</TEI>\n");
        other = tmp.resolve("other");
        Files.createDirectories(other);
        Files.copy(fixture("build/letter.xml", tmp.resolve("fixtures")), other.resolve("note.xml"));
    }

    private static List<String> messages(ProblemException e) {
        return e.problems().stream().map(ProblemFormatter::gnu).toList();
    }

    @Test
    void aBuildIntoTheMastersFolderReplacesNoMasterAndWritesNothing() throws Exception {
        for (Path input : List.of(other.resolve("note.xml"), other)) {
            ProblemException e = assertThrows(ProblemException.class, () -> build(toolkit, fakeSteps(), options(masters, input)));
            assertEquals(List.of(masters.resolve("note.xml") + ": error: not written by edition; refusing to replace it (use --force)"),
                    messages(e));
            assertEquals("<TEI>the 75 KB master, the only copy</TEI>\n", Files.readString(master));
            assertEquals(List.of("note.xml"), files(masters), "nothing written before the refusal");
        }
        Recorder forced = build(toolkit, fakeSteps(), options(masters, other).withForce(true));
        assertEquals(1, forced.summary.built());
        assertEquals(Files.readString(other.resolve("note.xml")), Files.readString(master), "--force replaces it");
    }

    @Test
    void aUsersOwnIndexPageOrManifestIsNotReplaced() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>My homepage</h1>");
        Files.writeString(site.resolve("manifest.json"), "{\"name\": \"my web app\"}");
        ProblemException e = assertThrows(ProblemException.class, () -> build(toolkit, fakeSteps(), options(site, other)));
        assertEquals(List.of(site.resolve("index.html") + ": error: not written by edition; refusing to replace it (use --force)",
                site.resolve("manifest.json") + ": error: not written by edition; refusing to replace it (use --force)"), messages(e));
        assertEquals("<h1>My homepage</h1>", Files.readString(site.resolve("index.html")));
    }

    @Test
    void rebuildingOverItsOwnOutputsWorksAndSoDoesADirectoryBuiltBeforeTheLedger() throws Exception {
        Path dist = tmp.resolve("dist");
        build(toolkit, fakeSteps(), options(dist, other));
        Files.writeString(other.resolve("note.xml"), Files.readString(other.resolve("note.xml")).replace("harvest", "second harvest"));
        assertEquals(1, build(toolkit, fakeSteps(), options(dist, other)).summary.built());
        // An output directory written by an earlier version has a manifest but no ledger: its outputs are adopted.
        Files.delete(dist.resolve(OutputDirectory.LEDGER_FILE));
        Files.writeString(other.resolve("note.xml"), Files.readString(other.resolve("note.xml")).replace("second", "third"));
        assertEquals(1, build(toolkit, fakeSteps(), options(dist, other)).summary.built());
        assertTrue(Files.readString(dist.resolve("note.html")).contains("third harvest"));
        assertTrue(Files.readString(dist.resolve(OutputDirectory.LEDGER_FILE)).contains(" index.html\n"));
    }

    @Test
    void aPlantedManifestPutsNoForeignLinkIntoTheIndexAndIsWrittenAnew() throws Exception {
        Path dist = tmp.resolve("dist");
        build(toolkit, fakeSteps(), options(dist, other));
        String manifest = Files.readString(dist.resolve(Manifest.FILE));
        String sha = "0".repeat(64);
        Path decoy = Files.writeString(tmp.resolve("decoy.xml"), "any file that exists");
        String planted = "{\"name\": \"decoy\", \"source\": " + org.editionkit.core.Json.quote(decoy.toString())
                + ", \"title\": \"Click me\", \"titles\": [], \"date\": \"\", \"languages\": [], \"status\": \"ok\", \"errors\": 0,"
                + " \"warnings\": 0, \"input\": {\"sha256\": \"" + sha + "\", \"size\": 1, \"modified\": 1}, \"build\": \"x\","
                + " \"outputs\": [{\"kind\": \"html\", \"file\": \"javascript:alert(document.domain)\", \"sha256\": \"" + sha
                + "\", \"size\": 1, \"modified\": 1}, {\"kind\": \"pdf\", \"file\": \"../../../../etc/passwd\", \"sha256\": \"" + sha
                + "\", \"size\": 1, \"modified\": 1}]},\n    {\"name\": \"passwd\", \"source\": \"/etc/passwd\", \"title\": \"t\","
                + " \"titles\": [], \"date\": \"\", \"languages\": [], \"status\": \"ok\", \"errors\": 0, \"warnings\": 0,"
                + " \"input\": {\"sha256\": \"" + sha + "\", \"size\": 1, \"modified\": 1}, \"build\": \"x\", \"outputs\":"
                + " [{\"kind\": \"tei\", \"file\": \"../../../../etc/passwd\", \"sha256\": \"" + sha + "\", \"size\": 1, \"modified\": 1}]},\n";
        Files.writeString(dist.resolve(Manifest.FILE), manifest.replaceFirst("\"documents\": \\[\n", "\"documents\": [\n    " + planted));
        OutputDirectory.of(dist).adopt(Manifest.FILE); // even a manifest the ledger vouches for is checked
        for (int run = 0; run < 2; run++) {
            Recorder r = build(toolkit, fakeSteps(), options(dist, other));
            assertEquals(0, r.summary.failed());
            String index = Files.readString(dist.resolve(IndexPage.FILE));
            String written = Files.readString(dist.resolve(Manifest.FILE));
            for (String text : List.of(index, written)) {
                assertFalse(text.contains("javascript:") || text.contains("etc/passwd") || text.contains("Click me"), text);
            }
            assertTrue(index.contains("href=\"note.html\""), index);
            assertEquals(List.of("note"), List.copyOf(Manifest.read(dist).keySet()));
        }
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheCorpusIsSkippedWithAWarningAndOneInsideIsFollowed() throws Exception {
        Path outside = Files.createDirectories(tmp.resolve("private"));
        Files.writeString(outside.resolve("diary.xml"), Files.readString(other.resolve("note.xml")).replace("harvest", "SECRET-DIARY-0815"));
        Path corpus = Files.createDirectories(tmp.resolve("corpus/sub"));
        Files.copy(other.resolve("note.xml"), corpus.resolve("real.xml"));
        Path leaving = Files.createSymbolicLink(tmp.resolve("corpus/diary.xml"), outside.resolve("diary.xml"));
        Files.createSymbolicLink(tmp.resolve("corpus/alias.xml"), Path.of("sub/real.xml"));
        Path dist = tmp.resolve("dist");
        Recorder r = build(toolkit, fakeSteps(), options(dist, tmp.resolve("corpus")));
        assertEquals(List.of(leaving + ": warning: symbolic link to " + outside.resolve("diary.xml").toRealPath() + ", outside "
                + tmp.resolve("corpus") + "; skipped (name the file itself to build it)"), r.setup.stream().map(ProblemFormatter::gnu).toList());
        assertEquals(0, r.summary.setupErrors(), "a warning, not an error");
        assertEquals(2, r.summary.built());
        assertFalse(TestBuilds.anyFileContains(dist, "SECRET-DIARY-0815"));
        assertEquals(List.of("alias.html", "alias.xml", "index.html", "manifest.json", "real.html", "real.xml"), files(dist));
    }
}
