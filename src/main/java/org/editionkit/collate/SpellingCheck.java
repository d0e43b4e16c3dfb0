package org.editionkit.collate;

import java.util.ArrayList;
import java.util.List;
import org.editionkit.exchange.importer.Hangul;

/**
 * Spelling of states, organisations and places against the registers: a stretch of text one
 * letter away from a registered form (조선민주주의인공화국 for 조선민주주의인민공화국), spaces
 * aside. Short forms are left out (one letter off a four-letter word is usually another word).
 */
final class SpellingCheck {
    private SpellingCheck() {
    }

    static void check(Pair p, Register register, List<Proposal> out) {
        scan(p.e(), p, register, out);
        scan(p.k(), p, register, out);
    }

    private static void scan(UnitText u, Pair p, Register register, List<Proposal> out) {
        String text = u.text();
        StringBuilder sq = new StringBuilder();
        List<Integer> map = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                sq.append(text.charAt(i));
                map.add(i);
            }
        }
        boolean korean = u.lang.startsWith("ko");
        // Latin forms are compared without case: "higher Party School" is the register's "Higher Party School"
        String s = korean ? sq.toString() : sq.toString().toLowerCase(java.util.Locale.ROOT);
        List<int[]> found = new ArrayList<>();
        // Every registered form as compared: a stretch that is itself one of them (the MR form
        // Panmunjom beside the RR form Panmunjeom) is a variant the register knows, not a misspelling.
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Register.Entry entry : register.entries.values()) {
            for (Register.Form f : entry.forms()) {
                String t = f.text().replaceAll("\\s+", "");
                known.add(korean ? t : t.toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (Register.Entry entry : register.entries.values()) {
            if (entry.kind().equals("person")) {
                continue;
            }
            for (Register.Form f : entry.forms()) {
                String form = korean ? f.text().replaceAll("\\s+", "") : f.text().replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
                if (NameCheck.hangul(form) != korean || form.length() < (korean ? 6 : 8)) {
                    continue;
                }
                String head = form.substring(0, 2);
                String tail = form.substring(form.length() - 2);
                for (int len = form.length() - 1; len <= form.length() + 1; len++) {
                    for (int at = 0; at + len <= s.length(); at++) {
                        // one edit leaves the first two or the last two letters intact (forms are long): a cheap filter
                        if (!s.startsWith(head, at) && !s.startsWith(tail, at + len - 2)) {
                            continue;
                        }
                        if (!korean && !wordEdges(text, map, at, len)) {
                            continue;
                        }
                        String w = s.substring(at, at + len);
                        if (w.equals(form) || known.contains(w) || s.startsWith(form, Math.max(0, at - 1)) || s.startsWith(form, at)
                                || Hangul.distance(w, form) != 1 || overlaps(found, at, at + len) || exact(s, form, at, len)) {
                            continue;
                        }
                        found.add(new int[] {at, at + len});
                        int start = map.get(at);
                        int end = map.get(at + len - 1) + 1;
                        Proposal.Passage here = Proposal.Passage.of(u, start, end);
                        String reason = "\"" + w + "\" is one letter off the register's " + f.text() + " (#" + entry.id() + ")";
                        out.add(korean ? new Proposal("spelling", "medium", reason, Proposal.Passage.none(p.e(), 0), here)
                                : new Proposal("spelling", "medium", reason, here, Proposal.Passage.none(p.k(), 0)));
                    }
                }
            }
        }
    }

    /** True when the exact form occurs overlapping the window (the window is then a piece of it). */
    private static boolean exact(String s, String form, int at, int len) {
        int from = Math.max(0, at - form.length());
        int i = s.indexOf(form, from);
        while (i >= 0 && i < at + len) {
            if (i + form.length() > at) {
                return true;
            }
            i = s.indexOf(form, i + 1);
        }
        return false;
    }

    private static boolean overlaps(List<int[]> found, int s, int e) {
        for (int[] r : found) {
            if (s < r[1] && r[0] < e) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordEdges(String text, List<Integer> map, int at, int len) {
        int start = map.get(at);
        int end = map.get(at + len - 1) + 1;
        return (start == 0 || !Character.isLetter(text.charAt(start - 1))) && (end >= text.length() || !Character.isLetter(text.charAt(end)));
    }
}
