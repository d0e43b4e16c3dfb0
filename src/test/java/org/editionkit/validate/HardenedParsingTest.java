package org.editionkit.validate;

import static org.editionkit.validate.Fixtures.fixture;
import static org.editionkit.validate.Fixtures.gnu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.editionkit.cli.EditionCommand;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad XML is reported with a location like any other problem, and nothing it asks for is fetched. */
class HardenedParsingTest {
    private static final String CANARY = "XXE-CANARY-7f3a";
    private static Validator validator;

    @BeforeAll
    static void compileSchemasOnce() {
        validator = Validator.create(new Toolkit(), ValidatorConfig.defaults());
    }

    @Test
    void malformedXmlIsReportedWithLineAndColumn() {
        assertEquals(List.of("malformed.xml:5:40: error: The end-tag for element type \"title\" must end with a '>' delimiter."),
                gnu(validator.validate(fixture("malformed.xml"), "malformed.xml")));
    }

    @Test
    void externalEntityIsRefusedAndItsFileNeverRead() {
        String secret = fixture("xxe-secret.txt").toUri().toString();
        List<String> found = gnu(validator.validate(fixture("xxe.xml"), "xxe.xml"));
        assertEquals(List.of("xxe.xml:6:50: error: external entity \"" + secret + "\" refused: the toolkit never reads"
                + " external entities (XXE protection); put the text in the document"), found);
        assertFalse(found.toString().contains(CANARY), "the entity's content leaked into the report");
    }

    @Test
    void externalEntityContentAppearsInNoOutputFormat() {
        for (String format : List.of("gnu", "json")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cli = EditionCommand.commandLine();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute("validate", "--format", format, fixture("xxe.xml").toString());
            assertEquals(1, exit);
            assertTrue(out.toString().contains("refused"), out.toString());
            assertFalse((out.toString() + err).contains(CANARY), "the entity's content leaked into the " + format + " output");
        }
    }

    @Test
    void entityExpansionBombIsStoppedAndReported() {
        List<String> found = gnu(validator.validate(fixture("entity-bomb.xml"), "entity-bomb.xml"));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("entity-bomb.xml:") && found.get(0).contains(": error: The parser has encountered"
                + " more than \"64000\" entity expansions"), found.get(0));
    }

    @Test
    void inMemoryDraftIsCheckedLikeAFile() {
        assertEquals(List.of("draft.xml:1:42: error: XML document structures must start and end within the same entity."),
                gnu(validator.validate("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", "draft.xml")));
    }
}
