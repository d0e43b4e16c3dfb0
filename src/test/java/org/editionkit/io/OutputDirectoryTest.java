package org.editionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing into an output directory: only files the toolkit wrote are ever replaced. */
class OutputDirectoryTest {
    @TempDir
    Path tmp;

    @AfterEach
    void reset() {
        OutputDirectory.resetAll();
    }

    private static String refusal(ProblemException e) {
        return ProblemFormatter.gnu(e.problems().get(0));
    }

    @Test
    void theFirstWriteIntoAnEmptyDirectoryAndRewritingOurOwnFileWork() throws Exception {
        Path out = tmp.resolve("dist");
        Path page = out.resolve("note.html");
        OutputDirectory.write(page, "first".getBytes());
        OutputDirectory.write(page, "second".getBytes());
        // Touched but unchanged (a copy, a checkout): the bytes decide.
        Files.setLastModifiedTime(page, FileTime.fromMillis(1_000_000_000_000L));
        OutputDirectory.write(page, "third".getBytes());
        assertEquals("third", Files.readString(page));
        assertTrue(Files.readString(out.resolve(OutputDirectory.LEDGER_FILE)).contains(" note.html\n"));
    }

    @Test
    void aFileTheToolkitDidNotWriteIsNeverReplaced() throws Exception {
        Path masters = Files.createDirectories(tmp.resolve("masters"));
        Path master = Files.writeString(masters.resolve("note.xml"), "<TEI>a 75 KB master</TEI>");
        ProblemException e = assertThrows(ProblemException.class, () -> OutputDirectory.write(master, "a copy".getBytes()));
        assertEquals(master + ": error: not written by edition; refusing to replace it (use --force)", refusal(e));
        assertEquals("<TEI>a 75 KB master</TEI>", Files.readString(master));
        assertEquals(List.of(".edition.lock", "note.xml"), list(masters), "no temporary file, nothing recorded");
    }

    @Test
    void aFileChangedAfterTheToolkitWroteItIsNotReplacedEither() throws Exception {
        Path page = tmp.resolve("site/index.html");
        OutputDirectory.write(page, "generated".getBytes());
        Files.writeString(page, "hand-edited by the user");
        ProblemException e = assertThrows(ProblemException.class, () -> OutputDirectory.write(page, "generated again".getBytes()));
        assertEquals(page + ": error: not written by edition (it changed after edition wrote it); refusing to replace it (use --force)",
                refusal(e));
        assertEquals("hand-edited by the user", Files.readString(page));
    }

    @Test
    void forceAllowsReplacingUntilTheCommandEnds() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path mine = Files.writeString(out.resolve("x.json"), "the user's");
        OutputDirectory.allowReplacing(tmp.resolve("out/../out"));
        OutputDirectory.write(mine, "ours".getBytes());
        assertEquals("ours", Files.readString(mine));
        Files.writeString(mine, "the user's again");
        OutputDirectory.resetAll();
        assertThrows(ProblemException.class, () -> OutputDirectory.write(mine, "ours".getBytes()));
    }

    @Test
    void theFirstWriteSweepsOnlyOurTemporaryFilesThatNoLiveWriterHolds() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(out.resolve(".edition-a.pdf.00112233445566ff.part"), "left by kill -9");
        Files.writeString(out.resolve(".notes.part"), "the user's");
        Files.createDirectories(out.resolve("sub"));
        Files.writeString(out.resolve("sub/.thesis.docx.part"), "the user's");
        OutputDirectory.write(out.resolve("a.pdf"), "pdf".getBytes());
        assertEquals(List.of(".edition-outputs", ".edition.lock", ".notes.part", "a.pdf", "sub"), list(out));
        assertTrue(Files.exists(out.resolve("sub/.thesis.docx.part")));
    }

    @Test
    void aSymbolicLinkInTheWayIsNotOursEither() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.txt"), "keep");
        Files.createSymbolicLink(out.resolve("a.html"), elsewhere);
        assertThrows(ProblemException.class, () -> OutputDirectory.write(out.resolve("a.html"), "x".getBytes()));
        assertEquals("keep", Files.readString(elsewhere));
        assertFalse(Files.exists(out.resolve(OutputDirectory.LEDGER_FILE)));
    }

    private static List<String> list(Path d) throws Exception {
        try (var s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
