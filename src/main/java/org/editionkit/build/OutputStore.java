package org.editionkit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Where a document's outputs live, as {@link DocumentBuild} sees them: where a step writes, how
 * a finished output is published, and what is already there (for the incremental check). The
 * local store is the output directory itself; a distributed build (edition-spark) writes into
 * scratch space and publishes to another file system, with the same build code in between.
 */
public interface OutputStore {
    /** Size and modification time (epoch milliseconds) of an existing output. */
    record Stat(long size, long modified) {
    }

    /** The local path the step producing {@code file} writes to. */
    Path target(String file) throws Exception;

    /**
     * Makes the written {@code target} the output {@code file} and describes it as recorded in
     * the manifest (the local store: nothing to move).
     */
    ManifestEntry.OutputFile publish(String kind, String file, Path target) throws IOException;

    /** The existing regular file {@code file}, or {@code null} when there is none. */
    Stat stat(String file) throws IOException;

    /** The SHA-256 of the existing output {@code file}. */
    String sha256(String file) throws IOException;

    /** The output directory of {@code edition build}. */
    static OutputStore local(Path outDir) {
        return new OutputStore() {
            @Override
            public Path target(String file) throws Exception {
                return OutputNames.inside(outDir, file);
            }

            @Override
            public ManifestEntry.OutputFile publish(String kind, String file, Path target) throws IOException {
                return new ManifestEntry.OutputFile(kind, file, Hashes.of(target), Files.size(target),
                        Files.getLastModifiedTime(target).toMillis());
            }

            @Override
            public Stat stat(String file) throws IOException {
                try {
                    BasicFileAttributes a = Files.readAttributes(outDir.resolve(file), BasicFileAttributes.class);
                    return a.isRegularFile() ? new Stat(a.size(), a.lastModifiedTime().toMillis()) : null;
                } catch (IOException e) {
                    return null; // as Files.isRegularFile, which this replaces
                }
            }

            @Override
            public String sha256(String file) throws IOException {
                return Hashes.of(outDir.resolve(file));
            }
        };
    }
}
