package org.editionkit.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The toolkit's temporary files: {@code .edition-TARGET.<16 hex digits>.part}, beside the file
 * they will become. The prefix and the random part make them unmistakably ours, so a sweep
 * removes only these (a user's {@code .notes.part} is never touched). Every temporary file this
 * process is writing is registered; on Ctrl-C or SIGTERM a shutdown hook deletes exactly those
 * (not another process's), and refuses to create new ones from then on.
 */
public final class TempFiles {
    public static final String PREFIX = ".edition-";
    public static final String SUFFIX = ".part";
    /** What {@link #sweepStale} may remove; nothing else is ever deleted as "temporary". */
    static final Pattern OURS = Pattern.compile("\\.edition-.+\\.[0-9a-f]{16}\\.part");
    /** Room for the random part and the suffix within the usual 255-byte name limit. */
    private static final int MAX_TARGET_CHARS = 100;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final Object HOOK_LOCK = new Object();
    private static boolean hookInstalled;
    private static boolean shuttingDown;

    private TempFiles() {
    }

    /**
     * Creates a new, empty temporary file for {@code target} (in the same directory, so that it
     * can be renamed over it) and registers it as live until {@link #done} is called.
     */
    public static Path create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String base = target.getFileName().toString();
        if (base.length() > MAX_TARGET_CHARS) {
            base = base.substring(0, MAX_TARGET_CHARS);
        }
        while (true) {
            byte[] random = new byte[8];
            RANDOM.nextBytes(random);
            Path temp = dir.resolve(PREFIX + base + "." + HexFormat.of().formatHex(random) + SUFFIX);
            // Registered before it exists, so that a sweep in this process never takes it for a leftover.
            register(temp);
            try {
                Files.createFile(temp);
                return temp;
            } catch (FileAlreadyExistsException e) {
                LIVE.remove(temp);
            } catch (IOException | RuntimeException e) {
                LIVE.remove(temp);
                throw e;
            }
        }
    }

    /** The temporary file is gone (renamed into place or deleted): forget it. */
    public static void done(Path temp) {
        LIVE.remove(temp);
    }

    /** Whether {@code name} is one of our temporary files' names. */
    public static boolean isOurs(String name) {
        return OURS.matcher(name).matches();
    }

    /**
     * Removes our temporary files directly in {@code dir} (not in subdirectories: the toolkit
     * writes nothing there) that this process is not writing. Call it only while holding the
     * directory's {@link OutputDirectory} lock, so no other live writer's files are among them.
     */
    public static int sweepStale(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (isOurs(p.getFileName().toString()) && !LIVE.contains(p.toAbsolutePath())
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void register(Path temp) {
        synchronized (HOOK_LOCK) {
            if (shuttingDown) {
                throw new IllegalStateException("the program is shutting down; not starting a new file");
            }
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteLive, "edition-temp-cleanup"));
                hookInstalled = true;
            }
            LIVE.add(temp.toAbsolutePath());
        }
    }

    /**
     * Ctrl-C or a plain kill: the writes in progress will not finish, so their temporary files go
     * (a SIGKILL cannot be caught; the next run in that directory sweeps those).
     */
    private static void deleteLive() {
        synchronized (HOOK_LOCK) {
            shuttingDown = true;
        }
        for (Path p : LIVE) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException | RuntimeException e) {
                // Best effort: the next run sweeps it.
            }
        }
    }
}
