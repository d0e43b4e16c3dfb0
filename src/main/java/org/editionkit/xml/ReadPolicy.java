package org.editionkit.xml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Which files a schema or stylesheet may read while the toolkit works on a document. Nothing is
 * ever fetched over a network; files are read only from the toolkit's own resources (the jar's
 * stylesheets, FO set-up and schema) and from the directory trees this policy names (a
 * document's folder, the project schema folder). Every resolver the toolkit installs (Saxon,
 * Jing) asks {@link #refusal} before opening anything. Immutable and thread-safe.
 */
public final class ReadPolicy {
    /**
     * The toolkit's own resource folders, each found through a file known to be in it (a jar
     * need not list its folders): stylesheets, FO set-up, schema, SchXslt2's transpiler.
     */
    private static final String[][] RESOURCE_DIRS = {
        {"xslt/", "schema/edition.rng"}, {"fo/", "schema/edition.rng"}, {"schema/", "schema/edition.rng"},
        {"content/", "content/transpile.xsl"}};
    private static final List<String> RESOURCE_PREFIXES = new ArrayList<>();
    private static final List<Path> RESOURCE_FOLDERS = new ArrayList<>();

    static {
        for (String[] dir : RESOURCE_DIRS) {
            URL url = ReadPolicy.class.getClassLoader().getResource(dir[1]);
            if (url == null) {
                continue;
            }
            String known = url.toExternalForm();
            String prefix = known.substring(0, known.length() - dir[1].length()) + dir[0];
            RESOURCE_PREFIXES.add(prefix);
            if (prefix.startsWith("file:")) {
                realFolder(URI.create(prefix)).ifPresent(RESOURCE_FOLDERS::add);
            }
        }
    }

    private static final ReadPolicy TOOLKIT_ONLY = new ReadPolicy(List.of());

    private final List<Path> roots;

    private ReadPolicy(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** Only the toolkit's own resources: what the HTML, FO and export stylesheets may read. */
    public static ReadPolicy toolkitOnly() {
        return TOOLKIT_ONLY;
    }

    /**
     * What a document's schemas may read: the folder holding {@code document} and everything
     * below it, the project schema folder ({@code tei/schema} of the working directory) and the
     * toolkit's resources. A null document (an in-memory draft with no folder) gets only the latter two.
     */
    public static ReadPolicy forDocument(URI document) {
        ReadPolicy policy = TOOLKIT_ONLY.withFolder(Path.of("tei", "schema"));
        if (document != null && "file".equalsIgnoreCase(document.getScheme()) && document.getAuthority() == null) {
            Path parent = Path.of(document).getParent();
            if (parent != null) {
                policy = policy.withFolder(parent);
            }
        }
        return policy;
    }

    /** This policy plus the tree under {@code folder} (ignored when the folder does not exist). */
    public ReadPolicy withFolder(Path folder) {
        List<Path> more = new ArrayList<>(roots);
        realFolder(folder.toAbsolutePath().toUri()).filter(p -> !more.contains(p)).ifPresent(more::add);
        return more.size() == roots.size() ? this : new ReadPolicy(more);
    }

    /** What either policy allows. */
    public ReadPolicy plus(ReadPolicy other) {
        ReadPolicy p = this;
        for (Path root : other.roots) {
            p = p.withFolder(root);
        }
        return p;
    }

    /** Identifies the readable trees, so that compiled schemas can be cached per policy. */
    public String key() {
        TreeSet<String> sorted = new TreeSet<>();
        roots.forEach(r -> sorted.add(r.toString()));
        return String.join("\n", sorted);
    }

    /**
     * Why {@code uri} (absolute) may not be read, as a sentence for an error message, or null
     * when it may. Symbolic links count where they lead.
     */
    public String refusal(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException | NullPointerException e) {
            return "not a usable URI";
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("jar")) {
            return toolkitResource(uri) ? null : "only the toolkit's own resources are read from archives";
        }
        if (!scheme.equals("file")) {
            return scheme.isEmpty() ? "not an absolute URI" : "the toolkit never fetches anything over a network";
        }
        if (parsed.getRawAuthority() != null && !parsed.getRawAuthority().isEmpty()
                && !parsed.getRawAuthority().equalsIgnoreCase("localhost")) {
            return "a file on another host; the toolkit never fetches anything over a network";
        }
        if (toolkitResource(uri)) {
            return null;
        }
        Path path;
        try {
            path = Path.of(new URI("file", null, parsed.getPath(), null)).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "not a usable file URI";
        }
        Path real = realish(path);
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return null;
            }
        }
        for (Path root : RESOURCE_FOLDERS) {
            if (real.startsWith(root)) {
                return null;
            }
        }
        return "outside the document's folder and the project schema folder; nothing else is read on a document's behalf";
    }

    /** Opens {@code uri} if this policy allows it. */
    public InputStream open(String uri) throws IOException {
        String why = refusal(uri);
        if (why != null) {
            throw new Refused(uri, why);
        }
        return new URL(uri).openStream();
    }

    /**
     * A read that was refused: the URI as resolved, the reference as written and the URI of the
     * file that made it (either may be null when unknown) and why.
     */
    public record Refusal(String uri, String href, String base, String reason) {
        public String message() {
            String verb = reason.startsWith("xsl:result-document") ? "not written" : "not read";
            return "\"" + (href != null ? href : uri) + "\" " + verb + ": " + reason;
        }
    }

    /** An attempt to read what the policy does not allow; the message says what and why. */
    public static final class Refused extends IOException {
        private final String uri;
        private final String reason;

        public Refused(String uri, String reason) {
            super("\"" + uri + "\" not read: " + reason);
            this.uri = uri;
            this.reason = reason;
        }

        public String uri() {
            return uri;
        }

        public String reason() {
            return reason;
        }
    }

    private static boolean toolkitResource(String uri) {
        String normal = normalise(uri);
        for (String prefix : RESOURCE_PREFIXES) {
            if (normal.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Removes {@code .} and {@code ..} segments, also after the {@code !/} of a jar URI. */
    private static String normalise(String uri) {
        int bang = uri.indexOf("!/");
        try {
            if (uri.regionMatches(true, 0, "jar:", 0, 4) && bang > 0) {
                String entry = new URI(null, null, uri.substring(bang + 1), null).normalize().getPath();
                return uri.substring(0, bang + 1) + entry;
            }
            return new URI(uri).normalize().toString();
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    private static java.util.Optional<Path> realFolder(URI folder) {
        try {
            Path p = Path.of(folder);
            return Files.isDirectory(p) ? java.util.Optional.of(p.toRealPath()) : java.util.Optional.empty();
        } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return java.util.Optional.empty();
        }
    }

    /** The real path of {@code path}, or of its nearest existing ancestor with the rest appended. */
    private static Path realish(Path path) {
        Path absolute = path.toAbsolutePath();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
