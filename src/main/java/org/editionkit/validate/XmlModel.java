package org.editionkit.validate;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.streams.Steps;

/**
 * The {@code <?xml-model?>} processing instructions before a document's root element (W3C
 * "Associating Schemas with XML documents"), reduced to what the validator needs: which kind
 * of schema and where.
 */
record XmlModel(Kind kind, String href, URI resolved, int line, int column) {
    static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";
    private static final Pattern PSEUDO_ATTRIBUTE = Pattern.compile("([A-Za-z_][\\w.-]*)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    enum Kind { RELAX_NG, SCHEMATRON, OTHER }

    /** Whether the schema is a file on this machine (the only kind the toolkit reads). */
    boolean local() {
        return resolved != null && "file".equalsIgnoreCase(resolved.getScheme()) && unusableFileUri() == null;
    }

    /** Why a {@code file:} URI names no file on this machine (a host, a query…), or null. */
    String unusableFileUri() {
        if (resolved == null || !"file".equalsIgnoreCase(resolved.getScheme())) {
            return null;
        }
        if (resolved.getRawAuthority() != null && !resolved.getRawAuthority().isEmpty()) {
            return "a file URI naming the host \"" + resolved.getRawAuthority() + "\" is not a file on this machine";
        }
        try {
            java.nio.file.Path.of(resolved);
            return null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return "not a local file name (" + e.getMessage() + ")";
        }
    }

    /** All xml-model instructions of {@code doc}, resolved against {@code base} (may be null). */
    static List<XmlModel> of(XdmNode doc, URI base) {
        List<XmlModel> models = new ArrayList<>();
        doc.select(Steps.child()).forEach(node -> {
            if (node.getNodeKind() == XdmNodeKind.PROCESSING_INSTRUCTION
                    && "xml-model".equals(node.getNodeName().getLocalName())) {
                Map<String, String> attrs = pseudoAttributes(node.getStringValue());
                String href = attrs.get("href");
                if (href != null && !href.isBlank()) {
                    models.add(new XmlModel(kind(attrs, href), href, resolve(base, href),
                            node.getLineNumber(), node.getColumnNumber()));
                }
            }
        });
        return models;
    }

    private static Kind kind(Map<String, String> attrs, String href) {
        String ns = attrs.getOrDefault("schematypens", "").strip();
        String type = attrs.getOrDefault("type", "").strip().toLowerCase(Locale.ROOT);
        if (RNG_NS.equals(ns) || type.equals("application/relax-ng-compact-syntax")
                || (ns.isEmpty() && href.toLowerCase(Locale.ROOT).matches(".*\\.rn[gc]"))) {
            return Kind.RELAX_NG;
        }
        if (Schematron.NS.equals(ns) || "http://www.ascc.net/xml/schematron".equals(ns)
                || (ns.isEmpty() && href.toLowerCase(Locale.ROOT).endsWith(".sch"))) {
            return Kind.SCHEMATRON;
        }
        return Kind.OTHER;
    }

    private static URI resolve(URI base, String href) {
        try {
            String decoded = href.replace("&amp;", "&").replace("&quot;", "\"").replace("&apos;", "'");
            URI uri = new URI(decoded.replace(" ", "%20"));
            return base == null ? uri : base.resolve(uri);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    static Map<String, String> pseudoAttributes(String data) {
        Map<String, String> attrs = new HashMap<>();
        Matcher m = PSEUDO_ATTRIBUTE.matcher(data);
        while (m.find()) {
            attrs.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(4));
        }
        return attrs;
    }
}
