package org.editionkit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schematron findings on a document with thousands of siblings are each located at their own
 * element. Locations are SVRL generate-id()s mapped back in one walk; they used to be path()
 * strings whose computation and evaluation counted preceding siblings, O(n²) for n findings.
 */
class LargeDocumentLocationsTest {
    @TempDir
    Path dir;

    @Test
    void everyFindingAmongThousandsOfSiblingsIsLocatedAtItsOwnElement() throws Exception {
        int n = 3000;
        StringBuilder xml = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title>"
                + "</titleStmt><publicationStmt><p>F.</p></publicationStmt><sourceDesc><p>F.</p></sourceDesc></fileDesc></teiHeader>\n"
                + "<text type=\"translation\" xml:id=\"en\" xml:lang=\"en\"><body>\n");
        for (int i = 0; i < n; i++) {
            // Every other paragraph has a pointer to nothing: a finding on an attribute, located at its element.
            xml.append(i % 2 == 0 ? "<p>x</p>\n" : "  <p corresp=\"#nowhere\">x</p>\n");
        }
        xml.append("</body></text></TEI>\n");
        Path doc = Files.writeString(dir.resolve("many.xml"), xml);
        List<Problem> problems = Validator.create(new Toolkit(), ValidatorConfig.defaults()).validate(doc, "many.xml");
        List<String> unaligned = problems.stream().filter(p -> p.message().startsWith("p in the English translation has no counterpart"))
                .map(p -> p.line() + ":" + p.column()).toList();
        List<String> expected = IntStream.range(0, n).mapToObj(i -> (3 + i) + ":" + (i % 2 == 0 ? 4 : 25)).toList();
        assertEquals(expected, unaligned);
        List<String> dangling = problems.stream().filter(p -> p.message().startsWith("@corresp of p points at #nowhere"))
                .map(p -> p.line() + ":" + p.column()).toList();
        assertEquals(IntStream.range(0, n).filter(i -> i % 2 == 1).mapToObj(i -> (3 + i) + ":25").toList(), dangling);
    }
}
