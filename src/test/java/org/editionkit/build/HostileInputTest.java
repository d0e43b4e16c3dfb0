package org.editionkit.build;

import static org.editionkit.build.TestBuilds.build;
import static org.editionkit.build.TestBuilds.fakeSteps;
import static org.editionkit.build.TestBuilds.files;
import static org.editionkit.build.TestBuilds.fixture;
import static org.editionkit.build.TestBuilds.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.xml.SecureXml;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile input: each case is one document with a located error (or, where the input
 * is legal, a clean build), while a good document next to it is built as usual.
 */
class HostileInputTest {
    static Toolkit toolkit;

    @TempDir
    Path tmp;
    Path in;
    Path out;

    @BeforeAll
    static void toolkit() {
        toolkit = new Toolkit();
    }

    @BeforeEach
    void corpus() throws IOException {
        in = tmp.resolve("in");
        out = tmp.resolve("out");
        fixture("build/letter.xml", in);
    }

    private Recorder buildWith(String hostile) throws Exception {
        fixture("hostile/" + hostile, in);
        return build(toolkit, fakeSteps(), options(out, in));
    }

    /** The good neighbour was built and the bad document failed, producing nothing. */
    private void assertOnlyGoodDocumentBuilt(Recorder r, String bad) throws IOException {
        assertEquals(DocumentResult.Outcome.BUILT, r.result("letter.xml").outcome());
        assertEquals(DocumentResult.Outcome.FAILED, r.result(bad).outcome());
        String name = OutputNames.sanitise(Path.of(bad));
        List<String> written = files(out);
        assertTrue(written.stream().noneMatch(f -> f.startsWith(name + ".")), () -> "outputs of " + bad + ": " + written);
        assertTrue(written.containsAll(List.of("letter.html", "letter.xml", "index.html", "manifest.json")), written::toString);
        assertEquals(1, r.summary.failed());
    }

    @Test
    void textThatIsNotXmlIsReportedAtLineOneAndProducesNothing() throws Exception {
        Recorder r = buildWith("not-xml.xml");
        assertOnlyGoodDocumentBuilt(r, "not-xml.xml");
        assertEquals(List.of(in.resolve("not-xml.xml") + ":1:1: error: Content is not allowed in prolog."), r.lines("not-xml.xml"));
    }

