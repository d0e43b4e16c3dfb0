package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the Hangul form of registered names known only in Latin letters ("Pak Il-u [Pak Il U]"
 * in the English, plain 박일우 in the Korean; "Sinuiju [Sinŭiju]" and 신의주) by romanising the Hangul words of the paired Korean
 * paragraph and comparing them with the person's Latin forms. Each form found is reported for
 * checking; an entry whose form is not found keeps only the Latin ones.
 */
final class KoreanForms {
    private KoreanForms() {
    }

    static void find(Registers registers, TextPlan latin, TextPlan korean, List<Finding> findings) {
        if (korean == null || !"ko".equals(korean.lang)) {
            return;
        }
        Map<String, Unit> koById = new java.util.HashMap<>();
        units(korean).forEach(u -> koById.put(u.id, u));
        for (Registers.Entry p : registers.all()) {
            if (p.kind() == null || p.forms().containsKey("ko")) {
                continue;
            }
            List<String> keys = p.forms().values().stream().filter(f -> Script.of(f) == Script.LATIN).map(Hangul::key).toList();
            search:
            for (Unit u : units(latin)) {
                Unit partner = u.corresp == null ? null : koById.get(u.corresp);
                if (partner == null || p.forms().values().stream().noneMatch(f -> u.text().toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                for (String word : partner.text().split("[^\\p{IsHangul}]+")) {
                    String best = null;
                    int bestDistance = Integer.MAX_VALUE;
                    for (String candidate : stems(word)) {
                        String key = Hangul.key(Hangul.romanise(candidate));
                        for (String k : keys) {
                            int d = Hangul.distance(k, key);
                            if (d <= Math.max(1, k.length() / 8) && d < bestDistance) {
                                best = candidate;
                                bestDistance = d;
                            }
                        }
                    }
                    if (best != null) {
                        String latinForms = String.join(" / ", p.forms().values());
                        registers.addForm(p.key, "ko", best);
                        findings.add(new Finding(partner.line(), "the Korean form of #" + p.id() + " taken to be " + best
                                + " (its romanisation matches " + latinForms + "); check"));
                        break search;
                    }
                }
            }
        }
    }

    /** A word and the word without a particle of one or two syllables (박일우, 정렬이 → 정렬). */
    private static List<String> stems(String word) {
        List<String> out = new ArrayList<>();
        for (int cut = 0; cut <= 2 && word.length() - cut >= 2; cut++) {
            out.add(word.substring(0, word.length() - cut));
        }
        return out;
    }

    private static List<Unit> units(TextPlan t) {
        List<Unit> out = new ArrayList<>(t.opening);
        t.sections.forEach(s -> out.addAll(s.paragraphs()));
        return out;
    }
}
