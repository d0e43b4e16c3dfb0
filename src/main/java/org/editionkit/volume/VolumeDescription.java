package org.editionkit.volume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.streams.Steps;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;

/**
 * A volume description (README, "Volume"): a TEI file whose {@code text/@type} is "volume" and
 * whose body lists the documents with {@code ptr[@type='document']/@target}, in reading order,
 * optionally in {@code div[@type='part']}. Reads it with the hardened parser and resolves every
 * target safely: a relative path without a URI scheme, inside the project directory (the parent
 * of the volume's nearest {@code tei/} ancestor folder, else of the volume's own folder), even
 * after symbolic links are followed, naming an existing file, each file once. Nothing is fetched.
 */
public final class VolumeDescription {
    static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** One document of the volume: its number (1-based position), file, and part (may be null). */
    public record Document(int number, Path path, String displayName, Part part, int line, int column) {
    }

    /** A part of the volume: its xml:id (may be empty), heading and position among the parts. */
    public record Part(String id, String head, int number) {
    }

    private final Path file;
    private final String displayName;
    private final Path projectDir;
    private final XdmNode tree;
    private final List<Document> documents;

    private VolumeDescription(Path file, String displayName, Path projectDir, XdmNode tree, List<Document> documents) {
        this.file = file;
        this.displayName = displayName;
        this.projectDir = projectDir;
        this.tree = tree;
        this.documents = List.copyOf(documents);
    }

    public Path file() {
        return file;
    }

    public String displayName() {
        return displayName;
    }

    /** The folder no document may lie outside. */
    public Path projectDir() {
        return projectDir;
    }

    /** The parsed description (small: no document is included in it). */
    public XdmNode tree() {
        return tree;
    }

    public List<Document> documents() {
        return documents;
    }

    /** Reads and checks {@code file}; every problem found is thrown together. */
    public static VolumeDescription read(Toolkit toolkit, Path file, List<Problem> warnings) throws ProblemException {
        String shown = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ProblemException(Problem.fileError(shown, Files.exists(file) ? "not a regular file" : "no such file"));
        }
        XdmNode doc = toolkit.parse(file, shown, warnings);
        XdmNode root = doc.select(Steps.child(TEI, "TEI")).findFirst().orElse(null);
        if (root == null) {
            throw new ProblemException(Problem.fileError(shown, "not a volume description: the root element is not <TEI> in the TEI namespace"));
        }
        XdmNode text = root.select(Steps.child(TEI, "text")).findFirst().orElse(null);
        if (text == null || !"volume".equals(text.attribute("type"))) {
            XdmNode at = text == null ? root : text;
            throw new ProblemException(Problem.error(shown, at.getLineNumber(), at.getColumnNumber(),
                    "not a volume description: <text> must carry type=\"volume\" (see README, Volume)"));
        }
        Path dir = file.toAbsolutePath().normalize().getParent();
        Path project = projectDir(dir);
        List<Problem> problems = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        Map<Path, XdmNode> seen = new HashMap<>();
        List<Part> parts = new ArrayList<>();
        Map<XdmNode, Part> partOf = new HashMap<>();
        text.select(Steps.descendant(TEI, "div").where(d -> "part".equals(d.attribute("type")))).forEach(div -> {
            String head = div.select(Steps.child(TEI, "head")).findFirst().map(h -> h.getStringValue().strip()).orElse("");
            Part p = new Part(idOf(div), head.replaceAll("\\s+", " "), parts.size() + 1);
            parts.add(p);
            partOf.put(div, p);
        });
        List<XdmNode> ptrs = text.select(Steps.descendant(TEI, "ptr").where(p -> "document".equals(p.attribute("type")))).toList();
        for (XdmNode ptr : ptrs) {
            String target = ptr.attribute("target");
            int line = ptr.getLineNumber();
            int col = ptr.getColumnNumber();
            String why = unsafe(target);
            if (why != null) {
                problems.add(Problem.error(shown, line, col, "document target \"" + target + "\" " + why));
                continue;
            }
            Path resolved = dir.resolve(target).normalize();
            if (!resolved.startsWith(project)) {
                problems.add(Problem.error(shown, line, col, "document target \"" + target
                        + "\" lies outside the project directory " + project));
                continue;
            }
            if (!Files.isRegularFile(resolved)) {
                problems.add(Problem.error(shown, line, col, "document target \"" + target + "\": no such file"));
                continue;
            }
            try {
                if (!resolved.toRealPath().startsWith(project.toRealPath())) {
                    problems.add(Problem.error(shown, line, col, "document target \"" + target
                            + "\" is a symbolic link to a file outside the project directory " + project));
                    continue;
                }
            } catch (IOException e) {
                problems.add(Problem.error(shown, line, col, "document target \"" + target + "\": cannot read it"));
                continue;
            }
            XdmNode before = seen.putIfAbsent(resolved, ptr);
            if (before != null) {
                problems.add(Problem.error(shown, line, col, "document \"" + target + "\" is already listed at line "
                        + before.getLineNumber() + "; a document appears once in a volume"));
                continue;
            }
            Part part = null;
            for (XdmNode a = ptr.getParent(); a != null && part == null; a = a.getParent()) {
                part = partOf.get(a);
            }
            Path rel = Path.of("").toAbsolutePath().relativize(resolved);
            String display = rel.toString().startsWith("..") ? resolved.toString() : rel.toString();
            docs.add(new Document(docs.size() + 1, resolved, display, part, line, col));
        }
        if (problems.isEmpty() && docs.isEmpty()) {
            problems.add(Problem.error(shown, text.getLineNumber(), text.getColumnNumber(),
                    "the volume lists no documents: add <ptr type=\"document\" target=\"…\"/> to its body"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return new VolumeDescription(file, shown, project, doc, docs);
    }

    private static String idOf(XdmNode e) {
        String id = e.getAttributeValue(new net.sf.saxon.s9api.QName("http://www.w3.org/XML/1998/namespace", "id"));
        return id == null ? "" : id;
    }

    /** Why a target is refused before it is resolved, or null. */
    static String unsafe(String target) {
        if (target == null || target.isBlank()) {
            return "is empty";
        }
        if (SCHEME.matcher(target).find()) {
            return "has a URI scheme: documents are named by a relative path, nothing is fetched";
        }
        if (target.startsWith("/") || target.startsWith("\\") || target.contains("\\")) {
            return "is not a relative path with forward slashes";
        }
        if (target.contains("#") || target.contains("?") || target.contains("%")) {
            return "is not a plain relative path (no #, ? or % escapes)";
        }
        if (!target.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return "does not name an .xml file";
        }
        return null;
    }

    /** The parent of the nearest ancestor folder called tei, else the parent of {@code dir}. */
    static Path projectDir(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (d.getFileName() != null && d.getFileName().toString().equals("tei") && d.getParent() != null) {
                return d.getParent();
            }
        }
        return dir.getParent() == null ? dir : dir.getParent();
    }
}
