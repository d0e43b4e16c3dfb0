package org.editionkit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transpiled Schematron is reused from the cache, survives a damaged entry, and is not kept for composite schemas. */
class TranspiledCacheTest {
    private static final String RULE = "every p needs an n";
    private static final String SCHEMA = """
            <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
              <pattern><rule context="p"><assert test="@n">%s</assert></rule></pattern>
            </schema>
            """;

    @TempDir
    Path dir;
    private final Toolkit toolkit = new Toolkit();
    private Path cache;
    private Path sch;
    private XdmNode doc;

    @BeforeEach
    void setUp() throws Exception {
        cache = dir.resolve("cache");
        sch = dir.resolve("rules.sch");
        Files.writeString(sch, SCHEMA.formatted(RULE));
        Path xml = dir.resolve("doc.xml");
        Files.writeString(xml, "<text>\n  <p/>\n</text>\n");
        doc = toolkit.parse(xml, "doc.xml", new ArrayList<>());
    }

    private List<String> run(Processor processor) {
        Schematron schematron = new Schematron(processor, cache);
        Loaded<net.sf.saxon.s9api.XsltExecutable> rules = schematron.rules(sch.toUri().toString(), "rules.sch");
        assertTrue(rules.problems().isEmpty(), rules.problems().toString());
        List<Problem> found = new ArrayList<>();
        schematron.validate(rules.value(), doc, "doc.xml", found);
        return Fixtures.gnu(found);
    }

    private Path onlyEntry() throws IOException {
        try (var files = Files.list(cache)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void secondRunCompilesTheCachedStylesheet() throws IOException {
        assertEquals(List.of("doc.xml:2:7: error: " + RULE), run(toolkit.processor()));
        Path entry = onlyEntry();
        // Proof that the entry is what runs: change the message inside the cached stylesheet.
        Files.writeString(entry, Files.readString(entry).replace(RULE, "from the cache"));
        assertEquals(List.of("doc.xml:2:7: error: from the cache"), run(toolkit.processor()));
    }

    @Test
    void damagedEntryIsTranspiledAgainAndReplaced() throws IOException {
        run(toolkit.processor());
        Path entry = onlyEntry();
        Files.writeString(entry, "<stylesheet", StandardCharsets.UTF_8);
        assertEquals(List.of("doc.xml:2:7: error: " + RULE), run(toolkit.processor()));
        assertTrue(Files.readString(entry).contains(RULE), "the damaged entry is rewritten");
    }

    @Test
    void editedSchemaGetsItsOwnEntry() throws IOException {
        run(toolkit.processor());
        Files.writeString(sch, SCHEMA.formatted("p must be numbered"));
        assertEquals(List.of("doc.xml:2:7: error: p must be numbered"), run(toolkit.processor()));
        try (var files = Files.list(cache)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void schemaWithIncludesIsNotCached() throws IOException {
        Files.writeString(dir.resolve("pattern.sch"), """
                <pattern xmlns="http://purl.oclc.org/dsdl/schematron"><rule context="p"><assert test="@n">%s</assert></rule></pattern>
                """.formatted(RULE));
        Files.writeString(sch, """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3"><include href="pattern.sch"/></schema>
                """);
        assertEquals(List.of("doc.xml:2:7: error: " + RULE), run(toolkit.processor()));
        assertTrue(!Files.exists(cache) || Files.list(cache).findAny().isEmpty(), "nothing cached");
    }
}
