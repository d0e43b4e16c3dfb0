package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries written by `edition collate --apply` are labelled as machine proposals in the apparatus; the editor's are not. */
class CollateProposalRenderingTest {

    @Test
    void machineProposalsCarryTheirLabelAndCertainty(@TempDir Path dir) throws Exception {
        String master = Files.readString(Rendered.MASTER, StandardCharsets.UTF_8);
        String proposal = """
                <app xml:id="app-c01" type="number" resp="#edition-collate" cert="high">
                  <lem wit="#wit-en" corresp="#en-d28">Dep. V</lem>
                  <rdg wit="#wit-ko" corresp="#ko-d28">4부서</rdg>
                  <note type="editorial" resp="#edition-collate">number: E 5, K 4</note>
                </app>
              </listApp>""";
        Path tei = dir.resolve("proposed.xml");
        Files.writeString(tei, master.replace("</listApp>", proposal), StandardCharsets.UTF_8);
        Rendered r = Rendered.render(new Toolkit(), tei, dir.resolve("out"));
        assertEquals(1, r.count("//h:li[contains(concat(' ', @class, ' '), ' proposed ')]"));
        assertEquals("proposed by collation, certainty high",
                r.string("//h:li[@id = //h:li[contains(@class, 'proposed')]/@id]//h:span[@class = 'app-proposed']"));
        assertEquals(29, r.count("//h:ol[@class = 'apparatus']/h:li[not(.//h:span[@class = 'app-proposed'])]"));
    }
}
