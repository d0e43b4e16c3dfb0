package org.editionkit.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register-conflict check of a volume: exact messages, located at the later document's
 * entry or name form and naming the earlier one's line and column. Columns are, as in every
 * located message of the toolkit (the SAX locator), the column just after the start tag.
 */
class RegisterConflictsTest {
    static RegisterConflicts check;
    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        check = new RegisterConflicts(new Toolkit());
    }

    /** A TEI file whose standOff holds {@code registers} (the text needs nothing for this check). */
    private Path doc(String name, String registers) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                <teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt></fileDesc></teiHeader>
                <standOff>
                %s
                </standOff>
                <text><body><p/></body></text>
                </TEI>
                """.formatted(name, registers));
        return p;
    }

    private List<String> messages(Path... docs) throws Exception {
        return check.check(List.of(docs)).stream().map(ProblemFormatter::gnu).toList();
    }

    @Test
    void theSampleVolumeAgrees() throws Exception {
        Toolkit toolkit = new Toolkit();
        List<Problem> problems = new RegisterConflicts(toolkit).check(SampleVolume.documents(toolkit));
        assertEquals(List.of(), problems.stream().map(ProblemFormatter::gnu).toList());
    }

    @Test
    void aDifferentBirthDateIsReportedWithBothLocations() throws Exception {
        Path a = doc("a.xml", """
                <listPerson><person xml:id="kim">
                <persName type="rr" xml:lang="ko-Latn">Kim Il Sung</persName>
                <birth when="1912-04-15"/></person></listPerson>""");
        Path b = doc("b.xml", """
                <listPerson><person xml:id="kim">
                <persName type="rr" xml:lang="ko-Latn">Kim Il Sung</persName>
                <birth when="1912-04-16"/></person></listPerson>""");
        assertEquals(List.of(b + ":6:27: error: register conflict: person #kim has birth \"1912-04-16\" here but \"1912-04-15\" in "
                + a + ":6:27"), messages(a, b));
    }

    @Test
    void anotherFormOfTheSameTypeAndLanguageIsAConflictAnExtraFormIsNot() throws Exception {
        Path a = doc("a.xml", """
                <listPerson><person xml:id="kim">
                <persName type="rr" xml:lang="ko-Latn">Kim Il Sung</persName>
                <persName type="ko" xml:lang="ko">김일성</persName></person></listPerson>""");
        Path b = doc("b.xml", """
                <listPerson><person xml:id="kim">
                <persName type="rr" xml:lang="ko-Latn">Kim Il-sung</persName>
                <persName type="mr" xml:lang="ko-Latn">Kim Il-sŏng</persName>
                <persName type="ko" xml:lang="ko">김일성</persName></person></listPerson>""");
        assertEquals(List.of(b + ":5:40: error: register conflict: person #kim has persName type=\"rr\" xml:lang=\"ko-Latn\""
                + " \"Kim Il-sung\" here but \"Kim Il Sung\" in " + a + ":5:40"), messages(a, b));
    }

    @Test
    void aDifferentKindOrTypeIsAConflict() throws Exception {
        Path a = doc("a.xml", """
                <listPlace><place xml:id="hamheung" type="city"><placeName>Hamheung</placeName></place>
                <place xml:id="kim"><placeName>Kim</placeName></place></listPlace>""");
        Path b = doc("b.xml", """
                <listPlace><place xml:id="hamheung" type="province"><placeName>Hamheung</placeName></place></listPlace>
                <listPerson><person xml:id="kim"><persName type="rr">Kim</persName></person></listPerson>""");
        assertEquals(List.of(
                b + ":4:53: error: register conflict: place #hamheung has type \"province\" here but \"city\" in " + a + ":4:49",
                b + ":5:34: error: register conflict: #kim is a person here but a place in " + a
                        + ":5:21 (the same xml:id is the same entity in every document of the volume)"),
                messages(a, b));
    }

    @Test
    void aLaterDocumentIsComparedWithTheFirstThatSaysSomething() throws Exception {
        Path a = doc("a.xml", "<listPerson><person xml:id=\"kim\"><persName type=\"rr\">Kim</persName></person></listPerson>");
        Path b = doc("b.xml", "<listPerson><person xml:id=\"kim\"><persName type=\"rr\">Kim</persName><death when=\"1994-07-08\"/></person></listPerson>");
        Path c = doc("c.xml", "<listPerson><person xml:id=\"kim\"><persName type=\"rr\">Kim</persName><death when=\"1994\"/></person></listPerson>");
        assertEquals(List.of(c + ":4:88: error: register conflict: person #kim has death \"1994\" here but \"1994-07-08\" in " + b + ":4:94"),
                messages(a, b, c));
    }
}
