package org.editionkit.collate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.editionkit.core.ProblemException;

/**
 * Collates the two translations of a bilingual TEI file: runs every check over each aligned pair
 * and drops what the apparatus already records (a passage inside a divergence seg) and duplicates.
 */
public final class Collator {
    /** The proposals for one file and what they were computed over. */
    public record Result(Path file, TeiTree.Node root, List<Pair> pairs, List<Proposal> proposals, int sentencePairs) {
    }

    private final Glossary glossary;

    public Collator() {
        this(Glossary.shipped());
    }

    Collator(Glossary glossary) {
        this.glossary = glossary;
    }

    /** A collator whose glossary is the shipped one extended by the editor's files. */
    public static Collator withGlossaries(List<Path> extra) throws java.io.IOException {
        Glossary g = Glossary.shipped();
        for (Path p : extra) {
            g.add(p);
        }
        return new Collator(g);
    }

    public Result collate(Path file, String display) throws ProblemException {
        return collate(file, TeiTree.parse(file, display));
    }

    /** Collates the file's content as given (the bytes --apply will edit). */
    public Result collate(byte[] bytes, Path file, String display) throws ProblemException {
        return collate(file, TeiTree.parse(bytes, file, display));
    }

    Result collate(Path file, TeiTree.Node root) {
        List<Pair> pairs = Pair.of(root);
        Register register = new Register(root);
        TermCheck terms = new TermCheck(glossary);
        AlignmentCheck alignment = new AlignmentCheck(pairs, glossary);
        Set<String> readings = readings(root);
        List<Proposal> all = new ArrayList<>();
        for (Pair p : pairs) {
            List<Proposal> found = new ArrayList<>();
            NumberCheck.check(p, found);
            NameCheck.check(p, register, found);
            SpellingCheck.check(p, register, found);
            terms.titles(p, found);
            terms.connectives(p, found);
            terms.notes(p, found);
            alignment.check(p, found);
            dropMisspeltAbsences(found);
            Set<String> seen = new HashSet<>();
            for (Proposal pr : found) {
                if (!recorded(pr, readings) && seen.add(pr.kind() + key(pr.e()) + key(pr.k()))) {
                    all.add(pr);
                }
            }
        }
        return new Result(file, root, pairs, all, alignment.alignedSentences());
    }

    /** A name "not named" by a text that writes it one letter off is a spelling divergence, not an omission. */
    private static void dropMisspeltAbsences(List<Proposal> found) {
        Set<String> misspelt = new HashSet<>();
        for (Proposal p : found) {
            if (p.kind().equals("spelling")) {
                misspelt.add(p.reason().replaceFirst("^.*\\((#[^)]+)\\)$", "$1"));
            }
        }
        found.removeIf(p -> (p.kind().equals("omission") || p.kind().equals("addition"))
                && misspelt.contains(p.reason().replaceFirst("^[EK] does not name ", "")));
    }

    private static String key(Proposal.Passage p) {
        return p.unit().unit.id() + ":" + p.start() + "-" + p.end();
    }

    /**
     * True when the apparatus already records the proposal: a passage lies in a divergence seg, an
     * empty seg marks where it starts, or an app has a reading of the same text in the same place.
     */
    private static boolean recorded(Proposal p, Set<String> readings) {
        return inSeg(p.e()) || inSeg(p.k()) || readings.contains("E" + p.e().unit().unit.id() + norm(p.e().text()))
                || readings.contains("K" + p.k().unit().unit.id() + norm(p.k().text()));
    }

    /** The readings of the apparatus, keyed by witness order, the unit of their seg and their text. */
    private static Set<String> readings(TeiTree.Node root) {
        java.util.Map<String, TeiTree.Node> unitOfSeg = new java.util.HashMap<>();
        for (TeiTree.Node seg : root.elements("seg")) {
            TeiTree.Node u = seg.parent;
            while (u != null && (u.attr("corresp") == null || u.is("seg") || u.id() == null)) {
                u = u.parent;
            }
            if (seg.id() != null && u != null) {
                unitOfSeg.put(seg.id(), u);
            }
        }
        Set<String> out = new HashSet<>();
        for (TeiTree.Node app : root.elements("app")) {
            for (TeiTree.Node r : app.children) {
                if ((r.is("lem") || r.is("rdg")) && r.attr("corresp") != null) {
                    for (String c : r.attr("corresp").trim().split("\\s+")) {
                        TeiTree.Node u = unitOfSeg.get(c.replaceFirst("^#", ""));
                        if (u != null) {
                            out.add((r.is("lem") ? "E" : "K") + u.id() + norm(r.textContent()));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean inSeg(Proposal.Passage p) {
        if (p.text().isEmpty()) {
            return false;
        }
        for (UnitText.Span s : p.unit().spans("seg")) {
            if ("divergence".equals(s.element().attr("type")) && s.start() <= p.end() && p.start() <= s.end()
                    && (s.start() < s.end() || p.note() != null)) {
                return true;
            }
        }
        return false;
    }
}
