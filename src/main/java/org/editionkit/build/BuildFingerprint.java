package org.editionkit.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.editionkit.core.Resources;

/**
 * Everything besides the TEI itself that decides what an output looks like: the tool version,
 * the stylesheets, FO set-up and schema shipped in the jar (every resource under {@code xslt/},
 * {@code fo/}, {@code schema/}), the fonts, and the rendering options. A document is rebuilt
 * whenever {@link #hash()} differs from the one recorded with its outputs.
 */
public record BuildFingerprint(String toolVersion, String resources, String fonts, String options) {
    static final List<String> RESOURCE_FOLDERS = List.of("xslt/", "fo/", "schema/");

    /** The combined hash recorded per document in the manifest. */
    public String hash() {
        return Hashes.of(String.join("\n", toolVersion, resources, fonts, options).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fingerprints the running tool. Font files are identified by path, size and modification
     * time (hashing hundreds of megabytes of system fonts on every build would cost more than it saves).
     */
    public static BuildFingerprint of(String toolVersion, Collection<Path> fontFiles, String options) throws IOException {
        return new BuildFingerprint(toolVersion, resourceHash(), fontHash(fontFiles), options);
    }

    static String resourceHash() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        Path location = codeLocation();
        if (Files.isDirectory(location)) {
            for (String folder : RESOURCE_FOLDERS) {
                Path dir = location.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            hashes.put(location.relativize(f).toString().replace('\\', '/'), Hashes.of(f));
                        }
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                    if (!entry.isDirectory() && RESOURCE_FOLDERS.stream().anyMatch(entry.getName()::startsWith)) {
                        try (InputStream in = jar.getInputStream(entry)) {
                            hashes.put(entry.getName(), Hashes.of(in.readAllBytes()));
                        }
                    }
                }
            }
        }
        MessageDigest all = Hashes.sha256();
        hashes.forEach((name, hash) -> all.update((name + " " + hash + "\n").getBytes(StandardCharsets.UTF_8)));
        return Hashes.hex(all);
    }

    private static String fontHash(Collection<Path> fontFiles) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path font : fontFiles) {
            if (Files.isRegularFile(font)) {
                lines.add(font.toAbsolutePath() + " " + Files.size(font) + " " + Files.getLastModifiedTime(font).toMillis());
            }
        }
        lines.sort(null);
        return Hashes.of(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** The jar (or, in development, the classes directory) the stylesheets are loaded from. */
    private static Path codeLocation() throws IOException {
        try {
            return Path.of(Resources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot locate the toolkit's own resources: " + e.getMessage(), e);
        }
    }
}
