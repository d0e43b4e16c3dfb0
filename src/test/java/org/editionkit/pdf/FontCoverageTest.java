package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Test;

/**
 * Which Unicode blocks the default fonts cover: computed from the installed fonts' cmaps and
 * written to target/font-coverage.md (the source of README's table). Blocks are Java 17's
 * (Unicode 13). Asserts the blocks issue 11 names: Han with extensions A to D, kana and the kana
 * supplement, Hangul, and the Latin, polytonic Greek, Cyrillic and runes of European texts, each at least 99 %
 * (the fonts predate a few dozen of Unicode 13's ideographs).
 */
class FontCoverageTest {
    @Test
    void theDefaultFontsCoverTheBlocksTeiProjectsUse() throws Exception {
        FontSetup setup = FontSetup.load(new Toolkit().processor(), List.of());
        GlyphCoverage coverage = new GlyphCoverage(setup.faces());
        Set<String> families = new LinkedHashSet<>();
        for (String chain : setup.chains().values()) {
            for (String f : chain.split(",")) {
                families.add(f.strip());
            }
        }
        Map<Character.UnicodeBlock, int[]> counts = new LinkedHashMap<>();
        Map<Character.UnicodeBlock, Set<String>> faces = new LinkedHashMap<>();
        for (int cp = 0x20; cp < 0x40000; cp++) {
            int type = Character.getType(cp);
            if (!Character.isDefined(cp) && !(cp >= 0xE000 && cp <= 0xF8FF) || type == Character.CONTROL
                    || type == Character.SURROGATE || type == Character.FORMAT) {
                continue;
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            int[] c = counts.computeIfAbsent(block, b -> new int[2]);
            c[0]++;
            for (String family : families) {
                if (coverage.lookUp(family, cp)) {
                    c[1]++;
                    faces.computeIfAbsent(block, b -> new LinkedHashSet<>()).add(family);
                    break;
                }
            }
        }
        List<String> rows = new ArrayList<>(List.of("| block | characters | covered | from |", "|---|---|---|---|"));
        counts.forEach((block, c) -> {
            if (c[1] > 0) {
                rows.add(String.format("| %s | %d | %d (%d %%) | %s |", block, c[0], c[1], 100L * c[1] / c[0],
                        String.join(", ", faces.get(block))));
            }
        });
        Path out = PdfTestSupport.PROJECT.resolve("target/font-coverage.md");
        Files.createDirectories(out.getParent());
        Files.write(out, rows, StandardCharsets.UTF_8);
        for (Character.UnicodeBlock b : List.of(Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
                Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A, Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B,
                Character.UnicodeBlock.HIRAGANA, Character.UnicodeBlock.KATAKANA, Character.UnicodeBlock.HANGUL_SYLLABLES,
                Character.UnicodeBlock.BASIC_LATIN, Character.UnicodeBlock.LATIN_1_SUPPLEMENT, Character.UnicodeBlock.GREEK_EXTENDED,
                Character.UnicodeBlock.CYRILLIC, Character.UnicodeBlock.KANA_SUPPLEMENT,
                Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_C, Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_D,
                Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL, Character.UnicodeBlock.LATIN_EXTENDED_D,
                Character.UnicodeBlock.RUNIC)) {
            int[] c = counts.get(b);
            assertTrue(c[1] >= 0.99 * c[0], b + ": " + c[1] + " of " + c[0] + " covered");
        }
    }
}
