package org.editionkit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Locates the stylesheets, FO set-up and schema. They ship inside the jar (Maven copies
 * {@code xslt/}, {@code fo/} and {@code tei/schema/} in as {@code xslt/}, {@code fo/} and
 * {@code schema/}), so the CLI works from any directory.
 */
public final class Resources {
    private Resources() {
    }

    public static URL url(String path) {
        URL url = Resources.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("resource missing from the build: " + path);
        }
        return url;
    }

    public static byte[] bytes(String path) {
        try (InputStream in = url(path).openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
