package org.editionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void staleTemporaryFilesFromAKilledRunAreSwept() throws Exception {
        Files.writeString(dir.resolve(".out.pdf123.part"), "partial");
        Files.writeString(dir.resolve("keep.pdf"), "ok");
        AtomicOutput.sweepStale(dir);
        assertEquals(1, filesIn(dir));
    }
}
