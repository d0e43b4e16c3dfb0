package org.editionkit.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XPathCompiler;
import org.editionkit.core.Problem;
import org.editionkit.core.Resources;
import org.editionkit.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * The fonts a renderer uses, resolved from {@code fo/fonts.xml} against real files: each
 * configured file is looked up in the {@code --font-dir}s, then in the configured directories.
 * Produces the FOP configuration (every face embedded as a subset) and the font-family chains
 * the stylesheet writes into {@code font-family}. Fonts in a {@code --font-dir} that fonts.xml
 * does not name are appended to every chain, so a user can add a script without editing files.
 */
final class FontSetup {
    static final String CONFIG = "fo/fonts.xml";

    /** One registered face: a FOP font triplet backed by a file (a member of it for a .ttc: subFont, else null). */
    record Face(String family, String style, String weight, Path file, String subFont) {
        Face(String family, String style, String weight, Path file) {
            this(family, style, weight, file, null);
        }
    }

    /**
     * fontbox reports each oddity of a broken font file (raw table tags and all) through
     * java.util.logging, hundreds of lines for one garbage file; the set-up reports an unreadable
     * font itself in one located line. Held here so that the level is not lost with the logger.
     */
    private static final java.util.logging.Logger FONTBOX_LOG = java.util.logging.Logger.getLogger("org.apache.fontbox");

    static {
        FONTBOX_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private final List<Face> faces = new ArrayList<>();
    private final Map<String, String> chains = new LinkedHashMap<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final List<Problem> errors = new ArrayList<>();

    private FontSetup() {
    }

    static FontSetup load(Processor processor, List<Path> fontDirs) {
        return load(processor, fontDirs, Resources.url(CONFIG));
    }

    /** The set-up from another configuration than the shipped one (tests). */
    static FontSetup load(Processor processor, List<Path> fontDirs, java.net.URL config) {
        FontSetup setup = new FontSetup();
        try {
            setup.read(processor, fontDirs, config);
        } catch (SaxonApiException | IOException e) {
            setup.errors.add(Problem.fileError(CONFIG, "cannot read the font set-up: " + e.getMessage()));
        }
        return setup;
    }

    List<Face> faces() {
        return faces;
    }

    /** Language key ("default", "ko", "ja", "zh", "mono") to a font-family list. */
    Map<String, String> chains() {
        return chains;
    }

    List<Problem> warnings() {
        return warnings;
    }

    List<Problem> errors() {
        return errors;
    }

    private void read(Processor processor, List<Path> userDirs, java.net.URL config) throws SaxonApiException, IOException {
        XdmNode doc;
        try (InputStream in = config.openStream()) {
            List<Problem> sink = new ArrayList<>();
            SAXSource source = new SAXSource(SecureXml.newReader(CONFIG, sink), new InputSource(in));
            doc = processor.newDocumentBuilder().build(source);
        }
        XPathCompiler xp = processor.newXPathCompiler();
        List<Path> dirs = new ArrayList<>();
        for (Path d : userDirs) {
            if (!Files.isDirectory(d)) {
                errors.add(Problem.fileError(d.toString(), "--font-dir: no such directory"));
            }
            dirs.add(d);
        }
        for (XdmItem d : xp.evaluate("/fonts/dir", doc)) {
            dirs.add(expandHome(d.getStringValue().strip()));
        }
        Map<String, Path> index = indexFontFiles(dirs);
        Map<String, String> packages = DebianPackages.packageOfFamily();

        Set<String> available = new LinkedHashSet<>();
        for (XdmItem f : xp.evaluate("/fonts/family", doc)) {
            XdmNode family = (XdmNode) f;
            String name = family.attribute("name");
            boolean required = "true".equals(family.attribute("required"));
            List<Face> found = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (XdmItem fi : xp.evaluate("font", family)) {
                XdmNode font = (XdmNode) fi;
                // Several names (space-separated): the first one found, for packages that renamed their files.
                String[] names = font.attribute("file").strip().split("\\s+");
                String file = names[0];
                Path path = null;
                for (int n = 0; n < names.length && path == null; n++) {
                    path = index.get(names[n]);
                }
                if (path == null) {
                    missing.add(file);
                } else {
                    found.add(new Face(name, orDefault(font.attribute("style")), orDefault(font.attribute("weight")), path,
                            font.attribute("sub-font")));
                }
            }
            if (missing.isEmpty() || !found.isEmpty() && !required) {
                faces.addAll(found);
                if (!found.isEmpty()) {
                    available.add(name);
                }
            }
            if (!missing.isEmpty()) {
                String msg = "font file" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " of family \""
                        + name + "\" not found in " + dirs + "; "
                        + (packages.containsKey(name) ? "install the Debian package " + packages.get(name) + " or " : "")
                        + "pass --font-dir DIR";
                if (required) {
                    errors.add(Problem.fileError(CONFIG, msg));
                } else if (found.isEmpty()) {
                    warnings.add(Problem.warning(CONFIG, 0, 0, msg + " (left out of the font chains)"));
                }
            }
        }
        List<String> extra = addUserFonts(userDirs, available);
        for (XdmItem c : xp.evaluate("/fonts/chain", doc)) {
            XdmNode chain = (XdmNode) c;
            List<String> families = new ArrayList<>();
            for (String fam : chain.getStringValue().split(",")) {
                if (available.contains(fam.strip())) {
                    families.add(fam.strip());
                }
            }
            families.addAll(extra);
            chains.put(chain.attribute("lang"), String.join(", ", families));
        }
    }

    /** Registers fonts found in --font-dir that fonts.xml does not name; returns their family names. */
    private List<String> addUserFonts(List<Path> userDirs, Set<String> available) throws IOException {
        Set<Path> known = new LinkedHashSet<>();
        faces.forEach(f -> known.add(f.file().toAbsolutePath().normalize()));
        List<String> added = new ArrayList<>();
        for (Path dir : userDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            for (Path file : fontFiles(dir)) {
                if (known.contains(file.toAbsolutePath().normalize())) {
                    continue;
                }
                for (Face face : UserFonts.faces(file, warnings)) {
                    faces.add(face);
                    String family = face.family();
                    if (!available.contains(family) && !added.contains(family)) {
                        added.add(family);
                    }
                }
            }
        }
        return added;
    }

    /** File name to its first occurrence in the directories, searched in order and recursively. */
    private static Map<String, Path> indexFontFiles(List<Path> dirs) throws IOException {
        Map<String, Path> index = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (Files.isDirectory(dir)) {
                for (Path p : fontFiles(dir)) {
                    index.putIfAbsent(p.getFileName().toString(), p);
                }
            }
        }
        return index;
    }

