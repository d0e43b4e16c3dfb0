package org.editionkit.collate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.editionkit.core.Resources;

/**
 * The bilingual glossary of titles, ranks, offices and note vocabulary (xslt/collate/glossary.tsv,
 * optionally extended by an editor's file) and the search for its terms in a text.
 */
final class Glossary {
    /** One form of a concept. */
    record Term(String kind, String concept, String form, boolean korean, Pattern pattern) {
    }

    /** A term found at text[start, end). */
    record Hit(Term term, int start, int end) {
    }

    static final String RESOURCE = "xslt/collate/glossary.tsv";

    private final List<Term> terms = new ArrayList<>();

    static Glossary shipped() {
        Glossary g = new Glossary();
        g.read(new String(Resources.bytes(RESOURCE), StandardCharsets.UTF_8));
        return g;
    }

    void add(Path file) throws IOException {
        read(Files.readString(file, StandardCharsets.UTF_8));
    }

    void read(String tsv) {
        for (String line : tsv.split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException("glossary line needs kind, concept, English and Korean forms: " + line);
            }
            for (String en : f[2].split("\\|")) {
                if (!en.isBlank()) {
                    String form = en.strip().toLowerCase(Locale.ROOT);
                    terms.add(new Term(f[0].strip(), f[1].strip(), form, false,
                            Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(form) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                }
            }
            for (String ko : f[3].split("\\|")) {
                if (!ko.isBlank()) {
                    String form = ko.strip();
                    terms.add(new Term(f[0].strip(), f[1].strip(), form, true, Pattern.compile(Pattern.quote(form))));
                }
            }
        }
        terms.sort(Comparator.comparingInt((Term t) -> t.form().length()).reversed());
    }

    /** The terms of one kind in a text, longest first, never overlapping, in text order. */
    List<Hit> find(String kind, String text, boolean korean) {
        List<Hit> hits = new ArrayList<>();
        boolean[] used = new boolean[text.length()];
        for (Term t : terms) {
            if (!t.kind().equals(kind) || t.korean() != korean) {
                continue;
            }
            var m = t.pattern().matcher(text);
            while (m.find()) {
                boolean free = true;
                for (int i = m.start(); i < m.end(); i++) {
                    free &= !used[i];
                }
                if (free) {
                    for (int i = m.start(); i < m.end(); i++) {
                        used[i] = true;
                    }
                    hits.add(new Hit(t, m.start(), m.end()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }
}
