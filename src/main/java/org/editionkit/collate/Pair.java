package org.editionkit.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An aligned pair of leaf units (a row of the edition): the unit of the leading translation and
 * its counterpart. Units are found as tei/ENCODING.md defines them.
 */
record Pair(UnitText e, UnitText k) {
    private static final Set<String> UNITS = Set.of("div", "head", "p", "opener", "closer", "list", "item");

    /** The leaf pairs of the document's first two translations, in the order of the leading text. */
    static List<Pair> of(TeiTree.Node root) {
        List<TeiTree.Node> texts = new ArrayList<>();
        for (TeiTree.Node t : root.elements("text")) {
            if ("translation".equals(t.attr("type"))) {
                texts.add(t);
            }
        }
        List<Pair> out = new ArrayList<>();
        if (texts.size() < 2) {
            return out;
        }
        Map<String, TeiTree.Node> second = new java.util.HashMap<>();
        for (TeiTree.Node u : units(texts.get(1))) {
            second.put(u.id(), u);
        }
        String eLang = lang(texts.get(0));
        String kLang = lang(texts.get(1));
        for (TeiTree.Node u : units(texts.get(0))) {
            String c = u.attr("corresp");
            TeiTree.Node other = c == null ? null : second.get(c.strip().replaceFirst("^#", "").split("\\s+")[0]);
            if (other != null && isLeaf(u)) {
                out.add(new Pair(new UnitText(u, eLang), new UnitText(other, kLang)));
            }
        }
        return out;
    }

    private static String lang(TeiTree.Node text) {
        String l = text.attr("xml:lang");
        return l == null ? "" : l;
    }

    private static List<TeiTree.Node> units(TeiTree.Node text) {
        List<TeiTree.Node> out = new ArrayList<>();
        collect(text, out);
        return out;
    }

    private static void collect(TeiTree.Node n, List<TeiTree.Node> out) {
        for (TeiTree.Node c : n.children) {
            if (c.isText() || c.is("note")) {
                continue;
            }
            if (UNITS.contains(c.name) && c.id() != null && c.attr("corresp") != null) {
                out.add(c);
            }
            if (!c.is("opener") && !c.is("closer")) {
                collect(c, out);
            }
        }
    }

    private static boolean isLeaf(TeiTree.Node u) {
        if (u.is("opener") || u.is("closer")) {
            return true;
        }
        List<TeiTree.Node> inner = new ArrayList<>();
        collect(u, inner);
        return inner.isEmpty();
    }
}
