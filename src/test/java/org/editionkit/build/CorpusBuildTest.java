package org.editionkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The twelve third-party TEI files of {@code ../shared/corpus} through {@code edition build}:
 * schema errors are reported (they do not follow our customisation), but nothing crashes and
 * every document gets its HTML, PDF and TEI copy. Characters of the Unicode private use area
 * (MUFI) have no glyph in the shipped fonts, hence {@code --allow-missing-glyphs}.
 */
class CorpusBuildTest {
    @TempDir
    Path work;

    @Test
    void everyThirdPartyDocumentIsBuiltAndTheGermanisedTeiIsReportedInvalid() throws Exception {
        Path shared = Path.of(System.getProperty("edition.projectDir", ".")).resolve("../shared").normalize();
        Assumptions.assumeTrue(Files.isDirectory(shared), "../shared not present: skipping the third-party corpus build");
        Path corpus = shared.resolve("corpus");
        List<String> sources;
        try (Stream<Path> s = Files.list(corpus)) {
            sources = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList();
        }
        assertEquals(12, sources.size());
        Path dist = work.resolve("dist");

        Cli.Run run = Cli.run(work, "build", corpus.toString(), "-o", dist.toString(), "-j", "2", "--allow-missing-glyphs");

        assertEquals(1, run.exit(), "schema errors in third-party TEI make the build exit 1");
        assertFalse(run.err().contains("\tat ") || run.err().contains("internal error"), run.err());
        assertTrue(run.out().contains("build: 12 documents"), run.out());
        Map<String, ManifestEntry> manifest = Manifest.read(dist);
        assertEquals(12, manifest.size());
        for (String source : sources) {
            String name = source.substring(0, source.length() - 4);
            ManifestEntry entry = manifest.get(name);
            assertEquals(ManifestEntry.Status.INVALID, entry.status(), () -> name + " rendered despite its schema errors; "
                    + run.err().lines().filter(l -> l.contains(source) && !l.contains("not allowed") && !l.contains("invalid;")).toList());
            assertEquals(List.of("html", "pdf", "tei"), entry.outputs().stream().map(ManifestEntry.OutputFile::kind).toList(), name);
            String pdf = new String(Files.readAllBytes(dist.resolve(name + ".pdf")), StandardCharsets.ISO_8859_1);
            assertTrue(pdf.startsWith("%PDF-") && pdf.stripTrailing().endsWith("%%EOF"), name + ".pdf");
            assertTrue(Files.readString(dist.resolve(name + ".html")).stripTrailing().endsWith("</html>"), name + ".html");
            assertEquals(Hashes.of(corpus.resolve(source)), Hashes.of(dist.resolve(name + ".xml")));
        }
        assertTrue(run.err().lines().anyMatch(l -> l.matches(".*p5test__testi18n\\.xml:3:\\d+: error: .*TeiKopf.*")),
                "the Germanised element names are not TEI");
        assertTrue(manifest.get("p5test__testi18n").errors() > 10);
    }
}
