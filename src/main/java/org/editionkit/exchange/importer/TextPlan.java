package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;

/** One translation laid out as the draft's alignment units, with identifiers as ENCODING.md names them. */
public final class TextPlan {
    /** A numbered section: the div unit, its head (or null) and its paragraphs. */
    record SectionPlan(int n, Unit div, Unit head, List<Unit> paragraphs) {
    }

    final String lang;
    final Unit doc;
    final Unit opener;
    final Unit head;
    final List<Unit> opening = new ArrayList<>();
    final List<SectionPlan> sections = new ArrayList<>();
    final Unit dist;
    final Unit distTotal;
    final Unit distList;
    final List<Unit> distItems = new ArrayList<>();
    final Unit closer;

    TextPlan(Translation t) {
        lang = t.language();
        String l = lang + "-";
        doc = new Unit(l + "doc", List.of());
        opener = t.opener().isEmpty() ? null : new Unit(l + "opener", t.opener());
        head = t.head().isEmpty() ? null : new Unit(l + "head", t.head());
        for (int i = 0; i < t.opening().size(); i++) {
            opening.add(new Unit(l + "s0-p" + (i + 1), List.of(t.opening().get(i))));
        }
        for (Translation.Section s : t.sections()) {
            String sid = l + "s" + s.n();
            List<Unit> ps = new ArrayList<>();
            for (int i = 0; i < s.paragraphs().size(); i++) {
                ps.add(new Unit(sid + "-p" + (i + 1), List.of(s.paragraphs().get(i))));
            }
            sections.add(new SectionPlan(s.n(), new Unit(sid, List.of(s.start())),
                    s.head() == null ? null : new Unit(sid + "-head", List.of(s.head())), ps));
        }
        List<SourceLine> d = t.distribution();
        dist = d.isEmpty() ? null : new Unit(l + "dist", d);
        distTotal = d.isEmpty() ? null : new Unit(l + "dist-total", List.of(d.get(0)));
        distList = d.size() < 2 ? null : new Unit(l + "dist-list", d.subList(1, d.size()));
        for (int i = 1; i < d.size(); i++) {
            distItems.add(new Unit(l + "dist-" + i, List.of(d.get(i))));
        }
        closer = t.closer().isEmpty() ? null : new Unit(l + "closer", t.closer());
    }

    int totalLength() {
        int n = 0;
        for (Unit u : opening) {
            n += u.text().length();
        }
        for (SectionPlan s : sections) {
            for (Unit u : s.paragraphs()) {
                n += u.text().length();
            }
        }
        return n;
    }

    SectionPlan section(int n) {
        return sections.stream().filter(s -> s.n() == n).findFirst().orElse(null);
    }
}
