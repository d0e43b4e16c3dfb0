package org.editionkit.cli;

import static org.editionkit.cli.CliRun.run;
import org.editionkit.cli.CliRun.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code html}, {@code pdf} and {@code export} as one family: files and directories found as
 * {@code build} finds them, {@code --jobs}, the output directory checked once, non-TEI refused,
 * and the exit codes and messages of the hostile-input probe (issue 17, item 12).
 */
class DocumentCommandsTest {
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path MINI = PROJECT.resolve("src/test/resources/html/mini.xml");
    static final Path PDF_FIXTURE = PROJECT.resolve("src/test/resources/pdf/parallel.xml");
    static final Path HOSTILE = PROJECT.resolve("src/test/resources/hostile");
    static final Path MASTER = PROJECT.resolve("tei/1957-04-04-pimenov-note.xml");

    @TempDir
    Path dir;

    /** corpus/a.xml and corpus/sub/b.xml, plus files the search must leave out. */
    private Path corpus(Path source) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.copy(source, dir.resolve("corpus/a.xml"));
        Files.copy(source, corpus.resolve("b.xml"));
        Files.createDirectories(dir.resolve("corpus/schema"));
        Files.writeString(dir.resolve("corpus/schema/not-a-document.xml"), "<grammar/>");
        Files.writeString(dir.resolve("corpus/.hidden.xml"), "<hidden/>");
        Files.writeString(dir.resolve("corpus/notes.txt"), "not XML");
        return dir.resolve("corpus");
    }

    /** The files in {@code d}, but the toolkit's own record of its outputs and its lock. */
    private static List<String> names(Path d) throws Exception {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(".edition-outputs") && !n.equals(".edition.lock")).sorted().toList();
        }
    }

    @Test
    void htmlTakesADirectoryOnABoundedPool() throws Exception {
        Path out = dir.resolve("site");
        Run r = run("html", corpus(MINI).toString(), "-o", out.toString(), "--jobs", "2");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertEquals(List.of("a.html", "a.xml", "b.html", "b.xml"), names(out));
        assertEquals(List.of(out.resolve("a.html").toString(), out.resolve("b.html").toString()), r.out().lines().toList(),
                "the files written, in input order");
    }

    @Test
    void pdfTakesADirectory() throws Exception {
        Path out = dir.resolve("pdfs");
        Run r = run("pdf", corpus(PDF_FIXTURE).toString(), "-o", out.toString(), "-j", "2");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("a.pdf", "b.pdf"), names(out));
    }

    @Test
    void exportTakesADirectory() throws Exception {
        Path out = dir.resolve("data");
        Run r = run("export", "--format", "json", corpus(MINI).toString(), "-o", out.toString(), "--jobs", "1");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("a.json", "b.json"), names(out));
    }

    @Test
    void anEmptyDirectoryIsNoTeiFilesFound() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (String command : List.of("html", "pdf", "export")) {
            Run r = command.equals("export") ? run("export", "--format", "csv", empty.toString(), "-o", dir.resolve("o").toString())
                    : run(command, empty.toString(), "-o", dir.resolve("o").toString());
            assertEquals(2, r.status(), command);
            assertEquals(empty + ": error: no TEI documents (*.xml) in this directory\n"
                    + "edition " + command + ": no TEI files found; nothing written\n", r.err(), command);
            assertFalse(Files.exists(dir.resolve("o")), "nothing created");
        }
    }

    @Test
    void anOutputThatIsAFileIsAnIoErrorWithItsReason() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        for (String command : List.of("html", "pdf", "export")) {
            Run r = command.equals("export") ? run("export", "--format", "txt", MINI.toString(), "-o", file.toString())
                    : run(command, (command.equals("pdf") ? PDF_FIXTURE : MINI).toString(), "-o", file.toString());
            assertEquals(2, r.status(), command + ": " + r.err());
            assertEquals(file + ": error: cannot write the output directory: not a directory\n", r.err(), command);
        }
    }

    @Test
    void anOutputFileInTheWayGivesTheReasonNotABarePath() throws Exception {
        Path out = dir.resolve("o");
        Files.createDirectories(out.resolve("mini.html/inside"));
        Run r = run("html", MINI.toString(), "-o", out.toString());
        assertEquals(2, r.status(), r.err());
        String prefix = out.resolve("mini.html") + ": error: ";
        assertTrue(r.err().startsWith(prefix), r.err());
        String reason = r.err().substring(prefix.length()).strip();
        assertFalse(reason.startsWith("/"), "a reason, not a path: " + reason);
        assertTrue(reason.contains("directory"), "says what is in the way: " + reason);
    }

    @Test
    void htmlAndPdfRefuseADocumentThatIsNotTei() {
        Path docbook = HOSTILE.resolve("non-tei-root.xml");
        for (String command : List.of("html", "pdf")) {
            Path out = dir.resolve(command);
            Run r = run(command, docbook.toString(), "-o", out.toString());
            assertEquals(1, r.status(), command);
            assertEquals(docbook + ":3:62: error: not a TEI document: the root element is <article> in namespace "
                    + "http://docbook.org/ns/docbook; expected <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n", r.err(), command);
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(dir.resolve("html/non-tei-root.html")));
        assertFalse(Files.exists(dir.resolve("pdf/non-tei-root.pdf")));
    }

    @Test
    void aTxtExportWithoutTextIsReported() throws Exception {
        Path empty = dir.resolve("empty-body.xml");
        Files.writeString(empty, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>t</title>"
                + "</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>"
                + "</teiHeader>\n<text><body><p/></body></text></TEI>\n");
        for (Path file : List.of(empty, HOSTILE.resolve("no-text.xml"))) {
            Path out = dir.resolve("txt");
            Run r = run("export", "--format", "txt", file.toString(), "-o", out.toString());
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().matches("\\Q" + file + "\\E:\\d+:\\d+: error: no text to export as txt: "
                    + "the document has no text outside its teiHeader; nothing written\n"), r.err());
            assertFalse(Files.exists(out) && names(out).size() > 0, "nothing written");
        }
    }

    @Test
    void validateWithNothingToCheckIsAnErrorAndNeverValid() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run r = run("validate", empty.toString());
        assertEquals(2, r.status());
        assertEquals(empty + ": error: no TEI documents (*.xml) in this directory\n"
                + "edition validate: no TEI files found; nothing checked\n", r.err());
        Run missing = run("validate", dir.resolve("nope.xml").toString());
        assertEquals(2, missing.status());
        assertFalse(missing.err().contains(": valid"), missing.err());
        assertTrue(missing.err().startsWith(dir.resolve("nope.xml") + ": error: no such file or directory\n"), missing.err());
    }

    @Test
    void maxSizeIsCheckedForItsRange() {
        Run r = run("build", MINI.toString(), "-o", dir.resolve("o").toString(), "--max-size", "8796093022208");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("edition: --max-size must be between 1 and 1048576 (MB, i.e. 1 TiB), not 8796093022208\n"),
                r.err());
        assertFalse(Files.exists(dir.resolve("o")), "nothing built");
    }

    @Test
    void anXmlModelFileUriWithAHostIsALocatedError() throws Exception {
        Path file = dir.resolve("remote-model.xml");
        String master = Files.readString(MASTER);
        int root = master.indexOf("<TEI");
        String pi = "<?xml-model href=\"file://evil.example:8080/x.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>";
        Files.writeString(file, master.substring(0, root) + pi + "\n" + master.substring(root));
        int line = (int) master.substring(0, root).chars().filter(c -> c == '\n').count() + 1;
        Run r = run("validate", "-q", file.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.out().matches("(?s).*\\Q" + file + ":" + line + ":\\E\\d+: error: xml-model schema "
                + "\"file://evil\\.example:8080/x\\.rng\": a file URI naming the host \"evil\\.example:8080\" is not a file on "
                + "this machine; only local files are read\n.*"), r.out());
        assertFalse(r.out().contains("internal error") || r.err().contains("internal error"), r.err());
    }

    @Test
    void aFileNameWithANewlineCannotForgeAMessageLine() throws Exception {
        Path crafted = dir.resolve("x\nok.xml:1:1: warning: fine.xml");
        Files.writeString(crafted, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><unclosed></TEI>");
        Run r = run("html", crafted.toString(), "-o", dir.resolve("o").toString());
        assertEquals(1, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(dir + "/x\\nok.xml:1:1: warning: fine.xml:1:"), r.err());
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsSaidToBeOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Run imported = run("import", folder.toString(), "-o", dir.resolve("draft.xml").toString());
        assertEquals(2, imported.status());
        assertEquals("edition import: " + folder + ": is a directory (import takes one text file)\n", imported.err());
        Run schema = run("validate", "--schema", folder.toString(), MINI.toString());
        assertEquals(2, schema.status());
        assertTrue(schema.err().startsWith(folder + ": error: is a directory, not a schema file\n"), schema.err());
    }
}
