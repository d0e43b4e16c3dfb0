package org.editionkit.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;

/**
 * A directory the toolkit publishes into ({@code -o DIR} of build, html, pdf and export), and the
 * rules for writing there:
 * <ul>
 * <li>A file is replaced only if the toolkit wrote it: its name is in the directory's
 * {@link OutputLedger} ({@code .edition-outputs}) with its current bytes. Anything else — a
 * master, a user's own index.html, a file edited since — is refused with a located error,
 * unless replacing is allowed ({@code --force}).</li>
 * <li>One process at a time writes into the directory: writers take an exclusive lock on
 * {@code DIR/.edition.lock} (released by the system when the process dies, even by kill -9). A
 * build holds it for its whole run; html, pdf and export for each file. Another process waits,
 * saying so. While holding it the first time, a process removes the temporary files that killed
 * runs left there — they cannot belong to a live writer.</li>
 * </ul>
 */
public final class OutputDirectory {
    public static final String LOCK_FILE = ".edition.lock";
    public static final String LEDGER_FILE = OutputLedger.FILE;

    private static final Map<Path, OutputDirectory> DIRECTORIES = new ConcurrentHashMap<>();
    private static final java.util.Set<Path> FORCED = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final OutputLedger ledger;
    private int holds;
    private int forced;
    private boolean swept;
    private FileChannel lockChannel;
    private FileLock lock;

    private OutputDirectory(Path dir) {
        this.dir = dir;
        this.ledger = new OutputLedger(dir);
    }

    /** The directory's rules (the directory is created if missing). */
    public static OutputDirectory of(Path dir) throws IOException {
        Files.createDirectories(dir);
        return DIRECTORIES.computeIfAbsent(dir.toRealPath(), OutputDirectory::new);
    }

    /** The directory's path (its real path: symbolic links resolved). */
    public Path path() {
        return dir;
    }

    /** The held directory; closing it lets other processes write there again. */
    public final class Hold implements AutoCloseable {
        private final boolean force;
        private boolean closed;

        private Hold(boolean force) {
            this.force = force;
        }

        @Override
        public void close() {
            synchronized (OutputDirectory.this) {
                if (!closed) {
                    closed = true;
                    if (force) {
                        forced--;
                    }
                    release();
                }
            }
        }
    }

    /**
     * Holds the directory until the returned hold is closed, waiting (after telling
     * {@code notice}) while another process writes there. With {@code replaceForeign}, files the
     * toolkit did not write may be replaced while the hold is open.
     */
    public Hold hold(boolean replaceForeign, Consumer<String> notice) throws IOException {
        acquire(notice);
        synchronized (this) {
            if (replaceForeign) {
                forced++;
            }
            try {
                // Each run sweeps (a long-lived process may meet leftovers of runs killed since its first write).
                TempFiles.sweepStale(dir);
            } catch (IOException e) {
                // Leftovers only take space; the next run sweeps again.
            }
        }
        return new Hold(replaceForeign);
    }

    /**
     * Lets writes into {@code dir} replace files the toolkit did not write, until
     * {@link #resetAll} (the end of the command): what {@code --force} of html, pdf and export does.
     */
    public static void allowReplacing(Path dir) {
        FORCED.add(dir.toAbsolutePath().normalize());
    }

    /** Forgets every {@link #allowReplacing}; called when a command ends. */
    public static void resetAll() {
        FORCED.clear();
    }

    /**
     * Publishes {@code target} atomically ({@link AtomicOutput}) and records it as the toolkit's,
     * after checking that whatever file of that name is there may be replaced.
     */
    public static void write(Path target, AtomicOutput.Writer writer) throws Exception {
        OutputDirectory d = of(target.toAbsolutePath().getParent());
        String name = target.getFileName().toString();
        d.acquire(System.err::println);
        try {
            Problem refusal = d.refusal(name, shown(target));
            if (refusal != null) {
                throw new ProblemException(refusal);
            }
            Path file = d.dir.resolve(name);
            AtomicOutput.into(file, writer, temp -> {
                OutputLedger.Entry written = OutputLedger.describe(temp);
                d.ledger.record(name, written);
                AtomicOutput.moveOver(temp, file);
                d.ledger.settle(name, written);
            });
        } finally {
            d.release();
        }
    }

