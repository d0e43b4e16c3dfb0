package org.editionkit.collate;

import static org.editionkit.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.cli.CliRun.Run;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.editionkit.validate.Validator;
import org.editionkit.validate.ValidatorConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `edition collate` as a user runs it: the report, JSON, and --apply on the master. */
class CollateApplyTest {
    /** A copy of the master next to the project schema (its xml-model points at schema/). */
    static Path copy(Path dir, String content) throws Exception {
        Path schema = dir.resolve("schema");
        Files.createDirectories(schema);
        for (String f : List.of("edition.rng", "edition.sch")) {
            Files.copy(Path.of("tei/schema", f), schema.resolve(f));
        }
        Path file = dir.resolve("note.xml");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theReportNamesFileLineColumnKindBothPassagesAndTheReason(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("d.xml");
        Files.writeString(f, Fixtures.doc("6 cops. Ministry of Foreign Affairs Dep. V", "6부 외무성 4부서 전달"));
        Run r = run("collate", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(f + ":21:77: divergence(number): E \"V\" ≠ K \"4\" (E 5, K 4; certainty high)\n", r.out());
        Run json = run("collate", "--format", "json", f.toString());
        assertTrue(json.out().contains("\"kind\":\"number\",\"cert\":\"high\",\"reason\":\"E 5, K 4\",\"en\":{\"unit\":\"en-p1\",\"text\":\"V\""), json.out());
        assertEquals(2, run("collate", "--format", "xml", f.toString()).code());
        assertEquals(2, run("collate", dir.resolve("missing.xml").toString()).code());
        Path mono = dir.resolve("mono.xml");
        Files.writeString(mono, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><p>x</p></body></text></TEI>");
        Run none = run("collate", mono.toString());
        assertEquals(0, none.code());
        assertEquals(mono + ":0:0: warning: no aligned translation pairs (two text type=\"translation\" whose units point at each other"
                + " with corresp, tei/ENCODING.md): nothing to collate\n", none.err());
    }

    @Test
    void applyWritesValidEntriesLeavesTheEditorsOnesAloneAndIsIdempotent(@TempDir Path dir) throws Exception {
        String master = Files.readString(MasterCollationTest.MASTER, StandardCharsets.UTF_8);
        // the master with its apparatus: its entries must come out byte for byte
        Path file = copy(dir, master);
        Run first = run("collate", "--apply", file.toString());
        assertEquals(0, first.code(), first.err());
        String after = Files.readString(file, StandardCharsets.UTF_8);
        String editors = master.substring(master.indexOf("<listApp"), master.indexOf("</listApp>"));
        assertTrue(after.contains(editors), "the editor's entries are unchanged");
        int proposals = first.out().split("\n").length;
        assertEquals(proposals, after.split("resp=\"#edition-collate\" cert=").length - 1);
        assertTrue(after.contains("<respStmt xml:id=\"edition-collate\">"));
        List<Problem> problems = Validator.create(new Toolkit(), ValidatorConfig.defaults()).validate(file, file.toString());
        assertTrue(problems.isEmpty(), problems.toString());
        Run again = run("collate", "--apply", file.toString());
        assertEquals("", again.out(), "everything proposed is now recorded");
        assertEquals(after, Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void applyOnTheBareMasterGivesAValidApparatusOfTheProposals(@TempDir Path dir) throws Exception {
        Path file = copy(dir, MasterCollationTest.bare(Files.readString(MasterCollationTest.MASTER, StandardCharsets.UTF_8)));
        Run r = run("collate", "--apply", file.toString());
        assertEquals(0, r.code(), r.err());
        String after = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(after.contains("<lem wit=\"#wit-en\" corresp=\"#en-c01\">illegible initials</lem>"), after);
        assertTrue(after.contains("<seg type=\"divergence\" xml:id=\"ko-c"), after);
        List<Problem> problems = Validator.create(new Toolkit(), ValidatorConfig.defaults()).validate(file, file.toString());
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void applyWritesNothingWhenTheFileChangedSinceItWasRead(@TempDir Path dir) throws Exception {
        Path file = copy(dir, MasterCollationTest.bare(Files.readString(MasterCollationTest.MASTER, StandardCharsets.UTF_8)));
        Apparatus.Snapshot before = Apparatus.snapshot(file);
        Collator.Result r = new Collator().collate(before.bytes(), file, file.toString());
        Files.writeString(file, "an editor saved meanwhile");
        Apparatus.ChangedException e = assertThrows(Apparatus.ChangedException.class, () -> Apparatus.apply(file, before, r));
        assertEquals("changed since collate read it; nothing written (run collate again)", e.getMessage());
        assertEquals("an editor saved meanwhile", Files.readString(file));
        assertFalse(Files.list(dir).anyMatch(p -> p.toString().endsWith(".part")));
    }
}
