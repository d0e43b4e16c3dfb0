package org.editionkit.build;

import static org.editionkit.build.TestBuilds.build;
import static org.editionkit.build.TestBuilds.fakeSteps;
import static org.editionkit.build.TestBuilds.files;
import static org.editionkit.build.TestBuilds.fixture;
import static org.editionkit.build.TestBuilds.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build as a whole, with fake renderers: incremental rules, parallelism, fail-fast, the manifest. */
class BuildPipelineTest {
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
    void corpus() throws Exception {
        in = tmp.resolve("tei");
        out = tmp.resolve("dist");
        Path letter = fixture("build/letter.xml", in);
        String text = Files.readString(letter);
        Files.writeString(in.resolve("second.xml"), text.replace("1957-05-02", "1956-01-01").replace("harvest", "winter"));
        Files.createDirectories(in.resolve("schema"));
        Files.writeString(in.resolve("schema/edition.xml"), "<grammar/>");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/third.xml"), text.replace("1957-05-02", "1958-12-31"));
    }

    @Test
    void directoriesAreSearchedRecursivelyLeavingOutSchemaFolders() throws Exception {
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertEquals(3, r.summary.built());
        assertEquals(List.of("index.html", "letter.html", "letter.xml", "manifest.json", "second.html", "second.xml",
                "third.html", "third.xml"), files(out));
        assertArrayEquals(Files.readAllBytes(in.resolve("sub/third.xml")), Files.readAllBytes(out.resolve("third.xml")));
    }