    @Test
    void aTruncatedFileIsReportedWhereItEnds() throws Exception {
        Recorder r = buildWith("truncated.xml");
        assertOnlyGoodDocumentBuilt(r, "truncated.xml");
        List<String> lines = r.lines("truncated.xml");
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches(".*truncated\\.xml:1[0-9]:\\d+: error: .*"), lines::toString);
    }

    @Test
    void bytesThatContradictTheDeclaredEncodingAreALocatedError() throws Exception {
        Recorder r = buildWith("wrong-encoding.xml");
        assertOnlyGoodDocumentBuilt(r, "wrong-encoding.xml");
        List<String> lines = r.lines("wrong-encoding.xml");
        assertTrue(lines.get(0).matches(".*wrong-encoding\\.xml:3:\\d+: error: .*UTF-8.*"), lines::toString);
    }

    @Test
    void anUnknownEncodingNameIsALocatedError() throws Exception {
        Files.writeString(in.resolve("klingon.xml"), "<?xml version=\"1.0\" encoding=\"x-klingon\"?>\n<TEI/>\n");
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertOnlyGoodDocumentBuilt(r, "klingon.xml");
        assertEquals(List.of(in.resolve("klingon.xml") + ":1:1: error: unsupported encoding \"x-klingon\" in the XML declaration"),
                r.lines("klingon.xml"));
    }

    @Test
    void aByteOrderMarkIsLegalAndTheDocumentIsBuiltWithItsBytesKept() throws Exception {
        Recorder r = buildWith("bom.xml");
        assertEquals(DocumentResult.Outcome.BUILT, r.result("bom.xml").outcome(), r.lines("bom.xml")::toString);
        assertEquals(List.of(), r.lines("bom.xml"));
        assertEquals(-17, Files.readAllBytes(out.resolve("bom.xml"))[0], "the TEI copy keeps the BOM (byte copy)");
        assertTrue(Files.readString(out.resolve("bom.html")).contains("올해 추수는 좋았다."));
    }

    @Test
    void aRootOtherThanTeiIsReportedAtTheRootElement() throws Exception {
        Recorder r = buildWith("non-tei-root.xml");
        assertOnlyGoodDocumentBuilt(r, "non-tei-root.xml");
        assertEquals(List.of(in.resolve("non-tei-root.xml") + ":3:62: error: not a TEI document: the root element is <article>"
                + " in namespace http://docbook.org/ns/docbook; expected <TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"),
                r.lines("non-tei-root.xml"));
    }

    @Test
    void teiWithoutTextIsReportedAsNothingToPublish() throws Exception {
        Recorder r = buildWith("no-text.xml");
        assertOnlyGoodDocumentBuilt(r, "no-text.xml");
        assertEquals(List.of(in.resolve("no-text.xml") + ":3:42: error: the TEI document has no text outside its"
                + " <teiHeader>: nothing to publish"), r.lines("no-text.xml"));
    }

    @Test
    void aFiftyMegabyteDocumentIsRefusedBeforeItIsParsed() throws Exception {
        Path big = in.resolve("big.xml");
        byte[] para = "<p>All work and no play makes Jack a dull boy. All work and no play makes Jack a dull boy.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(big), 1 << 16)) {
            o.write("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body>\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L << 20; written += para.length) {
                o.write(para);
            }
            o.write("</body></text></TEI>\n".getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "refused quickly");
        assertOnlyGoodDocumentBuilt(r, "big.xml");
        assertEquals(List.of(big + ": error: file is 50.0 MB, over the 32.0 MB limit for one document (raise it with --max-size)"),
                r.lines("big.xml"));
    }

    @Test
    void nestingDeeperThanTheLimitIsALocatedErrorNotAStackOverflow() throws Exception {
        int depth = SecureXml.MAX_ELEMENT_DEPTH * 5;
        StringBuilder sb = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body>\n");
        sb.append("<hi>".repeat(depth)).append("deep").append("</hi>".repeat(depth)).append("</body></text></TEI>\n");
        Files.writeString(in.resolve("deep.xml"), sb);
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertOnlyGoodDocumentBuilt(r, "deep.xml");
        List<String> lines = r.lines("deep.xml");
        assertTrue(lines.get(0).matches(".*deep\\.xml:2:\\d+: error: nested " + (SecureXml.MAX_ELEMENT_DEPTH + 1) + " deep; the limit is "
                + SecureXml.MAX_ELEMENT_DEPTH),
                lines::toString);
    }

    @Test
    void anExternalDtdThatDoesNotExistIsNeverFetchedAndOnlyWarnedAbout() throws Exception {
        Recorder r = buildWith("external-dtd.xml");
        DocumentResult result = r.result("external-dtd.xml");
        assertEquals(DocumentResult.Outcome.BUILT, result.outcome());
        assertEquals(List.of(in.resolve("external-dtd.xml") + ":2:73: warning: external DTD"
                + " \"http://example.invalid/dtd/does-not-exist/tei.dtd\" not loaded: the toolkit never fetches DTDs;"
                + " entities it declares are unavailable"), r.lines("external-dtd.xml"));
        assertTrue(Files.readString(out.resolve("external-dtd.html")).contains("the text is still published"));
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesNeverReachesAnyOutput() throws Exception {
        Files.writeString(in.resolve("secret.txt"), "TOP-SECRET-4711");
        Recorder r = buildWith("xxe.xml");
        assertOnlyGoodDocumentBuilt(r, "xxe.xml");
        List<String> lines = r.lines("xxe.xml");
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches(".*xxe\\.xml:14:\\d+: error: external entity \".*secret\\.txt\" refused: .*"), lines::toString);
        assertFalse(TestBuilds.anyFileContains(out, "TOP-SECRET-4711"));
    }

    @Test
    void anExternalParameterEntityIsRefusedToo() throws Exception {
        Files.writeString(in.resolve("secret.txt"), "<!ENTITY leak \"TOP-SECRET-4711\">");
        Recorder r = buildWith("xxe-parameter.xml");
        assertFalse(TestBuilds.anyFileContains(out, "TOP-SECRET-4711"));
        assertOnlyGoodDocumentBuilt(r, "xxe-parameter.xml");
        assertTrue(r.lines("xxe-parameter.xml").get(0).matches(".*xxe-parameter\\.xml:\\d+:\\d+: error: external entity .*refused.*"),
                r.lines("xxe-parameter.xml")::toString);
    }

    @Test
    void billionLaughsStopsAtTheExpansionLimitQuickly() throws Exception {
        long start = System.nanoTime();
        Recorder r = buildWith("billion-laughs.xml");
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "bounded time");
        assertOnlyGoodDocumentBuilt(r, "billion-laughs.xml");
        List<String> lines = r.lines("billion-laughs.xml");
        assertTrue(lines.get(0).matches(".*billion-laughs\\.xml:\\d+:\\d+: error: .*entit.*"), lines::toString);
    }

    @Test
    void anXIncludeIsNeverFollowedAndIsReportedWhereItIs() throws Exception {
        Files.writeString(tmp.resolve("outside.xml"), "OUTSIDE-THE-CORPUS-0815");
        Recorder r = buildWith("xinclude.xml");
        DocumentResult result = r.result("xinclude.xml");
        assertEquals(DocumentResult.Outcome.INVALID, result.outcome(), "reported, but the rest of the text is still published");
        assertEquals(List.of(in.resolve("xinclude.xml") + ":13:53: error: xi:include of \"../outside.xml\" not processed:"
                + " the toolkit never reads other files, so that content is missing from the outputs; put it in the document"),
                r.lines("xinclude.xml"));
        assertTrue(Files.readString(out.resolve("xinclude.html")).contains("After the include."));
        assertFalse(TestBuilds.anyFileContains(out, "OUTSIDE-THE-CORPUS-0815"));
    }

    @Test
    void identifiersThatLookLikePathsDoNotInfluenceOutputPaths() throws Exception {
        Recorder r = buildWith("xmlid-paths.xml");
        assertEquals(DocumentResult.Outcome.BUILT, r.result("xmlid-paths.xml").outcome());
        assertEquals(List.of("index.html", "letter.html", "letter.xml", "manifest.json", "xmlid-paths.html", "xmlid-paths.xml"),
                files(out));
        assertEquals(List.of("in", "out"), Files.list(tmp).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void aFileNameWithSpacesAndNonAsciiLettersGetsAPlainOutputName() throws Exception {
        Recorder r = buildWith("Brief an Größe – Entwurf (1957).xml");
        assertEquals(DocumentResult.Outcome.BUILT, r.result("Entwurf (1957).xml").outcome());
        assertTrue(Files.isRegularFile(out.resolve("Brief_an_Grosse_Entwurf_1957.html")), files(out)::toString);
        assertTrue(Files.isRegularFile(out.resolve("Brief_an_Grosse_Entwurf_1957.xml")));
    }

    @Test
    void anEmptyDirectoryIsReportedAndTheOtherInputsAreStillBuilt() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Recorder r = build(toolkit, fakeSteps(), options(out, empty, in));
        assertEquals(List.of(empty + ": error: no TEI documents (*.xml) in this directory"),
                r.setup.stream().map(ProblemFormatter::gnu).toList());
        assertEquals(1, r.summary.setupErrors());
        assertEquals(DocumentResult.Outcome.BUILT, r.result("letter.xml").outcome());
    }

    @Test
    void aMissingInputIsReportedAndTheOtherInputsAreStillBuilt() throws Exception {
        Path missing = tmp.resolve("nowhere.xml");
        Recorder r = build(toolkit, fakeSteps(), options(out, missing, in));
        assertEquals(List.of(missing + ": error: no such file or directory"), r.setup.stream().map(ProblemFormatter::gnu).toList());
        assertEquals(DocumentResult.Outcome.BUILT, r.result("letter.xml").outcome());
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithoutStoppingTheOthers() throws Exception {
        // chmod 000 does not stop root (CI runs as root): a link to nowhere is unreadable for everyone.
        Files.createSymbolicLink(in.resolve("dangling.xml"), tmp.resolve("gone.xml"));
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertOnlyGoodDocumentBuilt(r, "dangling.xml");
        assertEquals(List.of(in.resolve("dangling.xml") + ": error: cannot read: no such file (a broken link?)"), r.lines("dangling.xml"));
    }

    @Test
    void aFileWithoutReadPermissionIsReportedWithoutStoppingTheOthers() throws Exception {
        Path locked = fixture("hostile/bom.xml", in.resolve("sub"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading; covered by the broken-link test");
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertOnlyGoodDocumentBuilt(r, "bom.xml");
        assertEquals(List.of(locked + ": error: cannot read: permission denied"), r.lines("bom.xml"));
    }

    @Test
    void anOutputDirectoryThatCannotBeCreatedStopsTheBuildWithOneError() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file where a directory should be");
        Path unwritable = blocker.resolve("dist");
        ProblemException e = assertThrows(ProblemException.class, () -> build(toolkit, fakeSteps(), options(unwritable, in)));
        assertEquals(unwritable + ": error: cannot write the output directory: not a directory", ProblemFormatter.gnu(e.problems().get(0)));
        assertEquals("a file where a directory should be", Files.readString(blocker));
    }

    @Test
    void anOutputDirectoryWithoutWritePermissionStopsTheBuildWithOneError() throws Exception {
        Path readOnly = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        Assumptions.assumeFalse(Files.isWritable(readOnly), "running as root: chmod 555 does not stop writing; covered by the file-in-the-way test");
        ProblemException e = assertThrows(ProblemException.class, () -> build(toolkit, fakeSteps(), options(readOnly, in)));
        assertEquals(readOnly + ": error: cannot write the output directory: permission denied", ProblemFormatter.gnu(e.problems().get(0)));
    }
}
