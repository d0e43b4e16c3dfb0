package org.editionkit.validate;

import static org.editionkit.validate.Fixtures.fixture;
import static org.editionkit.validate.Fixtures.gnu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each fixture is valid-minimal.xml with one planted error; each must produce exactly the
 * expected located message and nothing else.
 */
class RuleViolationsTest {
    private static Validator validator;

    @BeforeAll
    static void compileSchemasOnce() {
        validator = Validator.create(new Toolkit(), ValidatorConfig.defaults());
    }

    private static List<String> check(String name) {
        return gnu(validator.validate(fixture(name), name));
    }

    @Test
    void pointerToAMissingIdIsReported() {
        assertEquals(List.of(
                "broken-pointer.xml:60:138: error: @ref of persName points at #heo-gia, but no element has that xml:id"),
                check("broken-pointer.xml"));
    }

    @Test
    void englishParagraphWithoutKoreanCounterpartIsReported() {
        assertEquals(List.of(
                "broken-orphan-paragraph.xml:61:16: error: p in the English translation has no counterpart: an alignment"
                + " unit needs @xml:id and @corresp pointing at the same unit in the other translation"),
                check("broken-orphan-paragraph.xml"));
    }

    @Test
    void koreanParagraphWithoutEnglishCounterpartIsReported() throws IOException {
        String xml = Files.readString(fixture("valid-minimal.xml")).replace(
                "<p xml:id=\"ko-s0-p1\" corresp=\"#en-s0-p1\">", "<p xml:id=\"ko-s0-p1\">");
        assertEquals(List.of(
                "draft.xml:60:54: error: p en-s0-p1: its counterpart #ko-s0-p1 does not point back (its @corresp should"
                + " contain \"#en-s0-p1\")",
                "draft.xml:76:34: error: p ko-s0-p1 in the Korean translation has no counterpart: an alignment unit needs"
                + " @xml:id and @corresp pointing at the same unit in the other translation"),
                gnu(validator.validate(xml, "draft.xml")));
    }

    @Test
    void counterpartThatDoesNotPointBackIsReported() {
        assertEquals(List.of(
                "broken-alignment-backpointer.xml:60:59: error: p en-s0-p1: its counterpart #ko-dist-total does not point"
                + " back (its @corresp should contain \"#en-s0-p1\")",
                "broken-alignment-backpointer.xml:76:54: error: p ko-s0-p1: its counterpart #en-s0-p1 does not point"
                + " back (its @corresp should contain \"#ko-s0-p1\")"),
                check("broken-alignment-backpointer.xml"));
    }

    @Test
    void copyCountsThatDoNotAddUpAreReported() {
        assertEquals(List.of(
                "broken-copy-count.xml:63:87: error: list en-dist-list: the copies listed add up to 3, but the stated total is 4"),
                check("broken-copy-count.xml"));
    }

    @Test
    void missingNameFormsAreReported() {
        assertEquals(List.of(
                "broken-name-forms.xml:32:32: error: person heo-gai: the text gives the McCune–Reischauer form \"Ho Ka I\","
                + " but the register has no persName type=\"mr\"",
                "broken-name-forms.xml:36:32: error: person pimenov has no persName type=\"ko\" (the form the Korean"
                + " translation prints)"),
                check("broken-name-forms.xml"));
    }

    @Test
    void translatorNoteWithoutRespIsReported() {
        assertEquals(List.of(
                "broken-translator-note.xml:75:89: error: translator note \"수기로 덧붙여짐\" has no @resp: point it at the"
                + " translator's respStmt (such as resp=\"#resp-trans-ko\")"),
                check("broken-translator-note.xml"));
    }

    @Test
    void apparatusReadingAndItsSegMustPointAtEachOther() {
        assertEquals(List.of(
                "broken-apparatus.xml:48:28: error: the rdg of #wit-ko in app-01 is not anchored in the text: add @corresp"
                + " pointing at its divergence seg (only an empty reading, an omission, has none)",
                "broken-apparatus.xml:80:181: error: seg ko-d01: app-01 does not point back (no lem or rdg has"
                + " corresp=\"#ko-d01\")"),
                check("broken-apparatus.xml"));
    }

    @Test
    void everySchemaViolationIsReportedNotOnlyTheFirst() {
        List<String> found = check("broken-schema.xml");
        assertEquals(3, found.size(), found.toString());
        // Jing lists the alternatives of a datatype choice in no fixed order, so only the start is fixed.
        assertTrue(found.get(0).startsWith("broken-schema.xml:58:145: error: value of attribute \"when\" is invalid; must be"),
                found.get(0));
        assertEquals("broken-schema.xml:59:62: error: value of attribute \"place\" is invalid; must be equal to \"above\","
                + " \"below\", \"bottom\", \"inline\", \"left\", \"margin\", \"right\" or \"top\"", found.get(1));
        assertTrue(found.get(2).startsWith("broken-schema.xml:59:83: error: element \"sketch\" not allowed anywhere;"),
                found.get(2));
    }

    @Test
    void translatorNoteAttributedToTheOtherLanguageIsReported() throws IOException {
        String xml = Files.readString(fixture("valid-minimal.xml")).replace(
                "resp=\"#resp-trans-ko\">수기로", "resp=\"#resp-trans-en\">수기로");
        assertEquals(List.of(
                "draft.xml:75:111: error: translator note \"수기로 덧붙여짐\" in the Korean translation is attributed to"
                + " #resp-trans-en, the translator of another language"),
                gnu(validator.validate(xml, "draft.xml")));
    }

    @Test
    void nameThatPointsAtTheWrongKindOfRegisterEntryIsReported() throws IOException {
        String xml = Files.readString(fixture("valid-minimal.xml")).replace(
                "<persName ref=\"#pimenov\">피메노프</persName>", "<persName ref=\"#pyongyang\">피메노프</persName>");
        assertEquals(List.of(
                "draft.xml:76:81: error: persName \"피메노프\" points at #pyongyang (a place); it must point at a person in"
                + " the register"),
                gnu(validator.validate(xml, "draft.xml")));
    }

    @Test
    void counterpartsWithDifferentNumbersAreReported() throws IOException {
        String xml = Files.readString(fixture("valid-minimal.xml"))
                .replace("<div type=\"distribution\" xml:id=\"en-dist\"", "<div type=\"distribution\" n=\"1\" xml:id=\"en-dist\"")
                .replace("<div type=\"distribution\" xml:id=\"ko-dist\"", "<div type=\"distribution\" n=\"2\" xml:id=\"ko-dist\"");
        assertEquals(List.of(
                "draft.xml:61:80: error: div en-dist: its counterpart #ko-dist has n=\"2\", not n=\"1\"",
                "draft.xml:77:80: error: div ko-dist: its counterpart #en-dist has n=\"1\", not n=\"2\""),
                gnu(validator.validate(xml, "draft.xml")));
    }
}
