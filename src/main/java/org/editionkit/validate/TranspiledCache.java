package org.editionkit.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
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
 * because their result depends on files this key does not cover; nor is any schema whose
 * stylesheet would read or write a resource (see {@link #selfContained}).
 */
final class TranspiledCache {
    private static final String KEY_VERSION = "reads-policed-1";
    private static final Pattern READS = Pattern.compile("(?<![\\w.-])(?:doc|document|doc-available|unparsed-text"
            + "|unparsed-text-lines|unparsed-text-available|collection|uri-collection|json-doc|transform"
            + "|load-xquery-module|unparsed-entity-uri|unparsed-entity-public-id|function-lookup|parse-xml"
            + "|parse-xml-fragment)\\s*[(#]"
            + "|<(?:\\w+:)?(?:include|import|source-document|result-document|import-schema|use-package|evaluate)[\\s/>]");
    private final Processor processor;
    private final Path dir;
    private final String transpilerIdentity;

    TranspiledCache(Processor processor, Path dir, String transpilerResource, String transpilerSettings) {
        this.processor = processor;
        this.dir = dir;
        this.transpilerIdentity = Resources.url(transpilerResource).toExternalForm() + " " + transpilerSettings;
    }

    /** Where the transpiled form of {@code sch} (whose bytes are {@code bytes}) lives, if it may be cached. */
    Optional<Path> lookup(byte[] bytes, XdmNode sch) {
        boolean composite = sch.select(Steps.descendant(Schematron.NS, "include")).exists()
                || sch.select(Steps.descendant(Schematron.NS, "extends")).exists();
        if (composite) {
            return Optional.empty();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(transpilerIdentity.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            // Entries written before reads were policed may hold anything: never reuse them.
            sha.update(KEY_VERSION.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            return Optional.of(dir.resolve(HexFormat.of().formatHex(sha.digest()) + ".xsl"));
        } catch (NoSuchAlgorithmException e) {
            return Optional.empty();
        }
    }

    /** The cached stylesheet at {@code file}, unless it is missing, unreadable or not self-contained. */
    Optional<String> read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return selfContained(text) ? Optional.of(text) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a transpiled stylesheet reads nothing but its input: no stylesheet modules, no
     * resource functions, no result documents. Only such schemas are kept, so that no schema
     * that tries to read or write anything outlives its run in the user cache. The test is
     * textual and errs towards not caching.
     */
    static boolean selfContained(String stylesheet) {
        return !READS.matcher(stylesheet).find();
    }

    /** The transpiled stylesheet as text: what is cached, and what is compiled (so both compile alike). */
    String text(XdmNode stylesheet) throws SaxonApiException {
        java.io.StringWriter out = new java.io.StringWriter();
        Serializer ser = processor.newSerializer(out);
        ser.setOutputProperty(Serializer.Property.METHOD, "xml");
        ser.setOutputProperty(Serializer.Property.INDENT, "no");
        ser.serializeNode(stylesheet);
        return out.toString();
    }

    /** Saves a transpiled stylesheet; a cache that cannot be written is simply not used. */
    void store(Path file, String stylesheet) {
        if (!selfContained(stylesheet)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            AtomicOutput.write(file, out -> out.write(stylesheet.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            // Read-only home, full disk: the next run transpiles again.
        }
    }
}
