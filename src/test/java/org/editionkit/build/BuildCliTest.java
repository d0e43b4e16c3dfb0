package org.editionkit.build;

import static org.editionkit.build.TestBuilds.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * {@code edition build} as a process: exit codes, messages without stack traces, and a build
 * killed half-way that leaves every output either the previous version or complete.
 */
class BuildCliTest {
    /** Enough documents that a build is still running when the first new output lands. */
    private static final int COPIES = 4;

    @TempDir
    Path work;

    @Test
    void hostileInputGivesLocatedErrorsExitCodeOneAndNoStackTrace() throws Exception {
        Path tei = work.resolve("tei");
        fixture("build/letter.xml", tei);
        for (String f : List.of("not-xml.xml", "truncated.xml", "xxe.xml", "billion-laughs.xml", "non-tei-root.xml")) {
            fixture("hostile/" + f, tei);
        }
        Files.writeString(tei.resolve("secret.txt"), "TOP-SECRET-4711");
        Cli.Run run = Cli.run(work, "build", "--jobs", "2");
        assertEquals(1, run.exit(), run::toString);
        assertTrue(run.err().contains("tei/not-xml.xml:1:1: error: Content is not allowed in prolog."), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("tei/xxe\\.xml:14:\\d+: error: external entity .*refused.*")), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("tei/non-tei-root.xml:3:62: error: not a TEI document")), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        assertTrue(run.out().contains("built   tei/letter.xml (letter.html letter.pdf letter.xml"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("build: 6 documents in [0-9.]+ s: 1 built, 0 skipped, 5 failed, \\d+ warnings?")),
                run.out());
        assertFalse(TestBuilds.anyFileContains(work.resolve("dist"), "TOP-SECRET-4711"));
        assertEquals(List.of("index.html", "letter.html", "letter.pdf", "letter.xml", "manifest.json"), TestBuilds.files(work.resolve("dist")));
    }

    @Test
    void setupErrorsExitWithTwo() throws Exception {
        Files.createDirectories(work.resolve("empty"));
        Cli.Run empty = Cli.run(work, "build", "empty", "-q");
        assertEquals(2, empty.exit());
        assertEquals("empty: error: no TEI documents (*.xml) in this directory\n", empty.err());
        assertEquals("", empty.out(), "--quiet prints only problems");
        assertFalse(Files.exists(work.resolve("dist")), "nothing to build: no output directory is created");

        Files.writeString(work.resolve("blocker"), "x");
        fixture("build/letter.xml", work.resolve("tei"));
        Cli.Run blocked = Cli.run(work, "build", "-o", "blocker/dist");
        assertEquals(2, blocked.exit());
        assertEquals("blocker/dist: error: cannot write the output directory: not a directory\n", blocked.err());

        Cli.Run usage = Cli.run(work, "build", "--page", "a0");
        assertEquals(2, usage.exit());
        assertTrue(usage.err().startsWith("edition: --page must be one of a4, letter, royal, not \"a0\""), usage.err());
    }

    @Test
    void aBuildKilledHalfWayLeavesOnlyCompleteFilesAndTheNextRunSweepsTheRest() throws Exception {
        Path tei = work.resolve("tei");
        String letter = Files.readString(fixture("build/letter.xml", tei));
        for (int i = 1; i <= COPIES; i++) {
            Files.writeString(tei.resolve("letter" + i + ".xml"), letter.replace("harvest", "harvest " + i));
        }
        Path dist = work.resolve("dist");
        Cli.Run first = Cli.run(work, "build", "-j", "1");
        assertEquals(0, first.exit(), first::toString);
        Map<String, byte[]> before = snapshot(dist);
        assertEquals((COPIES + 1) * 3 + 2 + 2, before.size(), "outputs, index, manifest, lock and ledger");

        for (int i = 1; i <= COPIES; i++) {
            Files.writeString(tei.resolve("letter" + i + ".xml"), letter.replace("harvest", "second harvest " + i));
        }
        Path out = Files.createTempFile(work, "out", ".txt");
        Process build = Cli.command(work, out, out, "build", "-j", "1", "--force").start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!changedSince(before, dist) && build.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(build.isAlive(), "the build finished before it could be killed; make the corpus bigger");
        build.destroyForcibly().waitFor();

        Map<String, byte[]> after = snapshot(dist);
        int changed = 0;
        for (Map.Entry<String, byte[]> f : after.entrySet()) {
            String name = f.getKey();
            if (name.endsWith(".part")) {
                continue; // a killed writer's temporary file; swept below
            }
            byte[] old = before.get(name);
            if (old != null && java.util.Arrays.equals(old, f.getValue())) {
                continue;
            }
            changed++;
            assertComplete(name, f.getValue(), tei);
        }
        assertTrue(changed > 0, "the killed build had written something new");
        assertEquals(before.keySet(), after.keySet().stream().filter(n -> !n.endsWith(".part")).collect(java.util.stream.Collectors.toSet()));

        Cli.Run next = Cli.run(work, "build", "-j", "2");
        assertEquals(0, next.exit(), next::toString);
        assertTrue(TestBuilds.files(dist).stream().noneMatch(n -> n.endsWith(".part")), TestBuilds.files(dist)::toString);
        for (int i = 1; i <= COPIES; i++) {
            assertArrayEquals(Files.readAllBytes(tei.resolve("letter" + i + ".xml")), Files.readAllBytes(dist.resolve("letter" + i + ".xml")));
            assertTrue(Files.readString(dist.resolve("letter" + i + ".html")).contains("second harvest " + i));
        }
    }

    @Test
    void anInterruptedBuildLeavesNoTemporaryFilesBehind() throws Exception {
        Path tei = work.resolve("tei");
        String letter = Files.readString(fixture("build/letter.xml", tei));
        for (int i = 1; i <= COPIES; i++) {
            Files.writeString(tei.resolve("letter" + i + ".xml"), letter.replace("harvest", "harvest " + i));
        }
        Path dist = work.resolve("dist");
        Files.createDirectories(dist.resolve("sub"));
        Files.writeString(dist.resolve(".notes.part"), "a user's notes");
        Files.writeString(dist.resolve("sub/.thesis.docx.part"), "a user's thesis");
        Path out = Files.createTempFile(work, "out", ".txt");
        Process build = Cli.command(work, out, out, "build", "-j", "1").start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!writing(dist) && build.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(build.isAlive() && writing(dist), "caught the build while it was writing an output");
        build.destroy(); // SIGTERM, as Ctrl-C or kill would send
        assertTrue(build.waitFor(1, TimeUnit.MINUTES));
        List<String> left = TestBuilds.files(dist);
        assertEquals(List.of(".notes.part", "sub/.thesis.docx.part"), left.stream().filter(n -> n.endsWith(".part")).toList(),
                "the build's own temporary files are gone, the user's files with similar names are not");
        assertFalse(left.contains("manifest.json"), "the manifest is written at the end (or at checkpoints)");
    }

    @Test
    void aMistypedOutputDirectoryReplacesNoMaster() throws Exception {
        Path masters = Files.createDirectories(work.resolve("masters"));
        Files.writeString(masters.resolve("letter.xml"), "<TEI>a different master</TEI>\n");
        fixture("build/letter.xml", work.resolve("other"));
        Cli.Run run = Cli.run(work, "build", "other/letter.xml", "-o", "masters");
        assertEquals(2, run.exit(), run::toString);
        assertEquals("masters/letter.xml: error: not written by edition; refusing to replace it (use --force)\n", run.err());
        assertEquals("<TEI>a different master</TEI>\n", Files.readString(masters.resolve("letter.xml")));
        assertEquals(List.of("letter.xml"), TestBuilds.files(masters));
    }

    @Test
    void twoBuildsIntoOneDirectoryAtOnceBothSucceed() throws Exception {
        Path tei = work.resolve("tei");
        String letter = Files.readString(fixture("build/letter.xml", tei));
        for (int i = 1; i <= COPIES; i++) {
            Files.writeString(tei.resolve("letter" + i + ".xml"), letter.replace("harvest", "harvest " + i));
        }
        Path dist = work.resolve("dist");
        Path out1 = Files.createTempFile(work, "out1", ".txt");
        Path out2 = Files.createTempFile(work, "out2", ".txt");
        Process first = Cli.command(work, out1, out1, "build", "-j", "1").start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!writing(dist) && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Process second = Cli.command(work, out2, out2, "build", "-j", "1", "--force").start();
        assertTrue(first.waitFor(5, TimeUnit.MINUTES) && second.waitFor(5, TimeUnit.MINUTES));
        String log1 = Files.readString(out1);
        String log2 = Files.readString(out2);
        assertEquals(0, first.exitValue(), log1);
        assertEquals(0, second.exitValue(), log2);
        assertFalse((log1 + log2).contains("error:"), "e.g. PDF rendering failed: …/.letter2.pdf….part: " + log1 + log2);
        assertTrue(log1.contains("5 built, 0 skipped, 0 failed") && log2.contains("5 built, 0 skipped, 0 failed"), log1 + log2);
        assertTrue(TestBuilds.files(dist).stream().noneMatch(n -> n.endsWith(".part")), TestBuilds.files(dist)::toString);
    }

    @Test
    void aSecondBuildWaitsForTheFirstAndLeavesItsTemporaryFilesAlone() throws Exception {
        fixture("build/letter.xml", work.resolve("tei"));
        Path dist = Files.createDirectories(work.resolve("dist"));
        // This test plays the first build: it holds the directory and is writing a temporary file.
        Path live = Files.writeString(dist.resolve(".edition-letter.pdf.0123456789abcdef.part"), "half of a PDF");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process second;
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(dist.resolve(".edition.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = lock.lock()) {
            second = Cli.command(work, err, err, "build", "-q").start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!Files.readString(err).contains("waiting") && second.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals("edition: waiting for another edition process writing dist to finish\n",
                    Files.readString(err).replaceAll("(?m)^SLF4J: .*\\R", ""));
            Thread.sleep(500);
            assertTrue(Files.exists(live), "the live build's temporary file is left alone");
            assertFalse(Files.exists(dist.resolve("letter.html")), "nothing written while the other build runs");
        }
        assertTrue(second.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, second.exitValue(), Files.readString(err));
        assertFalse(Files.exists(live), "once the first build is gone, its leftover is swept");
        assertTrue(Files.isRegularFile(dist.resolve("letter.pdf")));
    }

    @Test
    void pdfKilledWithSigtermLeavesNoTemporaryFileAndTheNextPdfRunSweepsAStaleOne() throws Exception {
        fixture("build/letter.xml", work.resolve("tei"));
        Path dist = Files.createDirectories(work.resolve("dist"));
        Files.writeString(dist.resolve(".notes.part"), "a user's notes");
        Path out = Files.createTempFile(work, "out", ".txt");
        Process pdf = Cli.command(work, out, out, "pdf", "tei/letter.xml", "-o", "dist").start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (!writing(dist) && pdf.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(pdf.isAlive() && writing(dist), "caught pdf while it was writing");
        pdf.destroy();
        assertTrue(pdf.waitFor(1, TimeUnit.MINUTES));
        assertEquals(List.of(".notes.part"), TestBuilds.files(dist).stream().filter(n -> n.endsWith(".part")).toList());

        Path stale = Files.writeString(dist.resolve(".edition-letter.pdf.00aa11bb22cc33dd.part"), "left by kill -9");
        Cli.Run next = Cli.run(work, "pdf", "tei/letter.xml", "-o", "dist");
        assertEquals(0, next.exit(), next::toString);
        assertFalse(Files.exists(stale));
        assertEquals(List.of(".notes.part", "letter.pdf"), TestBuilds.files(dist));
    }

    private static void assertComplete(String name, byte[] bytes, Path tei) throws Exception {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (name.endsWith(".pdf")) {
            assertTrue(text.stripTrailing().endsWith("%%EOF") && text.startsWith("%PDF-"), name + " is a complete PDF");
        } else if (name.endsWith(".html")) {
            assertTrue(text.stripTrailing().endsWith("</html>"), name + " is complete HTML");
            new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET).parse(new InputSource(new StringReader(new String(bytes, StandardCharsets.UTF_8))));
        } else if (name.endsWith(".xml")) {
            assertArrayEquals(Files.readAllBytes(tei.resolve(name)), bytes, name + " is the new TEI");
        } else if (name.equals(".edition-outputs")) {
            assertTrue(new String(bytes, StandardCharsets.UTF_8).lines().skip(1)
                    .allMatch(l -> l.matches("[0-9a-f]{64} \\d+ \\d+ [A-Za-z0-9._-]+")), name + " has whole records");
        } else if (name.equals("manifest.json")) {
            JsonReader.parse(new String(bytes, StandardCharsets.UTF_8));
        } else {
            throw new AssertionError("unexpected file " + name);
        }
    }

    /** A temporary file of AtomicOutput is there: some output is being written right now. */
    private static boolean writing(Path dist) {
        try (Stream<Path> files = Files.list(dist)) {
            return files.map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith(".edition-") && n.endsWith(".part"));
        } catch (Exception e) {
            return false; // not created yet, or changing under our feet
        }
    }

    private static boolean changedSince(Map<String, byte[]> before, Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".part") && before.containsKey(name) && Files.isRegularFile(p)
                        && !java.util.Arrays.equals(before.get(name), Files.readAllBytes(p))) {
                    return true;
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // a file moved while we looked
        }
        return false;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
