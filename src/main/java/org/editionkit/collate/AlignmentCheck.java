package org.editionkit.collate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Omissions and additions: the sentences (and lines) of each aligned pair are aligned by length
 * (Gale–Church) anchored on names and numbers. Reported: a sentence left unaligned; a group of
 * sentences whose Korean is far shorter than the document's length ratio predicts (the member
 * whose removal fits the ratio best is named: a sentence the Korean translation dropped inside a
 * merged sentence); a short line of a merged group that shares nothing with the other side (a
 * heading line such as "N o t e"). Within aligned groups, {@link BeadCheck} compares parentheses
 * and names.
 */
final class AlignmentCheck {
    /** How many standard deviations (per √length) the Korean may fall short before an omission is proposed. */
    static final double SHORTFALL = -2.0;
    /** Groups shorter than this (English letters) are left to the other checks: too little text for a length test. */
    static final int MIN_LENGTH = 80;

    private final double ratio;
    private final Glossary glossary;
    private int alignedSentences;

    AlignmentCheck(List<Pair> pairs, Glossary glossary) {
        this.glossary = glossary;
        long e = 0;
        long k = 0;
        for (Pair p : pairs) {
            e += p.e().text().replaceAll("\\s+", "").length();
            k += p.k().text().replaceAll("\\s+", "").length();
        }
        ratio = e == 0 || k == 0 ? 1 : (double) k / e;
    }

    int alignedSentences() {
        return alignedSentences;
    }

    void check(Pair p, List<Proposal> out) {
        List<Sentences.Sentence> es = Sentences.split(p.e().text());
        List<Sentences.Sentence> ks = Sentences.split(p.k().text());
        if (es.isEmpty() || ks.isEmpty()) {
            return;
        }
        List<Set<String>> ea = anchors(p.e(), es, false);
        List<Set<String>> ka = anchors(p.k(), ks, true);
        List<GaleChurch.Bead> beads = GaleChurch.align(lengths(es), lengths(ks), ratio, (a, b, c, d) -> {
            Set<String> x = union(ea, a, b);
            x.retainAll(union(ka, c, d));
            return x.size();
        });
        BeadCheck beadCheck = new BeadCheck(p);
        for (GaleChurch.Bead b : beads) {
            if (b.kFrom() == b.kTo()) {
                Sentences.Sentence s = es.get(b.eFrom());
                out.add(new Proposal("omission", "medium", "sentence of E with no counterpart in K (Gale–Church)",
                        Proposal.Passage.of(p.e(), s.start(), s.end()), Proposal.Passage.none(p.k(), 0)));
            } else if (b.eFrom() == b.eTo()) {
                Sentences.Sentence s = ks.get(b.kFrom());
                out.add(new Proposal("addition", "medium", "sentence of K with no counterpart in E (Gale–Church)",
                        Proposal.Passage.none(p.e(), 0), Proposal.Passage.of(p.k(), s.start(), s.end())));
            } else {
                alignedSentences++;
                shortfall(p, es, ks, b, out);
                lonelyLines(p, es, ea, ks, ka, b, out);
                beadCheck.add(new int[] {es.get(b.eFrom()).start(), es.get(b.eTo() - 1).end()},
                        new int[] {ks.get(b.kFrom()).start(), ks.get(b.kTo() - 1).end()});
            }
        }
        beadCheck.report(out);
    }

