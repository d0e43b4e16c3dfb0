package org.editionkit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.editionkit.core.Resources;
import org.editionkit.io.AtomicOutput;

/**
 * Transpiled Schematron kept on disk between runs: transpiling with SchXslt2 means compiling its
 * large transpiler first, about a third of a cold validation. The file name is a SHA-256 of the
 * schema's bytes and of the transpiler's location (which names its version) and settings, so an edited schema
 * or another SchXslt2 gets a new entry. Schemas that include or extend other files are not cached,
 * because their result depends on files this key does not cover.
 */
final class TranspiledCache {
    private final Processor processor;
    private final Path dir;
    private final String transpilerIdentity;

    TranspiledCache(Processor processor, Path dir, String transpilerResource, String transpilerSettings) {
        this.processor = processor;
        this.dir = dir;
        this.transpilerIdentity = Resources.url(transpilerResource).toExternalForm() + " " + transpilerSettings;
    }

    /** Where the transpiled form of {@code sch} (read from {@code uri}) lives, if it may be cached. */
    Optional<Path> lookup(String uri, XdmNode sch) {
        boolean composite = sch.select(Steps.descendant(Schematron.NS, "include")).exists()
                || sch.select(Steps.descendant(Schematron.NS, "extends")).exists();
        if (composite) {
            return Optional.empty();
        }
        try (InputStream in = new URL(uri).openStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(transpilerIdentity.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(in.readAllBytes());
            return Optional.of(dir.resolve(HexFormat.of().formatHex(sha.digest()) + ".xsl"));
        } catch (IOException | NoSuchAlgorithmException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Saves a transpiled stylesheet; a cache that cannot be written is simply not used. */
    void store(Path file, XdmNode stylesheet) {
        try {
            java.nio.file.Files.createDirectories(dir);
            AtomicOutput.write(file, out -> {
                Serializer ser = processor.newSerializer(out);
                ser.setOutputProperty(Serializer.Property.METHOD, "xml");
                ser.setOutputProperty(Serializer.Property.INDENT, "no");
                ser.serializeNode(stylesheet);
            });
        } catch (Exception e) {
            // Read-only home, full disk: the next run transpiles again.
        }
    }
}
