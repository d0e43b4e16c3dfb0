package org.editionkit.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;

/**
 * Replaces a file someone else made (a TEI master, with {@code import --force}) without changing
 * what it is: through a symbolic link to the file it points at (the link stays), keeping mode,
 * owner and group, never when it is read-only, and only after its old bytes are saved as
 * {@code FILE~} (with the same mode) beside it. The new content arrives atomically.
 */
public final class Replacement {
    /** The file actually written (a link's target) and the backup of its old bytes. */
    public record Result(Path written, Path backup) {
    }

    private Replacement() {
    }

    /** {@code shown} is how messages name {@code target}. */
    public static Result replace(Path target, String shown, byte[] bytes) throws Exception {
        if (Files.isSymbolicLink(target) && !Files.exists(target)) {
            throw refused(shown, "a symbolic link to a file that does not exist; not replaced");
        }
        Path real = target.toRealPath();
        PosixFileAttributes before = posix(real);
        if (before == null) {
            // Not a POSIX file system: modes and owners cannot be checked or kept; back up and replace.
            Path backup = backup(real, null);
            AtomicOutput.write(real, bytes);
            return new Result(real, backup);
        }
        if (!before.isRegularFile()) {
            throw refused(shown, "not a regular file; not replaced");
        }
        // Checked by mode, not by trying: root may write anything, and a read-only master means "do not touch".
        if (!before.permissions().contains(PosixFilePermission.OWNER_WRITE)) {
            throw refused(shown, "read-only (mode " + octal(before.permissions()) + "); not replaced (make it writable first"
                    + " if it should be replaced)");
        }
        Path backup = backup(real, before);
        AtomicOutput.into(real, out -> out.write(bytes), temp -> {
            keep(temp, before, shown);
            AtomicOutput.moveOver(temp, real);
        });
        return new Result(real, backup);
    }

    /** {@code FILE~} with FILE's bytes, mode, owner and group (a private master must not get a public backup). */
    private static Path backup(Path real, PosixFileAttributes attrs) throws Exception {
        Path backup = real.resolveSibling(real.getFileName() + "~");
        AtomicOutput.into(backup, out -> Files.copy(real, out), temp -> {
            if (attrs != null) {
                keep(temp, attrs, backup.toString());
            }
            AtomicOutput.moveOver(temp, backup);
        });
        return backup;
    }

    private static void keep(Path temp, PosixFileAttributes attrs, String shown) throws Exception {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            if (!attrs.group().equals(Files.readAttributes(temp, PosixFileAttributes.class).group())) {
                view.setGroup(attrs.group());
            }
            if (!attrs.owner().equals(Files.getOwner(temp))) {
                view.setOwner(attrs.owner());
            }
        } catch (IOException e) {
            throw refused(shown, "owned by " + attrs.owner().getName() + ":" + attrs.group().getName()
                    + ", which this user cannot keep on a new file; not replaced");
        }
        // After the owner: changing the owner may clear set-id bits.
        view.setPermissions(attrs.permissions());
    }

    private static PosixFileAttributes posix(Path p) throws IOException {
        try {
            return Files.readAttributes(p, PosixFileAttributes.class);
        } catch (UnsupportedOperationException e) {
            return null;
        }
    }

    static String octal(Set<PosixFilePermission> perms) {
        String rwx = PosixFilePermissions.toString(perms);
        int mode = 0;
        for (int i = 0; i < 9; i++) {
            mode = mode << 1 | (rwx.charAt(i) == '-' ? 0 : 1);
        }
        return String.format("%04o", mode);
    }

    private static ProblemException refused(String shown, String why) {
        return new ProblemException(Problem.fileError(shown, why));
    }
}
