package org.editionkit.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers only ever see the old version or the complete new one: the
 * bytes go to a hidden temporary file beside the target, which is moved over the target only
 * after the writer has finished without error. A failed or killed write leaves at most a
 * {@code .*.part} file, never a truncated target.
 */
public final class AtomicOutput {
    public static final String TEMP_SUFFIX = ".part";

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private AtomicOutput() {
    }

    public static void write(Path target, Writer writer) throws Exception {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), TEMP_SUFFIX);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            try {
                // createTempFile makes the file private (0600); a published output must be readable like any other.
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the default permissions already apply.
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(Path target, byte[] bytes) throws Exception {
        write(target, out -> out.write(bytes));
    }

    /** Removes temporary files a killed earlier run may have left in {@code dir}. */
    public static void sweepStale(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(TEMP_SUFFIX) && Files.isRegularFile(p)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