    @Test
    void anUnchangedDocumentIsSkippedTheSecondTime() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        Recorder second = build(toolkit, fakeSteps(), options(out, in));
        assertEquals(0, second.summary.built());
        assertEquals(3, second.summary.skipped());
        assertEquals(3, Manifest.read(out).size(), "skipped documents stay in the manifest");
    }

    @Test
    void aChangedDocumentIsRebuiltAndOnlyIt() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        Files.writeString(in.resolve("second.xml"), Files.readString(in.resolve("second.xml")).replace("winter", "spring"));
        Recorder second = build(toolkit, fakeSteps(), options(out, in));
        assertEquals(DocumentResult.Outcome.BUILT, second.result("second.xml").outcome());
        assertEquals(2, second.summary.skipped());
        assertTrue(Files.readString(out.resolve("second.html")).contains("spring"));
    }

    @Test
    void changedStylesheetsSchemaFontsOrOptionsRebuildEverything() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        Recorder r = new Recorder();
        BuildFingerprint newFonts = new BuildFingerprint("edition test", "r", "other fonts", "o");
        new BuildPipeline(toolkit, fakeSteps(), newFonts, options(out, in), r).run();
        assertEquals(3, r.summary.built());
    }

    @Test
    void aDeletedOutputIsRebuiltButOneAlteredByHandIsOnlyReplacedWithForce() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        Files.delete(out.resolve("letter.html"));
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertEquals(1, r.summary.built());
        assertEquals(DocumentResult.Outcome.SKIPPED, r.result("third.xml").outcome());
        assertTrue(Files.exists(out.resolve("letter.html")));

        Files.writeString(out.resolve("second.xml"), "tampered");
        ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> build(toolkit, fakeSteps(), options(out, in)));
        assertEquals(List.of(out.resolve("second.xml") + ": error: not written by edition (it changed after edition wrote it);"
                + " refusing to replace it (use --force)"), refused.problems().stream().map(org.editionkit.core.ProblemFormatter::gnu).toList());
        assertEquals("tampered", Files.readString(out.resolve("second.xml")));

        Recorder forced = build(toolkit, fakeSteps(), options(out, in).withForce(true));
        assertEquals(3, forced.summary.built());
        assertArrayEquals(Files.readAllBytes(in.resolve("second.xml")), Files.readAllBytes(out.resolve("second.xml")));
    }

    @Test
    void anOutputMerelyTouchedIsNotRebuiltAndOneAlteredToTheSameSizeIsNotOurs() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        Path touched = out.resolve("third.html");
        Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertEquals(DocumentResult.Outcome.SKIPPED, r.result("third.xml").outcome(), "same bytes: the checksum decides");
        assertEquals(DocumentResult.Outcome.SKIPPED, r.result("letter.xml").outcome(), "same size and time: not re-hashed");

        Path altered = out.resolve("second.html");
        byte[] bytes = Files.readAllBytes(altered);
        bytes[bytes.length / 2] ^= 1;
        Files.write(altered, bytes);
        Files.setLastModifiedTime(altered, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class, () -> build(toolkit, fakeSteps(), options(out, in)));
        assertArrayEquals(bytes, Files.readAllBytes(altered));
    }

    @Test
    void aSourceEditedToTheSameSizeIsRebuiltAndATouchedOneIsNot() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        Path edited = in.resolve("second.xml");
        Files.writeString(edited, Files.readString(edited).replace("winter", "summer"));
        Files.setLastModifiedTime(edited, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Path touched = in.resolve("letter.xml");
        Files.setLastModifiedTime(touched, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertEquals(DocumentResult.Outcome.BUILT, r.result("second.xml").outcome(), "new time: the checksum decides");
        assertTrue(Files.readString(out.resolve("second.html")).contains("summer"));
        assertEquals(DocumentResult.Outcome.SKIPPED, r.result("letter.xml").outcome(), "same bytes, new time");
        assertEquals(1_000_000_000_000L, Manifest.read(out).get("letter").inputModified(), "the new time is recorded");
    }

    @Test
    void aBuildThatChangesNothingLeavesIndexAndManifestAlone() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        var old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("manifest.json"), old);
        Files.setLastModifiedTime(out.resolve("index.html"), old);
        build(toolkit, fakeSteps(), options(out, in));
        assertEquals(old, Files.getLastModifiedTime(out.resolve("manifest.json")));
        assertEquals(old, Files.getLastModifiedTime(out.resolve("index.html")));
        Files.writeString(in.resolve("second.xml"), Files.readString(in.resolve("second.xml")).replace("winter", "spring"));
        build(toolkit, fakeSteps(), options(out, in));
        assertTrue(Files.getLastModifiedTime(out.resolve("manifest.json")).compareTo(old) > 0, "rewritten after a change");
    }

    @Test
    void forceRebuildsUnchangedDocuments() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        Recorder r = build(toolkit, fakeSteps(), options(out, in).withForce(true));
        assertEquals(3, r.summary.built());
    }

    @Test
    void anUnchangedDocumentWithErrorsIsNotRebuiltButStillCountsAsHavingErrors() throws Exception {
        List<DocumentStep> steps = new ArrayList<>(fakeSteps());
        steps.add(0, failing("letter", false));
        build(toolkit, steps, options(out, in));
        Recorder r = build(toolkit, steps, options(out, in));
        assertEquals(DocumentResult.Outcome.UNCHANGED_WITH_ERRORS, r.result("letter.xml").outcome());
        assertEquals(List.of(in.resolve("letter.xml") + ": error: unchanged since the last build, which reported 1 error"
                + " (--force rebuilds it and shows them again)"), r.lines("letter.xml"));
        assertEquals(2, r.summary.skipped());
        assertEquals(1, r.summary.invalid());
        assertEquals(ManifestEntry.Status.INVALID, Manifest.read(out).get("letter").status());
    }

    @Test
    void aFailedDocumentIsAlwaysBuiltAgain() throws Exception {
        List<DocumentStep> steps = List.of(failingHtml("letter"), Steps.teiCopy());
        build(toolkit, steps, options(out, in));
        Recorder r = build(toolkit, steps, options(out, in));
        assertEquals(DocumentResult.Outcome.FAILED, r.result("letter.xml").outcome());
        assertEquals(List.of(in.resolve("letter.xml") + ": error: renderer gave up"), r.lines("letter.xml"));
    }

    @Test
    void schemaErrorsAreReportedButTheDocumentIsStillRendered() throws Exception {
        List<DocumentStep> steps = new ArrayList<>(fakeSteps());
        steps.add(0, failing("letter", false));
        Recorder r = build(toolkit, steps, options(out, in));
        assertEquals(DocumentResult.Outcome.INVALID, r.result("letter.xml").outcome());
        assertEquals(List.of(in.resolve("letter.xml") + ":3:1: error: invented schema error"), r.lines("letter.xml"));
        assertTrue(Files.exists(out.resolve("letter.html")));
        assertEquals(ManifestEntry.Status.INVALID, Manifest.read(out).get("letter").status());
    }

    @Test
    void aRendererFailureKeepsThePreviousOutputAndTheOtherDocuments() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        byte[] before = Files.readAllBytes(out.resolve("letter.html"));
        Files.writeString(in.resolve("letter.xml"), Files.readString(in.resolve("letter.xml")).replace("harvest", "flood"));
        List<DocumentStep> steps = List.of(failingHtml("letter"), Steps.teiCopy());
        Recorder r = build(toolkit, steps, options(out, in).withForce(true));
        assertEquals(DocumentResult.Outcome.FAILED, r.result("letter.xml").outcome());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("letter.html")), "previous HTML intact");
        assertTrue(Files.readString(out.resolve("letter.xml")).contains("flood"), "the TEI copy is still updated");
        assertEquals(DocumentResult.Outcome.BUILT, r.result("second.xml").outcome());
        ManifestEntry entry = Manifest.read(out).get("letter");
        assertEquals(ManifestEntry.Status.FAILED, entry.status());
        assertEquals("letter.html", entry.output("html").file(), "the index still links the previous HTML");
    }

    @Test
    void failFastStopsStartingDocumentsAfterTheFirstFailure() throws Exception {
        for (int i = 0; i < 6; i++) {
            Files.writeString(in.resolve("z" + i + ".xml"), Files.readString(in.resolve("letter.xml")));
        }
        List<DocumentStep> steps = List.of(failing("letter", true), TestBuilds.fakeHtml());
        Recorder r = build(toolkit, steps, options(out, in).withJobs(1).withFailFast(true));
        assertEquals(1, r.summary.invalid() + r.summary.failed());
        assertEquals(8, r.summary.notAttempted(), "letter.xml sorts first; second, sub/third and z0..z5 are left");
        assertEquals(List.of(in.resolve("letter.xml").toString()), r.started);
    }

    @Test
    void documentsAreBuiltInParallelButNeverMoreThanJobsAtOnce() throws Exception {
        for (int i = 0; i < 8; i++) {
            Files.writeString(in.resolve("p" + i + ".xml"), Files.readString(in.resolve("letter.xml")));
        }
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DocumentStep slow = DocumentStep.of("slow", null, (doc, target) -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(150);
            running.decrementAndGet();
            return List.of();
        });
        Recorder r = build(toolkit, List.of(slow), options(out, in).withJobs(2));
        assertEquals(11, r.summary.built());
        assertEquals(2, most.get());
    }

    @Test
    void fewerDocumentsThanJobsRunTheirStepsConcurrentlyAndReportInStepOrder() throws Exception {
        // Each step waits for the other: built one after the other, neither would ever pass.
        java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
        DocumentStep first = DocumentStep.of("first", null, (doc, target) -> {
            both.await(10, java.util.concurrent.TimeUnit.SECONDS);
            Thread.sleep(100);
            return List.of(Problem.warning(doc.displayName(), 1, 1, "from the first step"));
        });
        DocumentStep second = DocumentStep.of("second", null, (doc, target) -> {
            both.await(10, java.util.concurrent.TimeUnit.SECONDS);
            return List.of(Problem.warning(doc.displayName(), 1, 1, "from the second step"));
        });
        Recorder r = build(toolkit, List.of(first, second), options(out, in.resolve("letter.xml")).withJobs(2));
        assertEquals(1, r.summary.built(), r.results.toString());
        assertEquals(List.of("from the first step", "from the second step"),
                r.result("letter.xml").problems().stream().map(Problem::message).toList());
    }

    @Test
    void aStalePartFileFromAKilledRunIsSweptOnStartAndNoOtherFileIs() throws Exception {
        Files.createDirectories(out.resolve("sub"));
        Path stale = Files.writeString(out.resolve(".edition-letter.html.0123456789abcdef.part"), "half a page");
        Path notes = Files.writeString(out.resolve(".notes.part"), "a user's notes");
        Path thesis = Files.writeString(out.resolve("sub/.thesis.docx.part"), "a user's thesis");
        build(toolkit, fakeSteps(), options(out, in));
        assertFalse(Files.exists(stale));
        assertEquals("a user's notes", Files.readString(notes));
        assertEquals("a user's thesis", Files.readString(thesis));
        assertEquals(List.of(".notes.part", "sub/.thesis.docx.part"), files(out).stream().filter(f -> f.endsWith(".part")).toList());
    }

    @Test
    void twoFilesWithTheSameOutputNameAreReportedNotOverwritten() throws Exception {
        Files.createDirectories(in.resolve("other"));
        Files.writeString(in.resolve("other/Letter.xml"), Files.readString(in.resolve("letter.xml")).replace("harvest", "other"));
        Recorder r = build(toolkit, fakeSteps(), options(out, in));
        assertEquals(List.of(in.resolve("other/Letter.xml") + ": error: its output name \"Letter\" is already taken by "
                + in.resolve("letter.xml") + "; rename one of the two files"),
                r.setup.stream().map(org.editionkit.core.ProblemFormatter::gnu).toList());
        assertFalse(Files.readString(out.resolve("letter.html")).contains("other"));
    }

    @Test
    void theOutputDirectoryIsNeverTakenForInputAndMastersAreNeverOverwritten() throws Exception {
        byte[] master = Files.readAllBytes(in.resolve("letter.xml"));
        Recorder r = build(toolkit, fakeSteps(), options(in, in));
        assertEquals(DocumentResult.Outcome.FAILED, r.result("/letter.xml").outcome());
        assertTrue(r.lines("/letter.xml").contains(in.resolve("letter.xml")
                + ": error: refusing to overwrite the source with its tei output; choose another output directory (-o)"));
        assertArrayEquals(master, Files.readAllBytes(in.resolve("letter.xml")));
        Recorder again = build(toolkit, fakeSteps(), options(out, tmp));
        assertEquals(3, again.summary.documents(), "tei/ found, the earlier output folder inside it is not an input: " + again.results.keySet());
    }

    @Test
    void theManifestRecordsSourcesTitlesDatesLanguagesAndChecksums() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        String json = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) JsonReader.parse(json);
        assertEquals("edition test", root.get("tool"));
        @SuppressWarnings("unchecked")
        Map<String, Object> buildInfo = (Map<String, Object>) root.get("build");
        assertEquals(TestBuilds.FINGERPRINT.hash(), buildInfo.get("hash"));
        assertEquals("r", buildInfo.get("stylesheets"));
        ManifestEntry letter = Manifest.read(out).get("letter");
        assertEquals(in.resolve("letter.xml").toString(), letter.source());
        assertEquals(List.of(new DocumentInfo.Title("en", "A short letter about the harvest"),
                new DocumentInfo.Title("ko", "추수에 관한 짧은 편지")), letter.info().titles());
        assertEquals("1957-05-02", letter.info().date());
        assertEquals(List.of("en", "ko"), letter.info().languages());
        assertEquals(ManifestEntry.Status.OK, letter.status());
        assertEquals(Hashes.of(in.resolve("letter.xml")), letter.inputSha256());
        ManifestEntry.OutputFile html = letter.output("html");
        assertEquals(Hashes.of(out.resolve("letter.html")), html.sha256());
        assertEquals(Files.size(out.resolve("letter.html")), html.size());
        assertEquals(List.of("html", "tei"), letter.outputs().stream().map(ManifestEntry.OutputFile::kind).toList());
    }

    @Test
    void buildingOneFileKeepsTheOtherDocumentsInTheManifest() throws Exception {
        build(toolkit, fakeSteps(), options(out, in));
        build(toolkit, fakeSteps(), options(out, in.resolve("second.xml")).withForce(true));
        assertEquals(3, Manifest.read(out).size());
    }

    /** A step that reports an error for the document called {@code name}: thrown (fatal) or returned (schema-like). */
    private static DocumentStep failing(String name, boolean fatal) {
        return DocumentStep.of("validate", null, (doc, target) -> {
            if (!doc.name().equals(name)) {
                return List.of();
            }
            Problem p = Problem.error(doc.displayName(), 3, 1, "invented schema error");
            if (fatal) {
                throw new ProblemException(p);
            }
            return List.of(p);
        });
    }

    private static DocumentStep failingHtml(String name) {
        DocumentStep html = TestBuilds.fakeHtml();
        return DocumentStep.of("html", ".html", (doc, target) -> {
            if (doc.name().equals(name)) {
                org.editionkit.io.AtomicOutput.write(target, o -> {
                    o.write("<html><body>half".getBytes(StandardCharsets.UTF_8));
                    throw new ProblemException(Problem.fileError(doc.displayName(), "renderer gave up"));
                });
            }
            return html.run(doc, target);
        });
    }
}
