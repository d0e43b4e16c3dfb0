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
        TeiTree.Node root = TeiTree.parse(file, display);
        return collate(file, root);
    }

    Result collate(Path file, TeiTree.Node root) {
        List<Pair> pairs = Pair.of(root);
        Register register = new Register(root);
        TermCheck terms = new TermCheck(glossary);
        AlignmentCheck alignment = new AlignmentCheck(pairs, glossary);
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
            Set<String> seen = new HashSet<>();
            for (Proposal pr : found) {
                if (!recorded(pr) && seen.add(pr.kind() + key(pr.e()) + key(pr.k()))) {
                    all.add(pr);
                }
            }
        }
        return new Result(file, root, pairs, all, alignment.alignedSentences());
    }

    private static String key(Proposal.Passage p) {
        return p.unit().unit.id() + ":" + p.start() + "-" + p.end();
    }

    /** True when a passage of the proposal lies in a divergence seg of the apparatus. */
    private static boolean recorded(Proposal p) {
        return inSeg(p.e()) || inSeg(p.k());
    }

    private static boolean inSeg(Proposal.Passage p) {
        if (p.text().isEmpty()) {
            return false;
        }
        for (UnitText.Span s : p.unit().spans("seg")) {
            if ("divergence".equals(s.element().attr("type")) && s.start() <= p.start() && p.end() <= s.end()
                    && (s.start() < s.end() || p.note() != null)) {
                return true;
            }
        }
        return false;
    }
}
