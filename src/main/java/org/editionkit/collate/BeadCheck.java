package org.editionkit.collate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the aligned sentence groups of one pair carry on one side only: parentheses (a translator's
 * "(불량한)" or "(북)"; a parenthesis that moved into the neighbouring group cancels out) and
 * places and organisations (로동당 where the English says "party").
 */
final class BeadCheck {
    private record Extra(int bead, boolean korean, int start, int end) {
    }

    private final Pair pair;
    private final List<int[][]> beads = new ArrayList<>();

    BeadCheck(Pair pair) {
        this.pair = pair;
    }

    void add(int[] eRange, int[] kRange) {
        beads.add(new int[][] {eRange, kRange});
    }

    void report(List<Proposal> out) {
        List<Extra> extras = new ArrayList<>();
        for (int i = 0; i < beads.size(); i++) {
            List<int[]> ep = parens(pair.e().text(), beads.get(i)[0]);
            List<int[]> kp = parens(pair.k().text(), beads.get(i)[1]);
            boolean kMore = kp.size() > ep.size();
            List<int[]> more = new ArrayList<>(kMore ? kp : ep);
            more.sort((a, b) -> Integer.compare(a[1] - a[0], b[1] - b[0]));
            for (int j = 0; j < Math.abs(kp.size() - ep.size()); j++) {
                extras.add(new Extra(i, kMore, more.get(j)[0], more.get(j)[1]));
            }
        }
        // a parenthesis that one translation moved into the neighbouring sentence is not a divergence
        Set<Extra> cancelled = new HashSet<>();
        for (Extra a : extras) {
            for (Extra b : extras) {
                if (a.korean() && !b.korean() && Math.abs(a.bead() - b.bead()) == 1 && !cancelled.contains(a) && !cancelled.contains(b)) {
                    cancelled.add(a);
                    cancelled.add(b);
                }
            }
        }
        for (Extra x : extras) {
            if (cancelled.contains(x)) {
                continue;
            }
            if (x.korean()) {
                out.add(new Proposal("addition", "medium", "a parenthesis of K with none in the aligned E sentence",
                        Proposal.Passage.none(pair.e(), beads.get(x.bead())[0][0]), Proposal.Passage.of(pair.k(), x.start(), x.end())));
            } else {
                out.add(new Proposal("omission", "medium", "a parenthesis of E with none in the aligned K sentence",
                        Proposal.Passage.of(pair.e(), x.start(), x.end()), Proposal.Passage.none(pair.k(), beads.get(x.bead())[1][0])));
            }
        }
        names(out);
    }

    /** Places and organisations one group names and the aligned group of the other translation does not. */
    private void names(List<Proposal> out) {
        for (int[][] b : beads) {
            List<UnitText.Span> e = named(pair.e(), b[0]);
            List<UnitText.Span> k = named(pair.k(), b[1]);
            Set<String> eRefs = refs(e);
            Set<String> kRefs = refs(k);
            Set<String> allE = refs(named(pair.e(), new int[] {0, pair.e().text().length()}));
            for (UnitText.Span s : k) {
                String ref = s.element().attr("ref");
                if (!eRefs.contains(ref) && allE.contains(ref) && !nested(s, k)) {
                    out.add(new Proposal("addition", "low", "K names " + ref + " here, the aligned E sentence does not",
                            Proposal.Passage.none(pair.e(), b[0][0]), Proposal.Passage.of(pair.k(), s.start(), s.end())));
                    kRefs.add(ref);
                }
            }
        }
    }

    /** True when the span lies inside another named span (a place inside an organisation's name). */
    private static boolean nested(UnitText.Span s, List<UnitText.Span> all) {
        for (UnitText.Span o : all) {
            if (o != s && o.start() <= s.start() && s.end() <= o.end() && (o.end() - o.start()) > (s.end() - s.start())) {
                return true;
            }
        }
        return false;
    }

    private static List<UnitText.Span> named(UnitText u, int[] range) {
        List<UnitText.Span> out = new ArrayList<>();
        for (String n : new String[] {"placeName", "orgName"}) {
            for (UnitText.Span s : u.spans(n)) {
                if (s.element().attr("ref") != null && s.start() >= range[0] && s.start() < range[1]) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static Set<String> refs(List<UnitText.Span> spans) {
        Set<String> s = new HashSet<>();
        for (UnitText.Span x : spans) {
            s.add(x.element().attr("ref").toLowerCase(Locale.ROOT));
        }
        return s;
    }

    /** Parentheses opened in text[range]: from "(" to its ")" or, unclosed, to the end of the range. */
    private static List<int[]> parens(String t, int[] range) {
        List<int[]> out = new ArrayList<>();
        for (int i = range[0]; i < range[1]; i++) {
            if (t.charAt(i) == '(') {
                int close = t.indexOf(')', i);
                out.add(new int[] {i, close < 0 || close >= range[1] ? range[1] : close + 1});
            }
        }
        return out;
    }
}
