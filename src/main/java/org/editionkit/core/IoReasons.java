package org.editionkit.core;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file operation failed, in words: Java's file-system exceptions carry the path as their
 * message and the reason apart, so printing {@code getMessage()} gives a bare path.
 */
public final class IoReasons {
    private IoReasons() {
    }

    /** The reason of the innermost I/O failure in {@code e}'s causes, else its message. */
    public static String of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (t instanceof NoSuchFileException) {
                return "no such file or directory";
            }
            if (t instanceof NotDirectoryException) {
                return "not a directory";
            }
            if (t instanceof FileAlreadyExistsException) {
                return "a file of that name is in the way";
            }
            if (t instanceof FileSystemException f && f.getReason() != null && !f.getReason().isBlank()) {
                String why = f.getReason();
                return Character.toLowerCase(why.charAt(0)) + why.substring(1);
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
