package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Font set-up problems are said once per run, in our own words (issue 17, item 14). */
class FontWarningsTest {
    @Test
    void aMissingFontIsReportedOncePerRunWithItsDebianPackage(@TempDir Path dir) throws Exception {
        Toolkit tk = new Toolkit();
        FontSetup setup = FontSetup.load(tk.processor(), List.of(),
                PdfTestSupport.FIXTURES.resolve("fonts-missing-mono.xml").toUri().toURL());
        PdfRenderer renderer = new PdfRenderer(tk, PdfOptions.defaults(), setup);
        Path tei = PdfTestSupport.FIXTURES.resolve("parallel.xml");
        List<String> first = missing(PdfTestSupport.render(tk, renderer, tei, dir.resolve("one.pdf")));
        List<String> second = missing(PdfTestSupport.render(tk, renderer, tei, dir.resolve("two.pdf")));
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).contains("font file NotoSansMono-NoSuchFile.ttf of family \"Noto Sans Mono\" not found")
                && first.get(0).contains("install the Debian package fonts-noto-mono or pass --font-dir DIR"), first.get(0));
        assertEquals(List.of(), second, "the second document of the run repeats the warning");
    }

    private static List<String> missing(List<Problem> warnings) {
        return warnings.stream().map(ProblemFormatter::gnu).filter(w -> w.contains("not found")).toList();
    }

    /**
     * Runs the CLI in a JVM of its own with the run-time class path (fontbox then logs through
     * java.util.logging, as in the shipped jar; the test class path's SLF4J would swallow it).
     */
    @Test
    void aGarbageFontInAFontDirGivesOurOneLineAndNoLibraryLogging(@TempDir Path dir) throws Exception {
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        byte[] junk = new byte[20_000];
        new Random(17).nextBytes(junk);
        Files.write(fonts.resolve("garbage.ttf"), junk);
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> runtime = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.startsWith("slf4j") && !name.startsWith("jcl-over-slf4j") && !name.startsWith("log4j") && !name.startsWith("logback")) {
                runtime.add(entry);
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, runtime),
                "org.editionkit.cli.EditionCommand", "pdf", "--font-dir", fonts.toString(), "-o", dir.resolve("out").toString(),
                PdfTestSupport.FIXTURES.resolve("parallel.xml").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(false).start();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        List<String> lines = new String(err, StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of(fonts.resolve("garbage.ttf") + ": warning: not a readable TrueType/OpenType font; ignored"),
                lines, "stderr");
        assertEquals(0, p.exitValue());
    }
}
