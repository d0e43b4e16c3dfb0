package org.editionkit.collate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Titles, ranks and offices (glossary kind "title") and what translator notes at the same place
 * describe (kind "note"): a concept one translation has and the other lacks, paired in text order
 * with a concept only the other has ("Minister" against 수상, premier).
 */
final class TermCheck {
    private final Glossary glossary;

    TermCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    void titles(Pair p, List<Proposal> out) {
        List<Glossary.Hit> e = glossary.find("title", p.e().text(), false);
        List<Glossary.Hit> k = glossary.find("title", p.k().text(), true);
        List<Glossary.Hit> eOnly = missing(e, k);
        List<Glossary.Hit> kOnly = missing(k, e);
        for (int i = 0; i < Math.min(eOnly.size(), kOnly.size()); i++) {
            Glossary.Hit a = eOnly.get(i);
            Glossary.Hit b = kOnly.get(i);
            out.add(new Proposal("title", "medium",
                    "E " + a.term().concept() + ", K " + b.term().concept() + " (" + b.term().form() + "); K has no form of "
                            + a.term().concept(),
                    Proposal.Passage.of(p.e(), a.start(), a.end()), Proposal.Passage.of(p.k(), b.start(), b.end())));
        }
    }

    /** Connectives and modality words (kind "connective") one translation adds: 그 결과로 "as a result", 곧 "soon". */
    void connectives(Pair p, List<Proposal> out) {
        List<Glossary.Hit> e = glossary.find("connective", p.e().text(), false);
        List<Glossary.Hit> k = glossary.find("connective", p.k().text(), true);
        for (Glossary.Hit h : missing(k, e)) {
            out.add(new Proposal("addition", "low", "K adds " + h.term().form() + " (" + h.term().concept() + "), E has no such word",
                    Proposal.Passage.none(p.e(), 0), Proposal.Passage.of(p.k(), h.start(), h.end())));
        }
        for (Glossary.Hit h : missing(e, k)) {
            out.add(new Proposal("omission", "low", "K has no word for \"" + h.term().form() + "\" (" + h.term().concept() + ")",
                    Proposal.Passage.of(p.e(), h.start(), h.end()), Proposal.Passage.none(p.k(), 0)));
        }
    }

    void notes(Pair p, List<Proposal> out) {
        List<UnitText.Note> e = p.e().notes;
        List<UnitText.Note> k = p.k().notes;
        for (int i = 0; i < Math.max(e.size(), k.size()); i++) {
            UnitText.Note a = i < e.size() ? e.get(i) : null;
            UnitText.Note b = i < k.size() ? k.get(i) : null;
            if (a == null || b == null) {
                out.add(new Proposal("note", "low",
                        (a == null ? "a translator note only in K" : "a translator note only in E") + " (note " + (i + 1) + " of the unit)",
                        a == null ? Proposal.Passage.none(p.e(), p.e().text().length()) : note(p.e(), a),
                        b == null ? Proposal.Passage.none(p.k(), p.k().text().length()) : note(p.k(), b)));
                continue;
            }
            Set<String> ca = concepts(glossary.find("note", a.text(), false));
            Set<String> cb = concepts(glossary.find("note", b.text(), true));
            Set<String> common = new HashSet<>(ca);
            common.retainAll(cb);
            if (!ca.isEmpty() && !cb.isEmpty() && common.isEmpty()) {
                out.add(new Proposal("note", "medium",
                        "translator notes at the same place say different things: E " + ca + ", K " + cb,
                        note(p.e(), a), note(p.k(), b)));
            }
        }
    }

    private static Proposal.Passage note(UnitText u, UnitText.Note n) {
        return new Proposal.Passage(u, n.at(), n.at(), n.text());
    }

    private static Set<String> concepts(List<Glossary.Hit> hits) {
        Set<String> s = new HashSet<>();
        for (Glossary.Hit h : hits) {
            s.add(h.term().concept());
        }
        return s;
    }

    private static List<Glossary.Hit> missing(List<Glossary.Hit> in, List<Glossary.Hit> other) {
        Set<String> there = concepts(other);
        List<Glossary.Hit> out = new ArrayList<>();
        for (Glossary.Hit h : in) {
            if (!there.contains(h.term().concept())) {
                out.add(h);
            }
        }
        return out;
    }
}
