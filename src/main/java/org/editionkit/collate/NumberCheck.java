package org.editionkit.collate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers, dates and quantities: a value one translation of a pair has and the other lacks
 * (Dep. V against 4부서), paired in text order; and a value both have that only one makes
 * approximate (one and a half hours against 약 한 시간 반 정도).
 */
final class NumberCheck {
    private NumberCheck() {
    }

    static void check(Pair p, List<Proposal> out) {
        List<Numbers.Value> e = Numbers.values(p.e());
        List<Numbers.Value> k = Numbers.values(p.k());
        Set<String> eSet = keys(e);
        Set<String> kSet = keys(k);
        List<Numbers.Value> eOnly = only(e, kSet);
        List<Numbers.Value> kOnly = only(k, eSet);
        int n = Math.max(eOnly.size(), kOnly.size());
        for (int i = 0; i < n; i++) {
            Numbers.Value a = i < eOnly.size() ? eOnly.get(i) : null;
            Numbers.Value b = i < kOnly.size() ? kOnly.get(i) : null;
            String reason = a != null && b != null ? "E " + a.value() + ", K " + b.value()
                    : a != null ? "E " + a.value() + ", not in K" : "K " + b.value() + ", not in E";
            out.add(new Proposal("number", a != null && b != null ? "high" : "low", reason,
                    a == null ? Proposal.Passage.none(p.e(), 0) : Proposal.Passage.of(p.e(), a.start(), a.end()),
                    b == null ? Proposal.Passage.none(p.k(), 0) : Proposal.Passage.of(p.k(), b.start(), b.end())));
        }
        Map<String, Numbers.Value> eFirst = first(e);
        Set<String> done = new HashSet<>();
        for (Numbers.Value b : k) {
            Numbers.Value a = eFirst.get(b.value());
            boolean kApprox = anyApprox(k, b.value());
            if (a != null && done.add(b.value()) && kApprox != anyApprox(e, b.value())) {
                out.add(new Proposal("number", "medium",
                        (kApprox ? "K makes " : "E makes ") + b.value() + " approximate, the other does not",
                        Proposal.Passage.of(p.e(), a.start(), a.end()), Proposal.Passage.of(p.k(), widen(p.k().text(), b), b.end())));
            }
        }
    }

    /** Values as compared: a date also stands for its month, so "8월" matches an encoded 1956-08. */
    private static Set<String> keys(List<Numbers.Value> vs) {
        Set<String> s = new HashSet<>();
        for (Numbers.Value v : vs) {
            s.add(v.value());
            if (v.value().startsWith("date ")) {
                for (String d : v.value().substring(5).split("\\.\\.")) {
                    if (d.length() >= 7 && !d.equals("null")) {
                        s.add("month " + Integer.parseInt(d.substring(5, 7)));
                    }
                }
            }
        }
        return s;
    }

    private static List<Numbers.Value> only(List<Numbers.Value> vs, Set<String> other) {
        List<Numbers.Value> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Numbers.Value v : vs) {
            if (!other.contains(v.value()) && seen.add(v.value())) {
                out.add(v);
            }
        }
        return out;
    }

    private static Map<String, Numbers.Value> first(List<Numbers.Value> vs) {
        Map<String, Numbers.Value> m = new LinkedHashMap<>();
        for (Numbers.Value v : vs) {
            m.putIfAbsent(v.value(), v);
        }
        return m;
    }

    private static boolean anyApprox(List<Numbers.Value> vs, String value) {
        return vs.stream().anyMatch(v -> v.value().equals(value) && v.approx());
    }

    /** Starts the Korean passage at the approximating word before the number (약, 대략) when there is one. */
    private static int widen(String t, Numbers.Value v) {
        int from = Math.max(0, v.start() - 6);
        for (String w : new String[] {"약", "대략", "대강"}) {
            int i = t.lastIndexOf(w, v.start());
            if (i >= from) {
                return i;
            }
        }
        return v.start();
    }
}
