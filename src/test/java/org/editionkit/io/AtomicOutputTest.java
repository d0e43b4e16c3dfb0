package org.editionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    private long filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }

    @Test
    void aFailingWriterLeavesThePreviousVersionAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.html");
        Files.writeString(target, "previous");
        assertThrows(IllegalStateException.class, () -> AtomicOutput.write(target, out -> {
            out.write("half of the new".getBytes());
            throw new IllegalStateException("renderer failed");
        }));
        assertEquals("previous", Files.readString(target));
        assertEquals(1, filesIn(dir));
    }

    @Test
    void aCompleteWriteReplacesTheTarget() throws Exception {
        Path target = dir.resolve("sub/out.pdf");
        AtomicOutput.write(target, "new".getBytes());
        assertEquals("new", Files.readString(target));
        assertEquals(1, filesIn(target.getParent()));
    }

    @Test
    void theSweepRemovesOnlyOurOwnTemporaryFilesAndOnlyInTheDirectoryItself() throws Exception {
        Files.writeString(dir.resolve(".edition-out.pdf.0123456789abcdef.part"), "a killed run's partial PDF");
        Files.writeString(dir.resolve(".notes.part"), "a user's notes");
        Files.writeString(dir.resolve(".out.pdf123.part"), "not named the way the toolkit names its files");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/.thesis.docx.part"), "a user's thesis");
        Files.writeString(dir.resolve("sub/.edition-x.html.0123456789abcdef.part"), "the toolkit never writes into subdirectories");
        Files.writeString(dir.resolve("keep.pdf"), "ok");
        assertEquals(1, TempFiles.sweepStale(dir));
        assertEquals(List.of(".notes.part", ".out.pdf123.part", "keep.pdf", "sub", "sub/.edition-x.html.0123456789abcdef.part",
                "sub/.thesis.docx.part"), tree(dir));
    }

    @Test
    void aTemporaryFileThisProcessIsWritingIsNeverSwept() throws Exception {
        Path target = dir.resolve("out.html");
        AtomicOutput.write(target, out -> {
            out.write("first half, ".getBytes());
            assertEquals(0, TempFiles.sweepStale(dir), "the file being written is live");
            out.write("second half".getBytes());
        });
        assertEquals("first half, second half", Files.readString(target));
    }

    @Test
    void temporaryNamesAreUnmistakablyOurs() throws Exception {
        Path temp = TempFiles.create(dir.resolve("Brief_1957.pdf"));
        try {
            assertTrue(temp.getFileName().toString().matches("\\.edition-Brief_1957\\.pdf\\.[0-9a-f]{16}\\.part"), temp::toString);
            assertTrue(TempFiles.isOurs(temp.getFileName().toString()));
            assertFalse(TempFiles.isOurs(".notes.part"));
            assertFalse(TempFiles.isOurs(".Brief_1957.pdf8412093.part"));
        } finally {
            Files.delete(temp);
            TempFiles.done(temp);
        }
    }

    @Test
    void ofManyRunsCreatingTheSameNewFileExactlyOneWinsAndNoneIsLostSilently() throws Exception {
        Path target = dir.resolve("draft.xml");
        int runs = 8;
        CyclicBarrier start = new CyclicBarrier(runs);
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                String draft = "draft " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        AtomicOutput.createNew(target, draft.getBytes());
                        return draft;
                    } catch (FileAlreadyExistsException e) {
                        return null;
                    }
                }));
            }
            List<String> winners = new ArrayList<>();
            for (Future<String> f : outcomes) {
                if (f.get() != null) {
                    winners.add(f.get());
                }
            }
            assertEquals(1, winners.size(), winners::toString);
            assertEquals(winners.get(0), Files.readString(target));
            assertEquals(1, filesIn(dir), "no temporary file left");
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> tree(Path d) throws IOException {
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(p -> !p.equals(d)).map(p -> d.relativize(p).toString()).sorted().toList();
        }
    }
}
