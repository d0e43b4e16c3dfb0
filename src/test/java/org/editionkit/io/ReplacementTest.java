package org.editionkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a master ({@code import --force}) changes its bytes and nothing else about it. */
class ReplacementTest {
    @TempDir
    Path dir;

    @Test
    void modeIsKeptAndTheOldBytesAreBackedUpWithTheSameMode() throws Exception {
        Path master = Files.writeString(dir.resolve("note.xml"), "old");
        Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("rw-r-----"));
        Replacement.Result r = Replacement.replace(master, "note.xml", "new".getBytes());
        assertEquals("new", Files.readString(master));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(master)));
        assertEquals(dir.resolve("note.xml~"), r.backup());
        assertEquals("old", Files.readString(r.backup()));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(r.backup())));
        assertEquals(2, Files.list(dir).count(), "no temporary file left");
    }

    @Test
    void ownerAndGroupAreKept() throws Exception {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "only root can give a file to another user");
        UserPrincipal nobody = users.lookupPrincipalByName("nobody");
        GroupPrincipal nogroup = users.lookupPrincipalByGroupName("nogroup");
        Path master = Files.writeString(dir.resolve("note.xml"), "old");
        PosixFileAttributeView view = Files.getFileAttributeView(master, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);
        Replacement.replace(master, "note.xml", "new".getBytes());
        assertEquals(nobody, Files.getOwner(master));
        assertEquals(nogroup, Files.readAttributes(master, java.nio.file.attribute.PosixFileAttributes.class).group());
    }

    @Test
    void aReadOnlyMasterIsRefusedEvenForRoot() throws Exception {
        Path master = Files.writeString(dir.resolve("note.xml"), "old");
        Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("r--r--r--"));
        ProblemException e = assertThrows(ProblemException.class, () -> Replacement.replace(master, "tei/note.xml", "new".getBytes()));
        assertEquals("tei/note.xml: error: read-only (mode 0444); not replaced (make it writable first if it should be replaced)",
                ProblemFormatter.gnu(e.problems().get(0)));
        assertEquals("old", Files.readString(master));
        assertFalse(Files.exists(dir.resolve("note.xml~")));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path masters = Files.createDirectories(dir.resolve("masters"));
        Path real = Files.writeString(masters.resolve("note.xml"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("note.xml"), Path.of("masters/note.xml"));
        Replacement.Result r = Replacement.replace(link, "note.xml", "new".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("masters/note.xml"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(masters.resolve("note.xml~"), r.backup());
        assertEquals("old", Files.readString(r.backup()));
    }
}
