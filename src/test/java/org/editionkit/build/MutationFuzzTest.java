package org.editionkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random mutations of a TEI document (deleted tags, swapped characters, inserted entities and
 * declarations, truncation, stray bytes, hostile identifiers) through the real parser and HTML
 * renderer: no mutant may escape as an uncaught exception or internal error, every one gets a
 * result, and nothing is written outside the output directory. Seeded, so a failure replays.
 */
class MutationFuzzTest {
    private static final int MUTANTS = 100;
    private static final long SEED = Long.getLong("fuzz.seed", 20261126L);

    @TempDir
    Path sandbox;

    @Test
    void noMutantEscapesAsAnUncaughtErrorOrWritesOutsideTheOutputDirectory() throws Exception {
        Path in = sandbox.resolve("in");
        Path out = sandbox.resolve("out");
        Files.createDirectories(in);
        byte[] original = TestBuilds.class.getClassLoader().getResourceAsStream("build/letter.xml").readAllBytes();
        Random random = new Random(SEED);
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = original;
            int rounds = 1 + random.nextInt(3);
            for (int k = 0; k < rounds; k++) {
                mutant = mutate(mutant, random);
            }
            Files.write(in.resolve(String.format("m%03d.xml", i)), mutant);
        }
        Toolkit toolkit = new Toolkit();
        List<DocumentStep> steps = List.of(Steps.html(() -> new HtmlRenderer(toolkit)), Steps.teiCopy());
        Recorder r = TestBuilds.build(toolkit, steps, TestBuilds.options(out, in));

        assertEquals(MUTANTS, r.results.size(), "every mutant gets a result");
        List<String> internal = r.results.values().stream().flatMap(d -> d.problems().stream())
                .filter(p -> p.message().contains("internal error") || p.message().contains("Exception"))
                .map(ProblemFormatter::gnu).toList();
        assertEquals(List.of(), internal, "seed " + SEED);
        for (DocumentResult d : r.results.values()) {
            for (Problem p : d.problems()) {
                assertTrue(p.file().equals(d.displayName()), "problems are reported against their document: " + ProblemFormatter.gnu(p));
            }
        }
        try (Stream<Path> all = Files.walk(sandbox)) {
            List<Path> stray = all.filter(Files::isRegularFile).filter(p -> !p.startsWith(in) && !p.startsWith(out)).toList();
            assertEquals(List.of(), stray, "written outside the output directory");
        }
        try (Stream<Path> written = Files.walk(out)) {
            assertFalse(written.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
        assertTrue(r.summary.built() + r.summary.invalid() > 0 && r.summary.failed() > 0,
                "the mutations are neither all harmless nor all fatal: " + r.summary);
    }

    private static final String[] INSERTS = {
        "&amp;", "&nbsp;", "&lol;", "&#0;", "&#x110000;", "&#xD800;", "<", "]]>", "<![CDATA[", "<!--", "<?pi ?>",
        "<p xml:id=\"../../../escape\">", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\"/>",
        "<hi rend=\"x\">", "</hi>", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", "\u0000", "\uFEFF", "한국어", "\"", "'",
        "<text>", "</text>", "<body/>", "xml:lang=\"../x\" ",
    };

    private static final String[] PROLOGS = {
        "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
        "<!DOCTYPE TEI SYSTEM \"http://example.invalid/x.dtd\">",
        "<!DOCTYPE TEI [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
        "<!DOCTYPE TEI [<!ENTITY % p SYSTEM \"/etc/hostname\"> %p;]>",
    };

    static byte[] mutate(byte[] doc, Random random) {
        String s = new String(doc, StandardCharsets.UTF_8);
        int n = Math.max(1, s.length());
        int at = random.nextInt(n);
        switch (random.nextInt(8)) {
            case 0 -> { // delete a tag
                int open = s.indexOf('<', at);
                int close = open < 0 ? -1 : s.indexOf('>', open);
                if (close > open) {
                    s = s.substring(0, open) + s.substring(close + 1);
                }
            }
            case 1 -> { // swap two neighbouring characters
                if (at + 1 < s.length()) {
                    s = s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2);
                }
            }
            case 2 -> s = s.substring(0, Math.min(at, s.length())) + INSERTS[random.nextInt(INSERTS.length)]
                    + s.substring(Math.min(at, s.length()));
            case 3 -> s = s.substring(0, Math.min(at, s.length())); // truncate
            case 4 -> { // a DOCTYPE with entities after the XML declaration
                int end = s.startsWith("<?xml") ? s.indexOf("?>") + 2 : 0;
                String prolog = PROLOGS[random.nextInt(PROLOGS.length)];
                String use = prolog.contains("ENTITY x") ? "&x;" : prolog.contains("ENTITY c") ? "&c;" : "";
                s = s.substring(0, end) + prolog + s.substring(end).replace("The harvest", "The harvest " + use);
            }
            case 5 -> { // stray bytes, not valid UTF-8
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                List<Byte> list = new ArrayList<>();
                for (byte x : b) {
                    list.add(x);
                }
                list.add(Math.min(at, list.size()), (byte) (0x80 + random.nextInt(0x7f)));
                byte[] result = new byte[list.size()];
                for (int i = 0; i < result.length; i++) {
                    result[i] = list.get(i);
                }
                return result;
            }
            case 6 -> { // duplicate a chunk (may produce two roots, repeated ids)
                int len = random.nextInt(Math.max(1, Math.min(400, s.length() - at)));
                s = s.substring(0, at + len) + s.substring(at, at + len) + s.substring(at + len);
            }
            default -> s = s.replaceFirst("xml:id=\"[^\"]*\"", "xml:id=\"" + List.of("../../up", "/abs", "a\\b", "con", "..")
                    .get(random.nextInt(5)) + "\"");
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