    public static void write(Path target, byte[] bytes) throws Exception {
        write(target, out -> out.write(bytes));
    }

    /**
     * Why {@code name} may not be written here, or {@code null} when it may: absent, or written
     * by the toolkit and unchanged since, or replacing is allowed. Call while holding the directory.
     */
    public Problem refusal(String name, String shown) throws IOException {
        Path file = dir.resolve(name);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        if (attrs.isDirectory()) {
            return Problem.fileError(shown, "a directory is in the way; nothing written");
        }
        if (isForced() || (attrs.isRegularFile() && written(name, attrs, file))) {
            return null;
        }
        String what = ledger.of(name).isEmpty() ? "not written by edition" : "not written by edition (it changed after edition wrote it)";
        return Problem.fileError(shown, what + "; refusing to replace it (use --force)");
    }

    /** Whether the ledger has no record yet (a directory written before the toolkit kept one). */
    public boolean unrecorded() {
        return !ledger.exists();
    }

    /** Records the existing file {@code name} as the toolkit's (for outputs an older version listed in manifest.json). */
    public void adopt(String name) throws IOException {
        Path file = dir.resolve(name);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            OutputLedger.Entry entry = OutputLedger.describe(file);
            ledger.record(name, entry);
            ledger.settle(name, entry);
        }
    }

    /** Whether {@code name} is a regular file here that the toolkit wrote and nobody changed since. */
    public boolean isOurs(String name) throws IOException {
        Path file = dir.resolve(name);
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isRegularFile() && written(name, attrs, file);
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
    }

    /** Same size and time as recorded: trusted unchanged (as make does); same size: the checksum decides. */
    private boolean written(String name, BasicFileAttributes attrs, Path file) throws IOException {
        long size = attrs.size();
        long modified = attrs.lastModifiedTime().toMillis();
        String sha = null;
        for (OutputLedger.Entry e : ledger.of(name)) {
            if (e.size() != size) {
                continue;
            }
            if (e.modified() == modified) {
                return true;
            }
            if (sha == null) {
                sha = OutputLedger.sha256(file);
            }
            if (sha.equals(e.sha256())) {
                return true;
            }
        }
        return false;
    }

    private boolean isForced() {
        synchronized (this) {
            if (forced > 0) {
                return true;
            }
        }
        for (Path p : FORCED) {
            try {
                if (p.equals(dir) || Files.isSameFile(p, dir)) {
                    return true;
                }
            } catch (IOException e) {
                // Not this directory.
            }
        }
        return false;
    }

    private synchronized void acquire(Consumer<String> notice) throws IOException {
        if (holds > 0) {
            holds++;
            return;
        }
        FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock l = channel.tryLock();
            if (l == null) {
                notice.accept("edition: waiting for another edition process writing " + shown(dir) + " to finish");
                l = channel.lock();
            }
            lock = l;
        } catch (IOException | RuntimeException | Error e) {
            channel.close();
            throw e;
        }
        lockChannel = channel;
        holds = 1;
        try {
            ledger.refresh();
            if (!swept) {
                swept = true;
                TempFiles.sweepStale(dir);
            }
        } catch (IOException | RuntimeException e) {
            holds = 0;
            releaseLock();
            throw e;
        }
    }

    private synchronized void release() {
        if (holds == 0 || --holds > 0) {
            return;
        }
        try {
            ledger.compactIfWorthIt();
        } catch (Exception e) {
            // Only tidiness: the appended ledger stays correct.
        }
        releaseLock();
    }

    private void releaseLock() {
        try {
            lockChannel.close(); // releases the lock
        } catch (IOException e) {
            // The system releases it when the process ends at the latest.
        }
        lock = null;
        lockChannel = null;
    }

    /** A path as the user would write it: relative to the working directory when inside it. */
    static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
