package org.editionkit.collate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.exchange.importer.Importer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The seed archive page through `edition import`, then collate: the draft's divergences are found without an editor's markup. */
class ImportThenCollateTest {
    static final Path SEED = Path.of("../shared/seed/000_6a76094687571752.txt");

    @Test
    void theImportDraftOfTheSeedPageShowsTheDivergencesTheEditorRecorded() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SEED), "../shared/seed is absent: the seed page cannot be imported");
        byte[] draft = new Importer().importPage(SEED, "seed.txt").tei();
        List<Proposal> ps = new Collator().collate(draft, Path.of("draft.xml"), "draft.xml").proposals();
        List<String> lines = ps.stream().map(p -> p.kind() + ": " + p.e().text() + " | " + p.k().text()).toList();
        for (String expected : List.of("number: V | 4", "name: Ri Sang-jo | 리승조", "title: Minister | 수상", "title: Vice-minister | 부수상",
                "note: illegible initials | 기울어진 소인", "addition:  | (북)", "number: one and a half | 약 한 시간 반",
                "omission: Jeong Geuk-rok believes that the Americans became mixed up in the matter. | ")) {
            assertTrue(lines.contains(expected), expected + " not in " + lines);
        }
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("number: 2") || l.contains("29.III")), "date notations agree: " + lines);
    }
}
