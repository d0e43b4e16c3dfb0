package org.editionkit.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.editionkit.build.ManifestEntry;
import org.editionkit.build.OutputNames;
import org.editionkit.build.OutputStore;
import org.editionkit.io.OutputDirectory;

/**
 * A document's outputs on a Hadoop file system. The steps write into a local scratch directory
 * of the task attempt; each finished output is then copied to a temporary name beside its final
 * one ({@code .edition-FILE.ATTEMPT.part}, hidden) and renamed over it, so readers only ever see
 * whole files. A retried or speculative attempt writes the same bytes under the same name; a
 * temporary file left by an attempt that died is swept by the driver ({@link HadoopFiles#sweep}).
 */
final class HadoopOutputStore implements OutputStore {
    private final FileSystem fs;
    private final Path outDir;
    private final java.nio.file.Path scratch;
    private final String attempt;
    private final Runnable beforeRename;
    private final OutputDirectory ledger;

    /**
     * {@code beforeRename} runs between writing a temporary file and renaming it (the tests' crash
     * point); {@code ledger}, when not null, is edition build's record of the (local) output
     * directory, told of every output at once, so that a run stopped half-way leaves no file the
     * next build would take for a foreign one.
     */
    HadoopOutputStore(FileSystem fs, Path outDir, java.nio.file.Path scratch, String attempt, Runnable beforeRename,
            OutputDirectory ledger) {
        this.ledger = ledger;
        this.fs = fs;
        this.outDir = outDir;
        this.scratch = scratch;
        this.attempt = attempt;
        this.beforeRename = beforeRename;
    }

    @Override
    public java.nio.file.Path target(String file) {
        return OutputNames.inside(scratch, file);
    }

    @Override
    public ManifestEntry.OutputFile publish(String kind, String file, java.nio.file.Path target) throws IOException {
        Path finalPath = new Path(outDir, file);
        Path temp = new Path(outDir, HadoopFiles.TEMP_PREFIX + file + "." + attempt + HadoopFiles.TEMP_SUFFIX);
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = Files.newInputStream(target); OutputStream out = fs.create(temp, true)) {
            size = copy(in, out, digest);
        }
        beforeRename.run();
        HadoopFiles.replace(fs, temp, finalPath);
        if (ledger != null) {
            ledger.adopt(file);
        }
        FileStatus written = fs.getFileStatus(finalPath);
        Files.deleteIfExists(target);
        return new ManifestEntry.OutputFile(kind, file, HexFormat.of().formatHex(digest.digest()), size,
                written.getModificationTime());
    }

    @Override
    public Stat stat(String file) throws IOException {
        try {
            FileStatus s = fs.getFileStatus(new Path(outDir, file));
            return s.isFile() ? new Stat(s.getLen(), s.getModificationTime()) : null;
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    @Override
    public String sha256(String file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = fs.open(new Path(outDir, file))) {
            copy(in, OutputStream.nullOutputStream(), digest);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long copy(InputStream in, OutputStream out, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; total += n) {
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return total;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
