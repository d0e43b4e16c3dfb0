package org.editionkit.validate;

import static org.editionkit.validate.Fixtures.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.editionkit.cli.EditionCommand;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.json.Json;
import picocli.CommandLine;

/** {@code edition validate} run in-process: what it prints and the exit codes it returns. */
class ValidateCommandTest {
    /** Paths as a user in the project directory would type them. */
    private static final String DIR = "src/test/resources/validate/";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = EditionCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] full = new String[args.length + 1];
        full[0] = "validate";
        System.arraycopy(args, 0, full, 1, args.length);
        int exit = cli.execute(full);
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assumeProjectDirectory() {
        Assumptions.assumeTrue(Files.isDirectory(Path.of(DIR)), "tests not run from the project directory: skipping");
    }

    @Test
    void validFileExitsZeroAndSaysSo() {
        assumeProjectDirectory();
        Run r = run(DIR + "valid-minimal.xml");
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertEquals("1 file checked: valid\n", r.err());
    }

    @Test
    void invalidFileExitsOneAndPrintsEveryProblemWithThePathAsGiven() {
        assumeProjectDirectory();
        Run r = run(DIR + "broken-alignment-backpointer.xml");
        assertEquals(1, r.exit());
        assertEquals(DIR + "broken-alignment-backpointer.xml:60:59: error: p en-s0-p1: its counterpart #ko-dist-total does"
                + " not point back (its @corresp should contain \"#en-s0-p1\")\n"
                + DIR + "broken-alignment-backpointer.xml:76:54: error: p ko-s0-p1: its counterpart #en-s0-p1 does not"
                + " point back (its @corresp should contain \"#ko-s0-p1\")\n", r.out());
        assertEquals("2 errors, 0 warnings in 1 file (1 file checked)\n", r.err());
    }

    @Test
    void missingFileExitsTwo() {
        Run r = run("no/such/file.xml");
        assertEquals(2, r.exit());
        assertEquals("no/such/file.xml: error: no such file or directory\n"
                + "edition validate: no TEI files found; nothing checked\n", r.err());
    }

    @Test
    void unusableSchemaOptionExitsTwoBeforeCheckingAnything() {
        Run r = run("--schema", "no-such.rng", fixture("valid-minimal.xml").toString());
        assertEquals(2, r.exit());
        assertEquals("no-such.rng: error: no such file\nedition validate: cannot use the schema; nothing was checked\n", r.err());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("--format", "xml", fixture("valid-minimal.xml").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonOutputIsAnArrayOfLocatedProblems() {
        assumeProjectDirectory();
        Run r = run("--format", "json", DIR + "broken-copy-count.xml", DIR + "valid-minimal.xml");
        assertEquals(1, r.exit());
        List<Object> problems = new Json().toType(r.out(), List.class);
        assertEquals(1, problems.size());
        Map<String, Object> p = (Map<String, Object>) problems.get(0);
        assertEquals(Map.of("file", DIR + "broken-copy-count.xml", "line", 63L, "column", 87L, "severity", "error",
                "message", "list en-dist-list: the copies listed add up to 3, but the stated total is 4"), p);
        assertEquals("1 error, 0 warnings in 1 file (2 files checked)\n", r.err());
    }

    @Test
    void validFilesGiveAnEmptyJsonArray() {
        Run r = run("--format", "json", fixture("valid-minimal.xml").toString());
        assertEquals(0, r.exit());
        assertEquals(List.of(), new Json().toType(r.out(), List.class));
    }

    @Test
    void quietPrintsErrorsOnly() {
        Run warned = run("--quiet", fixture("xml-model/own-schemas.xml").toString());
        assertEquals(0, warned.exit());
        assertEquals("", warned.out() + warned.err());
        Run failed = run("--quiet", fixture("broken-copy-count.xml").toString());
        assertEquals(1, failed.exit());
        assertEquals(1, failed.out().lines().count());
        assertEquals("", failed.err());
    }

    @Test
    void xmlModelSchemasOfTheDocumentAreUsed() {
        assumeProjectDirectory();
        Run own = run(DIR + "xml-model/own-schemas.xml");
        assertEquals(0, own.exit());
        assertEquals(DIR + "xml-model/own-schemas.xml:5:10: warning: title \"A title of some length\" is longer than ten"
                + " characters\n", own.out());
        assertEquals("1 file checked: valid (1 warning)\n", own.err());
        Run missing = run(DIR + "xml-model/missing-schema.xml");
        assertEquals(1, missing.exit());
        assertTrue(missing.out().startsWith(DIR + "xml-model/missing-schema.xml:2:107: error: xml-model schema"
                + " \"no-such.rng\" not found\n"), missing.out());
        Run remote = run(DIR + "xml-model/remote-schema.xml");
        assertTrue(remote.out().startsWith(DIR + "xml-model/remote-schema.xml:2:130: warning: xml-model schema"
                + " \"https://example.org/schema/doc.rng\" not fetched (only local files are read); the project schema is"
                + " used instead\n"), remote.out());
    }

    @Test
    void schemaAndSchematronOptionsOverrideEverythingElse() {
        assumeProjectDirectory();
        Run r = run("--schematron", DIR + "xml-model/simple.sch", DIR + "valid-minimal.xml");
        assertEquals(0, r.exit());
        assertEquals(DIR + "valid-minimal.xml:6:42: warning: title \"A minimal note\" is longer than ten characters\n", r.out());
        Run s = run("--schema", DIR + "xml-model/simple.rng", DIR + "valid-minimal.xml");
        assertEquals(1, s.exit());
        assertTrue(s.out().startsWith(DIR + "valid-minimal.xml:2:73: error: element \"TEI\" not allowed anywhere;"), s.out());
    }

    @Test
    void directoriesAreSearchedRecursivelySkippingSchemaFolders(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("sub"));
        Files.createDirectories(tmp.resolve("schema"));
        Files.copy(fixture("valid-minimal.xml"), tmp.resolve("a.xml"));
        Files.copy(fixture("broken-copy-count.xml"), tmp.resolve("sub/b.xml"));
        Files.copy(fixture("malformed.xml"), tmp.resolve("schema/not-a-document.xml"));
        Files.writeString(tmp.resolve("notes.txt"), "not XML");
        Run r = run(tmp.toString());
        assertEquals(1, r.exit());
        assertEquals(tmp.resolve("sub/b.xml") + ":63:87: error: list en-dist-list: the copies listed add up to 3, but the"
                + " stated total is 4\n", r.out());
        assertEquals("1 error, 0 warnings in 1 file (2 files checked)\n", r.err());
    }

    @Test
    void withoutArgumentsTheTeiFolderIsChecked() {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("tei/1957-04-04-pimenov-note.xml")),
                "not run from the project directory or no master yet: skipping");
        Run r = run();
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.err().matches("\\d+ files? checked: valid( \\(\\d+ warnings?\\))?\\n"), r.err());
    }
}
