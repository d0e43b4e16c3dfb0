package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionkit.core.Problem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A TrueType collection in a --font-dir gives one face per member, named for FOP's sub-font. */
class UserFontsTest {
    @Test
    void aCollectionGivesOneFacePerMember(@TempDir Path dir) throws Exception {
        Path ukai = Path.of("/usr/share/fonts/truetype/arphic/ukai.ttc");
        Assumptions.assumeTrue(Files.isRegularFile(ukai), "fonts-arphic-ukai not installed");
        Path link = Files.createSymbolicLink(dir.resolve("ukai.ttc"), ukai);
        List<Problem> warnings = new ArrayList<>();
        List<FontSetup.Face> faces = UserFonts.faces(link, warnings);
        assertEquals(List.of(), warnings);
        assertEquals(List.of("AR PL UKai CN", "AR PL UKai HK", "AR PL UKai TW", "AR PL UKai TW MBE"),
                faces.stream().map(FontSetup.Face::subFont).toList());
        assertTrue(faces.stream().allMatch(f -> f.family().equals(f.subFont())), faces.toString());
    }

    @Test
    void garbageIsOneWarning(@TempDir Path dir) throws Exception {
        Path bad = Files.write(dir.resolve("bad.ttc"), new byte[] {'t', 't', 'c', 'f', 0, 1, 0, 0, 0, 0, 0, 9});
        List<Problem> warnings = new ArrayList<>();
        assertEquals(List.of(), UserFonts.faces(bad, warnings));
        assertEquals(List.of(bad + ": warning: not a readable TrueType/OpenType font; ignored"),
                warnings.stream().map(org.editionkit.core.ProblemFormatter::gnu).toList());
    }
}
