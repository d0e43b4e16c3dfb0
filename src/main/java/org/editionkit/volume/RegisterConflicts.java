package org.editionkit.volume;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathExecutable;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;

/**
 * The registers of a volume's documents must agree: the same xml:id in two documents is the same
 * person, place or organisation. For each register entry of a later document this reports, at
 * the entry (or the name form) and naming the earlier one's location, what contradicts the first
 * earlier document that says anything about it:
 * <ul>
 * <li>the kind (a person here, a place there);</li>
 * <li>{@code @type} of the entry, when both give one;</li>
 * <li>birth, death (their {@code @when}, else {@code @from}/{@code @notBefore}…, else the text)
 * and sex;</li>
 * <li>a typed name form ({@code persName type="rr" xml:lang="ko-Latn"}): both documents give forms
 * of that type and language and no form is shared.</li>
 * </ul>
 * Forms without {@code @type}, and anything only one document says, are additions, not
 * conflicts. Documents are read one at a time; only their register facts are kept.
 */
public final class RegisterConflicts {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final QName XML_ID = new QName("http://www.w3.org/XML/1998/namespace", "id");
    private static final QName XML_LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");
    private final Toolkit toolkit;
    private final XPathExecutable entries;

    public RegisterConflicts(Toolkit toolkit) {
        this.toolkit = toolkit;
        XPathCompiler c = toolkit.processor().newXPathCompiler();
        c.declareNamespace("tei", TEI);
        try {
            // The entries ed:register reads (xslt/common/registers.xsl).
            entries = c.compile("(//tei:listPerson//tei:person | //tei:listPlace//tei:place | //tei:listOrg//tei:org)[@xml:id]");
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fact of one entry, where it is said. */
    record Fact(String value, String file, int line, int column) {
        String where() {
            return file + ":" + line + ":" + column;
        }
    }

    /** One document's entry for an id: its facts by name ("kind", "type", "birth", "form rr ko-Latn" …). */
    record Entry(String id, String kind, Fact at, Map<String, List<Fact>> facts) {
    }

    /** The conflicts among {@code documents} (in volume order), as located errors in document order. */
    public List<Problem> check(List<Path> documents) throws ProblemException {
        Map<String, List<Entry>> seen = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : documents) {
            String shown = VolumeSite.shown(file);
            XdmNode doc = toolkit.parse(file, shown, new ArrayList<>());
            for (Entry e : read(doc, shown)) {
                List<Entry> earlier = seen.computeIfAbsent(e.id(), k -> new ArrayList<>());
                // Two entries with one id in the same document are the schema's business, not ours.
                if (earlier.stream().noneMatch(x -> x.at().file().equals(shown))) {
                    compare(e, earlier, problems);
                    earlier.add(e);
                }
            }
        }
        return problems;
    }

    private List<Entry> read(XdmNode doc, String shown) throws ProblemException {
        List<Entry> out = new ArrayList<>();
        try {
            var selector = entries.load();
            selector.setContextItem(doc);
            for (XdmItem item : selector) {
                XdmNode entry = (XdmNode) item;
                String kind = entry.getNodeName().getLocalName();
                Map<String, List<Fact>> facts = new LinkedHashMap<>();
                put(facts, "type", entry.attribute("type"), entry, shown);
                for (XdmNode child : entry.children()) {
                    if (child.getNodeName() == null || !TEI.equals(child.getNodeName().getNamespace())) {
                        continue;
                    }
                    String name = child.getNodeName().getLocalName();
                    switch (name) {
                        case "birth", "death" -> put(facts, name, dateOf(child), child, shown);
                        case "sex" -> put(facts, name, first(child.attribute("value"), text(child)), child, shown);
                        case "persName", "placeName", "orgName", "name" -> {
                            String type = child.attribute("type");
                            if (type != null && !type.isBlank()) {
                                put(facts, "form " + name + " " + type + " " + langOf(child), text(child), child, shown);
                            }
                        }
                        default -> { }
                    }
                }
                out.add(new Entry(entry.getAttributeValue(XML_ID),
                        kind, new Fact(kind, shown, entry.getLineNumber(), entry.getColumnNumber()), facts));
            }
        } catch (SaxonApiException e) {
            throw new ProblemException(Problem.fileError(shown, "cannot read the registers: " + e.getMessage()));
        }
        return out;
    }

    private static void compare(Entry e, List<Entry> earlier, List<Problem> problems) {
        Fact here = e.at();
        String what = e.kind() + " #" + e.id();
        Entry first = earlier.isEmpty() ? null : earlier.get(0);
        if (first != null && !first.kind().equals(e.kind())) {
            problems.add(Problem.error(here.file(), here.line(), here.column(),
                    "register conflict: #" + e.id() + " is a " + e.kind() + " here but a " + first.kind() + " in "
                            + first.at().where() + " (the same xml:id is the same entity in every document of the volume)"));
            return; // its other facts cannot be compared with another kind's
        }
        for (var f : e.facts().entrySet()) {
            String key = f.getKey();
            List<Fact> mine = f.getValue();
            List<Fact> theirs = earlier.stream().map(x -> x.facts().get(key)).filter(Objects::nonNull).findFirst().orElse(null);
            if (theirs == null || shares(mine, theirs)) {
                continue;
            }
            Fact a = mine.get(0);
            Fact b = theirs.get(0);
            String message;
            if (key.startsWith("form ")) {
                String[] k = key.split(" ", 4);
                message = what + " has " + k[1] + " type=\"" + k[2] + "\"" + (k[3].isEmpty() ? "" : " xml:lang=\"" + k[3] + "\"")
                        + " \"" + a.value() + "\" here but \"" + b.value() + "\" in " + b.where();
            } else {
                message = what + " has " + key + " \"" + a.value() + "\" here but \"" + b.value() + "\" in " + b.where();
            }
            problems.add(Problem.error(a.file(), a.line(), a.column(), "register conflict: " + message));
        }
    }

    private static boolean shares(List<Fact> a, List<Fact> b) {
        Set<String> values = new LinkedHashSet<>();
        a.forEach(f -> values.add(f.value()));
        return b.stream().anyMatch(f -> values.contains(f.value()));
    }

    private static void put(Map<String, List<Fact>> facts, String key, String value, XdmNode at, String shown) {
        if (value != null && !value.isBlank()) {
            facts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Fact(value.strip(), shown, at.getLineNumber(), at.getColumnNumber()));
        }
    }

    private static String dateOf(XdmNode e) {
        return first(e.attribute("when"), e.attribute("from"), e.attribute("notBefore"), e.attribute("notAfter"), text(e));
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String text(XdmNode e) {
        return e.getStringValue().replaceAll("\\s+", " ").strip();
    }

    /** The xml:lang in force at {@code e}, or "" (as ed:lang-of). */
    private static String langOf(XdmNode e) {
        for (XdmNode n = e; n != null; n = n.getParent()) {
            String lang = n.getAttributeValue(XML_LANG);
            if (lang != null) {
                return lang;
            }
        }
        return "";
    }
}
