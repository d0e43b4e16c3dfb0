package org.editionkit.exchange.importer;

import java.util.List;

/**
 * Sets the {@code corresp} links between the units of two translations: opener, head, closer
 * and distribution one to one; sections by their numbers; the paragraphs of section 0, of each
 * pair of sections and the distribution items by {@link Aligner}. Every unit left without a
 * partner, and every pair made on weak evidence, is reported.
 */
public final class Linker {
    private final List<Finding> findings;
    private int pairs;

    public Linker(List<Finding> findings) {
        this.findings = findings;
    }

    /** Links {@code a} and {@code b}; returns the number of paragraph pairs made. */
    public int link(TextPlan a, TextPlan b) {
        Aligner aligner = new Aligner((double) b.totalLength() / Math.max(1, a.totalLength()));
        one(a.doc, b.doc);
        one(a.opener, b.opener);
        one(a.head, b.head);
        sequence(aligner, a.opening, b.opening, b.lang, true);
        for (TextPlan.SectionPlan s : a.sections) {
            TextPlan.SectionPlan t = b.section(s.n());
            if (t == null) {
                findings.add(new Finding(s.div().line(), "section " + s.n() + " has no counterpart in the " + b.lang + " translation"));
                s.paragraphs().forEach(p -> unpaired(p, b.lang));
                continue;
            }
            one(s.div(), t.div());
            one(s.head(), t.head());
            sequence(aligner, s.paragraphs(), t.paragraphs(), b.lang, true);
        }
        for (TextPlan.SectionPlan t : b.sections) {
            if (a.section(t.n()) == null) {
                findings.add(new Finding(t.div().line(), "section " + t.n() + " has no counterpart in the " + a.lang + " translation"));
                t.paragraphs().forEach(p -> unpaired(p, a.lang));
            }
        }
        one(a.dist, b.dist);
        one(a.distTotal, b.distTotal);
        one(a.distList, b.distList);
        sequence(aligner, a.distItems, b.distItems, b.lang, false);
        one(a.closer, b.closer);
        return pairs;
    }

    private void one(Unit x, Unit y) {
        if (x != null && y != null) {
            x.corresp = y.id;
            y.corresp = x.id;
        }
    }

    private void sequence(Aligner aligner, List<Unit> xs, List<Unit> ys, String otherLang, boolean paragraphs) {
        List<Aligner.Pair> result = aligner.align(xs.stream().map(Unit::text).toList(), ys.stream().map(Unit::text).toList());
        for (Aligner.Pair p : result) {
            if (p.left() >= 0 && p.right() >= 0) {
                Unit x = xs.get(p.left());
                Unit y = ys.get(p.right());
                one(x, y);
                pairs += paragraphs ? 1 : 0;
                if (p.score() < Aligner.WEAK_SCORE) {
                    x.reviewPairing = true;
                    y.reviewPairing = true;
                    findings.add(new Finding(x.line(), String.format(java.util.Locale.ROOT,
                            "paired with line %d on weak evidence (score %.2f); check the alignment", y.line(), p.score())));
                }
            } else if (p.left() >= 0) {
                unpaired(xs.get(p.left()), otherLang);
            } else {
                Unit y = ys.get(p.right());
                findings.add(new Finding(y.line(), "paragraph could not be paired with any paragraph of the other translation: \""
                        + DocumentInfo.abbreviate(y.text()) + "\""));
            }
        }
    }

    private void unpaired(Unit x, String otherLang) {
        findings.add(new Finding(x.line(), "paragraph could not be paired with any paragraph of the " + otherLang + " translation: \""
                + DocumentInfo.abbreviate(x.text()) + "\""));
    }
}
