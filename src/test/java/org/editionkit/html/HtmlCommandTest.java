package org.editionkit.html;

import static org.editionkit.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.editionkit.cli.CliRun.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code edition html}: one bad file is reported with its location and the others still render. */
class HtmlCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMalformedFileIsReportedAndTheOthersAreStillRendered() throws Exception {
        Path bad = dir.resolve("broken file.xml");
        Files.writeString(bad, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text><body><p>unclosed</body></text>\n</TEI>\n");
        Path outDir = dir.resolve("site");
        Run r = run("html", bad.toString(), Rendered.FIXTURE.toString(), "-o", outDir.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().matches("(?s).*broken file\\.xml:2:\\d+: error: .*\"p\".*"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertTrue(Files.isRegularFile(outDir.resolve("mini.html")), "the good file was rendered");
        assertTrue(Files.isRegularFile(outDir.resolve("mini.xml")), "with its TEI beside it for the download link");
        assertTrue(r.out().contains("mini.html"));
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(java.util.List.of(".edition-outputs", ".edition.lock", "mini.html", "mini.xml"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing written for the broken file, no temporary files left (only the lock and the record of outputs)");
        }
    }

    @Test
    void aMissingFileIsAnIoErrorAndTheOthersAreStillRendered() {
        Path outDir = dir.resolve("out");
        Run r = run("html", dir.resolve("nowhere.xml").toString(), Rendered.FIXTURE.toString(), "-o", outDir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("nowhere.xml: error: no such file or directory\n"), r.err());
        assertTrue(Files.isRegularFile(outDir.resolve("mini.html")));
    }

    @Test
    void outputNameIsSanitisedFromTheFileName() throws Exception {
        Path odd = dir.resolve("Größe & Co.xml");
        Files.copy(Rendered.FIXTURE, odd);
        Path outDir = dir.resolve("o");
        Run r = run("html", odd.toString(), "-o", outDir.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(outDir.resolve("Grosse_Co.html")), r.out());
        String html = Files.readString(outDir.resolve("Grosse_Co.html"));
        assertTrue(html.contains("href=\"Grosse_Co.pdf\"") && html.contains("href=\"Grosse_Co.xml\""), "links use NAME");
    }

    @Test
    void anUnwritableOutputIsAnIoErrorNamingTheOutputDirectory() throws Exception {
        Path notADir = dir.resolve("file");
        Files.writeString(notADir, "x");
        Run r = run("html", Rendered.FIXTURE.toString(), "-o", notADir.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals(notADir + ": error: cannot write the output directory: not a directory\n", r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void noFileIsAUsageError() {
        Run r = run("html");
        assertEquals(2, r.status());
    }

    @Test
    void aFileOfTheSameNameThatEditionDidNotWriteIsNotReplacedWithoutForce() throws Exception {
        Path masters = Files.createDirectories(dir.resolve("masters"));
        Path master = Files.writeString(masters.resolve("mini.xml"), "<TEI>a different master</TEI>");
        Run r = run("html", Rendered.FIXTURE.toString(), "-o", masters.toString());
        assertTrue(r.status() != 0, r.err());
        assertTrue(r.err().contains(master + ": error: not written by edition; refusing to replace it (use --force)"), r.err());
        assertEquals("<TEI>a different master</TEI>", Files.readString(master));

        Run forced = run("html", Rendered.FIXTURE.toString(), "-o", masters.toString(), "--force");
        assertEquals(0, forced.status(), forced.err());
        assertEquals(Files.readString(Rendered.FIXTURE), Files.readString(master));
        Run again = run("html", Rendered.FIXTURE.toString(), "-o", masters.toString());
        assertEquals(0, again.status(), "its own outputs it replaces without --force: " + again.err());
    }
}
