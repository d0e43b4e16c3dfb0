package org.editionkit.exchange.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names the importer meets as bracketed variants, for the draft's three registers
 * (listPerson, listPlace, listOrg). Variants that share a form (ignoring case) are one entry, so
 * "Hamgyeong [Hamgyong] province" in the English and 함경도[Hamgyeong (Hamgyong)] in the Korean
 * make one place with three forms. Each occurrence brings its clues (the words around it, see
 * {@link NameClues}); {@link #resolve} adds what the masters in tei/ say ({@link KnownNames})
 * and decides: clues that agree classify the entry, none or conflicting ones leave it out of the
 * registers, reported for the editor. Nothing is classified without a stated reason.
 */
public final class Registers {
    /** The register an entry goes to, with the TEI names of its entry and name elements. */
    public enum Kind {
        PERSON("person", "persName", "person"), PLACE("place", "placeName", "place"), ORG("org", "orgName", "organisation");

        final String element;
        final String nameElement;
        final String label;

        Kind(String element, String nameElement, String label) {
            this.element = element;
            this.nameElement = nameElement;
            this.label = label;
        }
    }

    /** A reason to take a name for a kind, e.g. place/province because "the word “province” follows". */
    public record Clue(Kind kind, String type, String reason) {
    }

    /** Where a variant occurs, as the source prints it, and what the words around it say. */
    record Occurrence(int line, String label, List<Clue> clues) {
    }

    /** One name of the draft: classified (kind non-null, id set) or left for the editor. */
    public static final class Entry {
        final String key;
        final Map<String, String> forms = new LinkedHashMap<>();
        final List<Occurrence> occurrences = new ArrayList<>();
        Kind kind;
        String type;
        String id;

        Entry(String key) {
            this.key = key;
        }

        public Kind kind() {
            return kind;
        }

        public String id() {
            return id;
        }

        public String type() {
            return type;
        }

        public Map<String, String> forms() {
            return forms;
        }
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Entry> byForm = new LinkedHashMap<>();

    /** Records one occurrence of a variant; returns its entry's key (for {@link Inline} references). */
    public String add(List<Inline.Form> forms, int line, String label, List<Clue> clues) {
        Entry entry = null;
        for (Inline.Form f : forms) {
            entry = entry != null ? entry : byForm.get(normal(f.text()));
        }
        if (entry == null) {
            entry = new Entry("n" + (byKey.size() + 1));
            byKey.put(entry.key, entry);
        }
        for (Inline.Form f : forms) {
            // the same spelling under another type (Panmunjeom as rr and as latin) is one form
            if (!byForm.containsKey(normal(f.text())) || byForm.get(normal(f.text())) != entry) {
                entry.forms.putIfAbsent(f.type(), f.text());
            }
            byForm.putIfAbsent(normal(f.text()), entry);
        }
        entry.occurrences.add(new Occurrence(line, label, List.copyOf(clues)));
        return entry.key;
    }

    /** Adds a form found later (such as the Hangul form of a place first met in Latin letters). */
    public void addForm(String key, String type, String form) {
        Entry entry = byKey.get(key);
        entry.forms.putIfAbsent(type, form);
        byForm.putIfAbsent(normal(form), entry);
    }

    public Entry entry(String key) {
        return byKey.get(key);
    }

    /** Every entry, classified or not, in the order first met. */
    public List<Entry> all() {
        return new ArrayList<>(byKey.values());
    }

    /** The classified entries of one register. */
    public List<Entry> of(Kind kind) {
        return byKey.values().stream().filter(e -> e.kind == kind).toList();
    }

    /** Every form of a classified entry with its key, longest first (for tagging later occurrences). */
    public Map<String, String> formsLongestFirst() {
        Map<String, String> out = new LinkedHashMap<>();
        byForm.entrySet().stream().filter(e -> e.getValue().kind != null)
                .sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> out.put(e.getKey(), e.getValue().key));
        return out;
    }

    /**
     * Classifies every entry from its clues and the masters' registers, gives the classified ones
     * their xml:id (a master's, when a master registers the name) and reports each decision.
     */
    public void resolve(KnownNames known, Set<String> reservedIds, List<Finding> findings) {
        Set<String> used = new HashSet<>(reservedIds);
        for (Entry e : byKey.values()) {
            List<KnownNames.Known> matches = known.match(e.forms.values());
            Map<Clue, Integer> clues = new LinkedHashMap<>();
            Set<String> said = new HashSet<>();
            for (Occurrence o : e.occurrences) {
                o.clues().stream().filter(c -> said.add(c.reason())).forEach(c -> clues.put(c, o.line()));
            }
            for (KnownNames.Known k : matches) {
                clues.put(new Clue(k.kind(), k.type(), k.file() + " registers \"" + k.form() + "\" as the " + k.kind().label + " #" + k.id()), 0);
            }
            Set<Kind> kinds = new LinkedHashSet<>();
            clues.keySet().forEach(c -> kinds.add(c.kind()));
            if (kinds.size() != 1) {
                for (Occurrence o : e.occurrences) {
                    String why = kinds.isEmpty()
                            ? "no word around it says whether it names a person, a place or an organisation, and no master in tei/ registers it"
                            : "the clues disagree: " + reasons(clues, o.line());
                    findings.add(new Finding(o.line(), o.label() + ": not classified (" + why
                            + "): encoded as <name> with a review note and left out of the registers; decide and encode it by hand"));
                }
                continue;
            }
            Occurrence first = e.occurrences.get(0);
            e.kind = kinds.iterator().next();
            e.type = clues.keySet().stream().map(Clue::type).filter(t -> t != null).findFirst().orElse(null);
            String masterId = matches.stream().map(KnownNames.Known::id).distinct().count() == 1 ? matches.get(0).id() : null;
            e.id = masterId != null && !used.contains(masterId) ? masterId : unique(slug(e), used);
            used.add(e.id);
            findings.add(new Finding(first.line(), first.label() + " registered as the " + e.kind.label + " #" + e.id
                    + (e.type == null ? "" : " (" + e.type + ")") + ": " + reasons(clues, first.line())
                    + (e.id.equals(masterId) ? "; the id is the master's: check it is the same " + e.kind.label : "; check")));
        }
    }

    /** The clues' reasons, each found on another line than {@code line} saying which (0: the masters). */
    private static String reasons(Map<Clue, Integer> clues, int line) {
        return String.join("; ", clues.entrySet().stream()
                .map(c -> c.getKey().reason() + (c.getValue() == 0 || c.getValue() == line ? "" : " (line " + c.getValue() + ")")).toList());
    }

    /** Case, spacing, apostrophes and Unicode composition do not distinguish two forms of a name. */
    static String normal(String form) {
        return Normalizer.normalize(form, Normalizer.Form.NFC).replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A person's id runs the given name together ("Heo Ga-I" → heo-gai); a place's or an
     * organisation's joins its words ("Ministry of Agriculture" → ministry-of-agriculture).
     */
    private static String slug(Entry e) {
        String latin = e.forms.values().stream().filter(f -> Script.of(f) == Script.LATIN).findFirst().orElse("");
        if (e.kind != Kind.PERSON && e.forms.containsKey("en")) {
            latin = e.forms.get("en");
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").strip();
        String id;
        if (e.kind == Kind.PERSON) {
            String[] tokens = ascii.split("\\s+", 2);
            id = tokens.length == 1 ? tokens[0] : tokens[0] + "-" + tokens[1].replaceAll("[\\s-]+", "");
        } else {
            id = ascii.replaceAll("[\\s-]+", "-");
        }
        return id.isEmpty() ? e.kind.element : Character.isLetter(id.charAt(0)) ? id : e.kind.element + "-" + id;
    }

    private static String unique(String base, Set<String> used) {
        String id = base;
        for (int i = 2; used.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
