package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Debian's libhyphen patterns become FOP's XML pattern format. */
class HyphenationTest {
    @Test
    void libhyphenPatternsBecomeFopPatternsWithoutLigatureVariants() throws Exception {
        String xml = Hyphenation.convert(List.of("UTF-8", "LEFTHYPHENMIN 2", "RIGHTHYPHENMIN 3", ".a2ch4", "ad4der",
                "a4\uFB004", "% comment"));
        assertTrue(xml.contains("<patterns>\n.a2ch4\nad4der\n</patterns>"), xml);
        assertTrue(xml.contains("<classes>\naA\nbB\n"), xml);
        assertFalse(xml.contains("\uFB00"), "ligature patterns must be left out");
        assertTrue(xml.contains("before 2, after 3"), xml);
    }
}
