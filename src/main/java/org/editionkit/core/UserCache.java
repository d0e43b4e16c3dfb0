package org.editionkit.core;

import java.nio.file.Path;

/**
 * The per-user cache directory for things that are slow to derive and safe to rebuild (FOP's font
 * cache, hyphenation patterns, transpiled Schematron): $XDG_CACHE_HOME/editionkit, else
 * ~/.cache/editionkit. Everything in it may be deleted at any time; a missing or unwritable cache
 * only makes a run slower.
 */
public final class UserCache {
    private UserCache() {
    }

    public static Path dir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return root.resolve("editionkit");
    }
}
