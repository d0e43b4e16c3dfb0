package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a page body into its two translations. By script first: the second translation starts at
 * the first line in another script after which that script dominates; Latin lines after its
 * last line are the page summary. When both are in Latin script (English and Polish, say), by
 * structure: the second starts where the section numbering restarts at 1, moved back by as many
 * lines as the first translation has before its section 1 — and the editor is told to check.
 */
public final class TranslationSplitter {
    private TranslationSplitter() {
    }

    public static Split split(List<SourceLine> body, List<Finding> findings) {
        List<Script> scripts = body.stream().map(l -> Script.of(l.text())).toList();
        for (int k = 1; k < body.size(); k++) {
            Script s = scripts.get(k);
            if (s == Script.LATIN || s == Script.NONE || !dominates(scripts, k, s)) {
                continue;
            }
            int last = k;
            for (int j = k; j < body.size(); j++) {
                if (scripts.get(j) != Script.LATIN) {
                    last = j;
                }
            }
            List<SourceLine> second = new ArrayList<>(body.subList(k, last + 1));
            List<SourceLine> summary = new ArrayList<>(body.subList(last + 1, body.size()));
            String lang = s.language;
            if (s == Script.CYRILLIC) {
                findings.add(new Finding(body.get(k).number(), "second translation in Cyrillic script: assumed Russian (xml:lang=\"ru\"); change it if it is another language"));
            } else if (s == Script.HAN) {
                findings.add(new Finding(body.get(k).number(), "second translation in Han characters without kana: assumed Chinese (xml:lang=\"zh\")"));
            }
            findings.add(new Finding(body.get(k).number(), "the " + lang + " translation starts here (change of script)"));
            return new Split("en", List.copyOf(body.subList(0, k)), lang, second, summary);
        }
        return byStructure(body, findings);
    }

    /** At least three quarters of the lettered lines from k on are in script s. */
    private static boolean dominates(List<Script> scripts, int k, Script s) {
        int lettered = 0;
        int same = 0;
        for (int j = k; j < scripts.size(); j++) {
            if (scripts.get(j) != Script.NONE) {
                lettered++;
                same += compatible(s, scripts.get(j)) ? 1 : 0;
            }
        }
        return same * 4 >= lettered * 3 || same >= 3 && same * 2 >= lettered;
    }

    /** Han characters also write Japanese (beside kana) and, as hanja, Korean. */
    private static boolean compatible(Script s, Script t) {
        return s == t || t == Script.HAN && (s == Script.KANA || s == Script.HANGUL);
    }

    private static Split byStructure(List<SourceLine> body, List<Finding> findings) {
        List<Integer> ones = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (Structurer.sectionNumber(body.get(i).text()) == 1) {
                ones.add(i);
            }
        }
        if (ones.size() >= 2) {
            int lead = ones.get(0);
            int start = Math.max(ones.get(0) + 1, ones.get(1) - lead);
            findings.add(new Finding(body.get(start).number(),
                    "both translations are in Latin script: assumed the second starts here (section numbering restarts at line "
                            + body.get(ones.get(1)).number() + "); check the split and set its xml:lang"));
            List<SourceLine> second = List.copyOf(body.subList(start, body.size()));
            String lang = LatinLanguage.guess(second);
            findings.add(new Finding(body.get(start).number(), lang.equals("und")
                    ? "could not tell the language of the second translation from its letters: xml:lang=\"und\"; set it"
                    : "second translation assumed to be " + HeaderWriter.name(lang) + " (xml:lang=\"" + lang + "\") from its letters; check"));
            return new Split("en", List.copyOf(body.subList(0, start)), lang, second, List.of());
        }
        findings.add(new Finding(body.isEmpty() ? 0 : body.get(0).number(),
                "found only one translation (no change of script, no restarted section numbering); imported it alone"));
        return new Split("en", body, null, List.of(), List.of());
    }
}
