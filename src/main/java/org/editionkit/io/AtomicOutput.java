package org.editionkit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers only ever see the old version or the complete new one: the
 * bytes go to a temporary file beside the target ({@link TempFiles}), which is moved over the
 * target only after the writer has finished without error. A failed or killed write leaves at
 * most one of our {@code .edition-….part} files, never a truncated target.
 *
 * <p>This is the plain mechanism, for caches and other files that are the toolkit's own. Files
 * published into an output directory go through {@link OutputDirectory#write}, which also
 * refuses to replace files the toolkit did not write.
 */
public final class AtomicOutput {
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws Exception;
    }

    /** What {@link #into} does with the finished temporary file. */
    @FunctionalInterface
    interface Finish {
        void into(Path temp) throws Exception;
    }

    private AtomicOutput() {
    }

    public static void write(Path target, Writer writer) throws Exception {
        into(target, writer, temp -> moveOver(temp, target));
    }

    public static void write(Path target, byte[] bytes) throws Exception {
        write(target, out -> out.write(bytes));
    }

    /**
     * Writes {@code target} only if no file of that name exists, decided atomically at the end
     * (a hard link, which the file system refuses when the name is taken): of two runs racing to
     * the same new file, one wins and the other gets {@link FileAlreadyExistsException}.
     */
    public static void createNew(Path target, byte[] bytes) throws Exception {
        into(target, out -> out.write(bytes), temp -> {
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException e) {
                createNewInPlace(target, bytes);
            } catch (FileSystemException e) {
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                // A file system without hard links: exclusive creation still decides the race.
                createNewInPlace(target, bytes);
            }
        });
    }

    /**
     * Writes the bytes to a registered temporary file beside {@code target}, then hands it to
     * {@code finish}; the temporary file never outlives the call.
     */
    static void into(Path target, Writer writer, Finish finish) throws Exception {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = TempFiles.create(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(out);
            }
            finish.into(temp);
        } finally {
            Files.deleteIfExists(temp);
            TempFiles.done(temp);
        }
    }

    static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void createNewInPlace(Path target, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(bytes);
        }
    }
}
