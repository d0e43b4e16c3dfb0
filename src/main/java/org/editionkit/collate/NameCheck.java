package org.editionkit.collate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.editionkit.exchange.importer.Hangul;

/**
 * Names: a registered person, place or organisation one translation of a pair names and the other
 * does not (neither tagged nor written in a register form); a Korean name whose Hangul does not
 * romanise to the other translation's Latin form (리승조 against Ri Sang-jo); Latin forms that
 * differ between the texts (Brzeziński against Brzezinski); a person's name matching no register form.
 */
final class NameCheck {
    private static final String[] NAMES = {"persName", "placeName", "orgName"};

    private NameCheck() {
    }

    static void check(Pair p, Register register, List<Proposal> out) {
        Map<String, UnitText.Span> e = named(p.e());
        Map<String, UnitText.Span> k = named(p.k());
        absent(e, k, p.e(), p.k(), register, "omission", out);
        absent(k, e, p.k(), p.e(), register, "addition", out);
        for (Map.Entry<String, UnitText.Span> en : e.entrySet()) {
            UnitText.Span ks = k.get(en.getKey());
            if (ks == null || !en.getValue().element().is("persName")) {
                continue;
            }
            Register.Entry reg = register.get(en.getKey());
            String et = text(p.e(), en.getValue());
            String kt = text(p.k(), ks);
            String reason = null;
            if (hangul(kt) && !hangul(et) && (reg == null || reg.korean())) {
                if (!romanisationMatches(kt, alternatives(en.getValue(), et))) {
                    reason = kt + " romanises as " + Hangul.romanise(kt) + ", not " + et;
                }
            } else if (!hangul(kt) && !hangul(et) && !tokens(et).equals(tokens(kt))) {
                reason = tokens(plain(et)).equals(tokens(plain(kt))) ? "the Latin forms differ in a diacritic" : "the Latin forms differ";
            }
            if (reason != null) {
                out.add(new Proposal("name", "high", reason, Proposal.Passage.of(p.e(), en.getValue().start(), en.getValue().end()),
                        Proposal.Passage.of(p.k(), ks.start(), ks.end())));
            }
        }
        unregistered(p.e(), register, out, p.k());
        unregistered(p.k(), register, out, p.e());
    }

    /** Names of the unit by @ref, the first occurrence of each. */
    private static Map<String, UnitText.Span> named(UnitText u) {
        Map<String, UnitText.Span> m = new LinkedHashMap<>();
        for (String n : NAMES) {
            for (UnitText.Span s : u.spans(n)) {
                String ref = s.element().attr("ref");
                if (ref != null) {
                    m.putIfAbsent(ref.strip().replaceFirst("^#", ""), s);
                }
            }
        }
        List<Map.Entry<String, UnitText.Span>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> Integer.compare(a.getValue().start(), b.getValue().start()));
        Map<String, UnitText.Span> sorted = new LinkedHashMap<>();
        l.forEach(x -> sorted.put(x.getKey(), x.getValue()));
        return sorted;
    }

    private static void absent(Map<String, UnitText.Span> in, Map<String, UnitText.Span> other, UnitText u, UnitText o,
            Register register, String kind, List<Proposal> out) {
        String squeezed = o.text().replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        for (Map.Entry<String, UnitText.Span> en : in.entrySet()) {
            if (other.containsKey(en.getKey())) {
                continue;
            }
            Register.Entry reg = register.get(en.getKey());
            boolean written = reg != null && reg.forms().stream()
                    .anyMatch(f -> squeezed.contains(f.text().replaceAll("\\s+", "").toLowerCase(Locale.ROOT)));
            if (written) {
                continue;
            }
            UnitText.Span s = en.getValue();
            Proposal.Passage here = Proposal.Passage.of(u, s.start(), s.end());
            Proposal.Passage none = Proposal.Passage.none(o, 0);
            String reason = (kind.equals("omission") ? "K" : "E") + " does not name #" + en.getKey();
            out.add(kind.equals("omission") ? new Proposal(kind, "medium", reason, here, none)
                    : new Proposal(kind, "medium", reason, none, here));
        }
    }

    /** A person's name whose text is none of the register's forms (case, spacing, hyphens and word order aside). */
    private static void unregistered(UnitText u, Register register, List<Proposal> out, UnitText other) {
        for (UnitText.Span s : u.spans("persName")) {
            Register.Entry reg = register.get(s.element().attr("ref"));
            if (reg == null || reg.forms().isEmpty()) {
                continue;
            }
            String t = text(u, s);
            boolean known = reg.forms().stream().anyMatch(f -> key(f.text()).equals(key(t)));
            if (!known && !t.isBlank()) {
                Proposal.Passage here = Proposal.Passage.of(u, s.start(), s.end());
                Proposal.Passage none = Proposal.Passage.none(other, 0);
                out.add(u.lang.startsWith("ko")
                        ? new Proposal("name", "low", "\"" + t + "\" matches no form of #" + reg.id() + " in the register", none, here)
                        : new Proposal("name", "low", "\"" + t + "\" matches no form of #" + reg.id() + " in the register", here, none));
            }
        }
    }

    private static List<String> alternatives(UnitText.Span span, String first) {
        List<String> alts = new ArrayList<>();
        alts.add(first);
        for (TeiTree.Node c : span.element().children) {
            if (c.is("choice")) {
                for (TeiTree.Node r : c.children) {
                    if (r.is("reg")) {
                        alts.add(r.textContent());
                    }
                }
            }
        }
        return alts;
    }

    static boolean romanisationMatches(String hangul, List<String> latin) {
        String mine = loose(Hangul.key(Hangul.romanise(hangul)));
        for (String l : latin) {
            if (loose(Hangul.key(l)).equals(mine)) {
                return true;
            }
        }
        return false;
    }

    /** Levels the vowel spellings the two systems and their variants use for ㅓ, ㅗ, ㅜ, ㅡ (seong, sŏng, sung). */
    private static String loose(String key) {
        return key.replace('o', 'u');
    }

    private static String text(UnitText u, UnitText.Span s) {
        return u.text().substring(s.start(), s.end()).replaceAll("\\s+", " ").strip();
    }

    static boolean hangul(String s) {
        return s.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
    }

    private static List<String> tokens(String s) {
        List<String> t = new ArrayList<>(Arrays.asList(s.toLowerCase(Locale.ROOT).split("[\\s\\-]+")));
        t.sort(null);
        return t;
    }

    private static String key(String s) {
        return String.join(" ", tokens(s.replace('’', '\'')));
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
