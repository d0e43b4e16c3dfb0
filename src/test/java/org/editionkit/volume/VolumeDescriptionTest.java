package org.editionkit.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionkit.build.Discovery;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a volume description: documents in order with their parts, and every unsafe target refused, located. */
class VolumeDescriptionTest {
    static final Toolkit TK = new Toolkit();
    static final String DOC = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>x</p></body></text></TEI>";

    @TempDir
    Path project;
    Path tei;
    Path volume;

    @BeforeEach
    void files() throws Exception {
        tei = Files.createDirectories(project.resolve("tei"));
        Files.createDirectories(tei.resolve("volumes"));
        Files.writeString(tei.resolve("a.xml"), DOC);
        Files.writeString(tei.resolve("b.xml"), DOC);
        Files.writeString(project.getParent().resolve("outside-" + project.getFileName() + ".xml"), DOC);
        volume = tei.resolve("volumes/v.xml");
    }

    /** A description whose body is {@code body} (line 3 onwards). */
    void write(String body) throws Exception {
        Files.writeString(volume, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/>\n<text type=\"volume\"><body>\n"
                + body + "\n</body></text></TEI>\n");
    }

    /** The column the parser reports for a one-line ptr element: the end of its tag. */
    static int col(String target) {
        return ("<ptr type=\"document\" target=\"" + target + "\"/>").length() + 1;
    }

    List<String> errors() {
        ProblemException e = assertThrows(ProblemException.class, () -> VolumeDescription.read(TK, volume, new ArrayList<>()));
        return e.problems().stream().map(ProblemFormatter::gnu).map(s -> s.replace(volume.toString(), "V")).toList();
    }

    @Test
    void documentsInReadingOrderWithTheirParts() throws Exception {
        write("<div type=\"part\" xml:id=\"p1\"><head>Part I</head><ptr type=\"document\" target=\"../b.xml\"/></div>\n"
                + "<div type=\"part\"><head>Part II</head><ab><ptr type=\"document\" target=\"../a.xml\"/></ab></div>");
        VolumeDescription v = VolumeDescription.read(TK, volume, new ArrayList<>());
        assertEquals(project.toAbsolutePath().normalize(), v.projectDir());
        assertEquals(List.of(tei.resolve("b.xml").toAbsolutePath().normalize(), tei.resolve("a.xml").toAbsolutePath().normalize()),
                v.documents().stream().map(VolumeDescription.Document::path).toList());
        assertEquals(List.of(1, 2), v.documents().stream().map(VolumeDescription.Document::number).toList());
        assertEquals(new VolumeDescription.Part("p1", "Part I", 1), v.documents().get(0).part());
        assertEquals("Part II", v.documents().get(1).part().head());
    }

    @Test
    void unsafeTargetsAreRefusedWithTheirPlace() throws Exception {
        String outside = "../../../outside-" + project.getFileName() + ".xml";
        write("<ptr type=\"document\" target=\"https://example.org/a.xml\"/>\n"
                + "<ptr type=\"document\" target=\"" + outside + "\"/>\n"
                + "<ptr type=\"document\" target=\"/etc/a.xml\"/>\n"
                + "<ptr type=\"document\" target=\"../missing.xml\"/>\n"
                + "<ptr type=\"document\" target=\"../a.xml\"/>\n"
                + "<ptr type=\"document\" target=\"../volumes/../a.xml\"/>\n"
                + "<ptr type=\"document\" target=\"file:../a.xml\"/>");
        assertEquals(List.of(
                "V:3:" + col("https://example.org/a.xml") + ": error: document target \"https://example.org/a.xml\" has a URI scheme: documents are named by a relative path, nothing is fetched",
                "V:4:" + col(outside) + ": error: document target \"" + outside + "\" lies outside the project directory "
                        + project.toAbsolutePath().normalize(),
                "V:5:" + col("/etc/a.xml") + ": error: document target \"/etc/a.xml\" is not a relative path with forward slashes",
                "V:6:" + col("../missing.xml") + ": error: document target \"../missing.xml\": no such file",
                "V:8:" + col("../volumes/../a.xml") + ": error: document \"../volumes/../a.xml\" is already listed at line 7; a document appears once in a volume",
                "V:9:" + col("file:../a.xml") + ": error: document target \"file:../a.xml\" has a URI scheme: documents are named by a relative path, nothing is fetched"),
                errors());
    }

    @Test
    void aLinkLeadingOutOfTheProjectIsRefused() throws Exception {
        Files.createSymbolicLink(tei.resolve("link.xml"), project.getParent().resolve("outside-" + project.getFileName() + ".xml"));
        write("<ptr type=\"document\" target=\"../link.xml\"/>");
        assertEquals(List.of("V:3:" + col("../link.xml") + ": error: document target \"../link.xml\" is a symbolic link to a file outside the project directory "
                + project.toAbsolutePath().normalize()), errors());
    }

    @Test
    void aTextWithoutTheVolumeMarkIsNoVolume() throws Exception {
        Files.writeString(volume, DOC);
        assertEquals(List.of("V:1:60: error: not a volume description: <text> must carry type=\"volume\" (see README, Volume)"), errors());
    }

    @Test
    void buildLeavesVolumeDescriptionsOut() throws Exception {
        write("<ptr type=\"document\" target=\"../a.xml\"/>");
        Discovery.Found found = Discovery.find(List.of(tei), null);
        assertEquals(List.of("a.xml", "b.xml"), found.sources().stream().map(s -> s.path().getFileName().toString()).toList());
        assertEquals(List.of(), found.problems());
        Discovery.Found named = Discovery.find(List.of(volume), null);
        assertEquals(List.of(), named.sources());
        assertEquals(List.of(Problem.fileError(volume.toString(),
                "a volume description (text type=\"volume\"), not a document: typeset it with edition volume")), named.problems());
    }
}