    private void shortfall(Pair p, List<Sentences.Sentence> es, List<Sentences.Sentence> ks, GaleChurch.Bead b, List<Proposal> out) {
        int le = sum(es, b.eFrom(), b.eTo());
        int lk = sum(ks, b.kFrom(), b.kTo());
        if (le < MIN_LENGTH || z(le, lk) > SHORTFALL) {
            return;
        }
        Sentences.Sentence best = es.get(b.eFrom());
        double bestZ = z(le, lk);
        if (b.eTo() - b.eFrom() > 1) {
            bestZ = Double.POSITIVE_INFINITY;
            for (int i = b.eFrom(); i < b.eTo(); i++) {
                double zi = Math.abs(z(le - es.get(i).length(), lk));
                if (zi < bestZ) {
                    bestZ = zi;
                    best = es.get(i);
                }
            }
        }
        out.add(new Proposal("omission", "low",
                String.format(java.util.Locale.ROOT, "K is %.1f deviations shorter than the length ratio predicts: a sentence or clause may be missing", -z(le, lk)),
                Proposal.Passage.of(p.e(), best.start(), best.end()), Proposal.Passage.none(p.k(), 0)));
    }

    private double z(int le, int lk) {
        return (lk - ratio * le) / Math.sqrt(Math.max(1, le) * ratio);
    }

    /** A very short member of a merged group sharing no name, number or title with the other side: a line one text lacks. */
    private void lonelyLines(Pair p, List<Sentences.Sentence> es, List<Set<String>> ea, List<Sentences.Sentence> ks,
            List<Set<String>> ka, GaleChurch.Bead b, List<Proposal> out) {
        if (b.eTo() - b.eFrom() > 1) {
            Set<String> other = union(ka, b.kFrom(), b.kTo());
            for (int i = b.eFrom(); i < b.eTo(); i++) {
                Sentences.Sentence s = es.get(i);
                Set<String> mine = new HashSet<>(ea.get(i));
                if (s.length() <= 12 && (mine.isEmpty() || !intersects(mine, other))) {
                    out.add(new Proposal("omission", "low", "a line of E that shares nothing with the aligned K text",
                            Proposal.Passage.of(p.e(), s.start(), s.end()), Proposal.Passage.none(p.k(), 0)));
                }
            }
        }
        if (b.kTo() - b.kFrom() > 1) {
            Set<String> other = union(ea, b.eFrom(), b.eTo());
            for (int i = b.kFrom(); i < b.kTo(); i++) {
                Sentences.Sentence s = ks.get(i);
                Set<String> mine = new HashSet<>(ka.get(i));
                if (s.length() <= 6 && (mine.isEmpty() || !intersects(mine, other))) {
                    out.add(new Proposal("addition", "low", "a line of K that shares nothing with the aligned E text",
                            Proposal.Passage.none(p.e(), 0), Proposal.Passage.of(p.k(), s.start(), s.end())));
                }
            }
        }
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static int sum(List<Sentences.Sentence> ss, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += ss.get(i).length();
        }
        return n;
    }

    private static int[] lengths(List<Sentences.Sentence> ss) {
        return ss.stream().mapToInt(Sentences.Sentence::length).toArray();
    }

    private static Set<String> union(List<Set<String>> sets, int from, int to) {
        Set<String> u = new HashSet<>();
        for (int i = from; i < to; i++) {
            u.addAll(sets.get(i));
        }
        return u;
    }

    /** Per sentence: the @ref of its names, the values of its numbers and the glossary concepts it uses. */
    private List<Set<String>> anchors(UnitText u, List<Sentences.Sentence> ss, boolean korean) {
        List<Set<String>> out = new ArrayList<>();
        List<Numbers.Value> values = Numbers.values(u);
        List<Glossary.Hit> terms = glossary.find("title", u.text(), korean);
        for (Sentences.Sentence s : ss) {
            Set<String> a = new HashSet<>();
            for (UnitText.Span sp : u.spans) {
                String ref = sp.element().attr("ref");
                if (ref != null && sp.start() >= s.start() && sp.start() < s.end()) {
                    a.add(ref);
                }
            }
            for (Numbers.Value v : values) {
                if (v.start() >= s.start() && v.start() < s.end()) {
                    a.add(v.value());
                }
            }
            for (Glossary.Hit h : terms) {
                if (h.start() >= s.start() && h.start() < s.end()) {
                    a.add(h.term().concept());
                }
            }
            out.add(a);
        }
        return out;
    }
}
