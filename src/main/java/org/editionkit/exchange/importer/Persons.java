package org.editionkit.exchange.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The persons the importer meets as name variants, for the draft's register. Two variants are
 * the same person when they share a Latin form (ignoring case), so "Heo Ga-I [Ho Ka I]" in the
 * English and "허가이[Heo Ga-I (Ho Ka I)]" in the Korean make one person with three forms.
 */
public final class Persons {
    /** One register entry: its id and its forms by type, in the order first met. */
    public record Person(String id, Map<String, String> forms) {
    }

    private final Map<String, Person> byId = new LinkedHashMap<>();
    private final Map<String, Person> byForm = new LinkedHashMap<>();

    /** Records the forms and returns the person's id (new or existing). */
    public String add(List<Inline.Form> forms) {
        Person person = null;
        for (Inline.Form f : forms) {
            person = person != null ? person : byForm.get(key(f.text()));
        }
        if (person == null) {
            Inline.Form latin = forms.stream().filter(f -> Script.of(f.text()) == Script.LATIN).findFirst().orElse(forms.get(0));
            String id = uniqueId(slug(latin.text()));
            person = new Person(id, new LinkedHashMap<>());
            byId.put(id, person);
        }
        for (Inline.Form f : forms) {
            person.forms().putIfAbsent(f.type(), f.text());
            byForm.putIfAbsent(key(f.text()), person);
        }
        return person.id();
    }

    /** Adds a form found later (such as the Hangul form of a person first met in Latin letters). */
    public void addForm(String id, String type, String form) {
        Person person = byId.get(id);
        person.forms().putIfAbsent(type, form);
        byForm.putIfAbsent(key(form), person);
    }

    public List<Person> all() {
        return new ArrayList<>(byId.values());
    }

    /** Every known form with its person's id, longest first (for tagging later occurrences). */
    public Map<String, String> formsLongestFirst() {
        Map<String, String> out = new LinkedHashMap<>();
        byForm.entrySet().stream().sorted((a, b) -> b.getKey().length() - a.getKey().length())
                .forEach(e -> out.put(e.getKey(), e.getValue().id()));
        return out;
    }

    static String key(String form) {
        return form.strip().toLowerCase(Locale.ROOT);
    }

    /** "Heo Ga-I" → "heo-gai": surname, hyphen, given name run together, ASCII only. */
    static String slug(String form) {
        String ascii = Normalizer.normalize(form, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").strip();
        String[] tokens = ascii.split("\\s+", 2);
        String id = tokens.length == 1 ? tokens[0] : tokens[0] + "-" + tokens[1].replaceAll("[\\s-]+", "");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "person-" + id : id;
    }

    private String uniqueId(String base) {
        String id = base;
        for (int i = 2; byId.containsKey(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