    private static List<Path> fontFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir, 6)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".ttf") || n.endsWith(".otf") || n.endsWith(".ttc");
            }).sorted().toList();
        }
    }

    private static Path expandHome(String dir) {
        return dir.startsWith("~/") ? Path.of(System.getProperty("user.home")).resolve(dir.substring(2)) : Path.of(dir);
    }

    private static String orDefault(String v) {
        return v == null ? "normal" : v;
    }

    /**
     * Every family gets all four triplets (normal/italic × normal/bold): a face the family lacks
     * is served by its nearest one (upright for italic, regular for bold). FOP's per-character
     * fallback only considers families that have the requested triplet, so without this a
     * symbol font would drop out of the chain inside italic or bold text.
     */
    List<Face> completeFaces() {
        List<Face> all = new ArrayList<>(faces);
        Map<String, List<Face>> byFamily = new LinkedHashMap<>();
        faces.forEach(f -> byFamily.computeIfAbsent(f.family(), k -> new ArrayList<>()).add(f));
        for (var e : byFamily.entrySet()) {
            for (String style : List.of("normal", "italic")) {
                for (String weight : List.of("normal", "bold")) {
                    if (find(e.getValue(), style, weight) == null) {
                        Face near = find(e.getValue(), style, "normal");
                        near = near != null ? near : find(e.getValue(), "normal", weight);
                        near = near != null ? near : e.getValue().get(0);
                        all.add(new Face(e.getKey(), style, weight, near.file(), near.subFont()));
                    }
                }
            }
        }
        return all;
    }

    private static Face find(List<Face> faces, String style, String weight) {
        return faces.stream().filter(f -> f.style().equals(style) && f.weight().equals(weight)).findFirst().orElse(null);
    }

    /**
     * The FOP configuration: every face embedded (subset), kerning on, no auto-detection. Faces
     * that share a file (the bold or italic a family lacks) are triplets of one font entry, so a
     * PDF embeds one subset of that file rather than one per style.
     */
    String fopConfig(java.util.Optional<Path> hyphenationBase) {
        StringBuilder sb = new StringBuilder("<fop version=\"1.0\">");
        hyphenationBase.ifPresent(dir -> sb.append("<hyphenation-base>").append(xmlEscape(dir.toUri().toString()))
                .append("</hyphenation-base>"));
        sb.append("<renderers><renderer mime=\"application/pdf\"><fonts>");
        Map<List<Object>, List<Face>> byFile = new LinkedHashMap<>();
        completeFaces().forEach(f -> byFile.computeIfAbsent(java.util.Arrays.asList(f.file(), f.subFont()),
                k -> new ArrayList<>()).add(f));
        byFile.forEach((key, faces) -> {
            Path file = faces.get(0).file();
            sb.append("<font embed-url=\"").append(xmlEscape(file.toUri().toString())).append('"');
            if (faces.get(0).subFont() != null) {
                sb.append(" sub-font=\"").append(xmlEscape(faces.get(0).subFont())).append('"');
            }
            sb.append(" kerning=\"yes\" embedding-mode=\"subset\">");
            for (Face f : faces) {
                sb.append("<font-triplet name=\"").append(xmlEscape(f.family())).append("\" style=\"").append(f.style())
                        .append("\" weight=\"").append(f.weight()).append("\"/>");
            }
            sb.append("</font>");
        });
        return sb.append("</fonts></renderer></renderers></fop>").toString();
    }

    private static String xmlEscape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
