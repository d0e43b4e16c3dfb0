package org.editionkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "tei/1957-04-04-pimenov-note.xml | 1957-04-04-pimenov-note",
        "Brief an Größe – Entwurf (1957).xml | Brief_an_Grosse_Entwurf_1957",
        "Æsir Ørsted Łódź Þór.XML | AEsir_Orsted_Lodz_Thor",
        "café.crème.xml | cafe.creme",
        "../../etc/passwd.xml | passwd",
        "..xml | doc-f0a4e6f1",
        ".hidden.xml | hidden",
        "-rf.xml | rf",
        "a....b.xml | a.b",
        "index.xml | index_",
        "Manifest.xml | Manifest_",
        "README | README",
    })
    void namesAreTransliteratedAndReducedToSafeCharacters(String file, String expected) {
        String name = OutputNames.sanitise(Path.of(file));
        if (expected.startsWith("doc-")) {
            assertTrue(name.matches("doc-[0-9a-f]{8}"), name);
        } else {
            assertEquals(expected, name);
        }
    }

    @Test
    void namesWithNothingReadableLeftStayDistinct() {
        String a = OutputNames.sanitise(Path.of("편지.xml"));
        String b = OutputNames.sanitise(Path.of("서한.xml"));
        assertTrue(a.matches("doc-[0-9a-f]{8}"), a);
        assertNotEquals(a, b);
        assertEquals(a, OutputNames.sanitise(Path.of("other/dir/편지.xml")), "deterministic, from the base name only");
    }

    @Test
    void veryLongNamesAreShortenedButStayDistinct() {
        String a = OutputNames.sanitise(Path.of("x".repeat(300) + "a.xml"));
        String b = OutputNames.sanitise(Path.of("x".repeat(300) + "b.xml"));
        assertTrue(a.length() <= OutputNames.MAX_LENGTH, a);
        assertNotEquals(a, b);
    }

    @Test
    void randomNamesAlwaysGiveAPlainSafeName() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int length = 1 + random.nextInt(20);
            for (int j = 0; j < length; j++) {
                sb.appendCodePoint(random.nextInt(4) == 0 ? "./\\ -_:*?\"<>|%\t".charAt(random.nextInt(15)) : random.nextInt(0x3000) + 1);
            }
            String raw = sb.toString().replace('/', '_').replace('\0', '_');
            String name;
            try {
                name = OutputNames.sanitise(Path.of(raw + ".xml"));
            } catch (java.nio.file.InvalidPathException e) {
                continue;
            }
            assertTrue(name.matches("[A-Za-z0-9][A-Za-z0-9._-]*"), () -> raw + " -> " + name);
            assertTrue(!name.contains(".."), name);
            assertEquals(name, OutputNames.sanitise(Path.of(raw + ".xml")));
        }
    }

    @Test
    void insideAcceptsOnlyPlainNamesDirectlyInTheOutputDirectory() {
        Path out = Path.of("/tmp/out");
        assertEquals(Path.of("/tmp/out/a.html"), OutputNames.inside(out, "a.html"));
        for (String bad : new String[] {"", ".", "..", "../a.html", "a/b.html", "a\\b.html", "/etc/passwd"}) {
            assertThrows(IllegalArgumentException.class, () -> OutputNames.inside(out, bad), bad);
        }
    }
}
