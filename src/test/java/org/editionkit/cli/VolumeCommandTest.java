package org.editionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edition volume's refusals: exit codes and located messages, nothing written. */
class VolumeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDescriptionIsAnIoError() {
        Path missing = dir.resolve("none.xml");
        CliRun.Run r = CliRun.run("volume", missing.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.USAGE_OR_IO, r.status());
        assertEquals(missing + ": error: no such file", r.err().strip());
    }

    @Test
    void aTargetWithAUriSchemeStopsTheVolume() throws Exception {
        Path tei = Files.createDirectories(dir.resolve("tei/volumes"));
        Path vol = tei.resolve("v.xml");
        Files.writeString(vol, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>V</title></titleStmt>"
                + "<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader>\n"
                + "<text type=\"volume\"><body><ptr type=\"document\" target=\"http://127.0.0.1:9/a.xml\"/></body></text></TEI>\n");
        CliRun.Run r = CliRun.run("volume", vol.toString(), "-o", dir.resolve("out").toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.status(), r.err());
        assertTrue(r.err().contains(vol + ":2:83: error: document target \"http://127.0.0.1:9/a.xml\" has a URI scheme:"), r.err());
        assertTrue(!Files.exists(dir.resolve("out/v.pdf")));
    }

    @Test
    void aBadPageSizeIsAUsageError() {
        CliRun.Run r = CliRun.run("volume", "tei/volumes/sample-volume.xml", "--page", "folio", "-o", dir.toString());
        assertEquals(ExitCodes.USAGE_OR_IO, r.status());
        assertTrue(r.err().contains("--page must be one of a4, letter, royal, not \"folio\""), r.err());
    }
}
