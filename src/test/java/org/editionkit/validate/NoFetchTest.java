package org.editionkit.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.Toolkit;
import org.editionkit.xml.LoopbackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document must not make validation fetch anything or read files outside its own folder: every
 * way a schema it names could reach out is tried against a loopback HTTP server that would serve
 * the included schema. The server must get no request, and the validator must say where the
 * reference was made.
 */
class NoFetchTest {
    static final String NETWORK = "the toolkit never fetches anything over a network";
    static final String OUTSIDE = "outside the document's folder and the project schema folder;"
            + " nothing else is read on a document's behalf";

    @TempDir
    Path tmp;
    private Path dir;
    private LoopbackServer server;
    private List<String> requests;
    private String base;
    private final Validator validator = Validator.create(new Toolkit(), ValidatorConfig.defaults());

    @BeforeEach
    void startServer() throws IOException {
        dir = Files.createDirectories(tmp.resolve("corpus"));
        server = LoopbackServer.start(NoFetchTest::served);
        requests = server.requests();
        base = server.base();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** What a fetch would get: schemas that accept anything, so that only a refusal can fail validation. */
    private static String served(String path) {
        if (path.endsWith(".rnc")) {
            return "start = element * { text }\n";
        }
        if (path.endsWith(".rng")) {
            return "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start><element><anyName/><text/></element></start></grammar>";
        }
        if (path.endsWith(".sch")) {
            return "<pattern xmlns=\"http://purl.oclc.org/dsdl/schematron\"><rule context=\"/\"><report test=\"true()\">FETCHED</report></rule></pattern>";
        }
        if (path.endsWith(".xsl")) {
            return "<xsl:stylesheet version=\"3.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\"/>";
        }
        return "<x>FETCHED</x>";
    }

    /** Validates corpus/doc.xml, which names {@code schema} (written into corpus/ as {@code name}). */
    private List<String> validate(String name, String schema) throws IOException {
        Files.writeString(dir.resolve(name), schema);
        return validateDoc(name);
    }

    private List<String> validateDoc(String href) throws IOException {
        return validateDoc(href, "");
    }

    private List<String> validateDoc(String href, String more) throws IOException {
        Path doc = dir.resolve("doc.xml");
        Files.writeString(doc, "<?xml version=\"1.0\"?>\n" + pi(href, more) + "\n<root>text</root>\n");
        return Fixtures.gnu(validator.validate(doc, "corpus/doc.xml"));
    }

    /** How a schema in corpus/ is named in messages: by its path (absolute here, as the temporary folder is not below the working directory). */
    private String schema(String name) {
        return dir.resolve(name).toString();
    }

    private static String pi(String href, String more) {
        return "<?xml-model href=\"" + href + "\"" + more + "?>";
    }

    private void assertNothingFetched() {
        assertEquals(List.of(), requests, "the loopback server was asked for something");
    }

    @Test
    void rngExternalRefOverHttpIsRefusedAtItsLine() throws IOException {
        List<String> found = validate("local.rng", """
                <element name="root" xmlns="http://relaxng.org/ns/structure/1.0">
                  <externalRef href="%s/inc.rng"/>
                </element>
                """.formatted(base));
        assertNothingFetched();
        assertTrue(found.contains(schema("local.rng") + ":2:22: error: \"" + base + "/inc.rng\" not read: " + NETWORK), found.toString());
    }

    @Test
    void rngIncludeOverHttpIsRefusedAtItsLine() throws IOException {
        List<String> found = validate("local.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <start><element name="root"><text/></element></start>
                  <include href="%s/inc.rng"/>
                </grammar>
                """.formatted(base));
        assertNothingFetched();
        assertTrue(found.contains(schema("local.rng") + ":3:18: error: \"" + base + "/inc.rng\" not read: " + NETWORK), found.toString());
    }

    @Test
    void rncIncludeOverHttpIsRefusedAtItsLine() throws IOException {
        List<String> found = validate("local.rnc", """
                default namespace = ""
                include "%s/inc.rnc"
                """.formatted(base));
        assertNothingFetched();
        assertTrue(found.contains(schema("local.rnc") + ":2:10: error: \"" + base + "/inc.rnc\" not read: " + NETWORK), found.toString());
    }

    @Test
    void schematronIncludeOverHttpIsRefusedAtItsLine() throws IOException {
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <include href="%s/inc.sch"/>
                </schema>
                """.formatted(base));
        assertNothingFetched();
        assertTrue(found.contains(schema("rules.sch") + ":2:18: error: \"" + base + "/inc.sch\" not read: " + NETWORK), found.toString());
        assertFalse(found.toString().contains("FETCHED"), found.toString());
    }

    @Test
    void schematronUnparsedTextOfALocalFileOutsideTheFolderPrintsNothingOfIt() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "LEAK1 root:x:0:0:root:/root:/bin/bash\n");
        String uri = secret.toUri().toString();
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <pattern><rule context="/">
                    <report test="true()"><value-of select="unparsed-text('%s')"/></report>
                  </rule></pattern>
                </schema>
                """.formatted(uri));
        assertFalse(found.toString().contains("LEAK1"), found.toString());
        assertTrue(found.contains(schema("rules.sch") + ":3:60: error: \"" + uri + "\" not read: " + OUTSIDE), found.toString());
    }

    @Test
    void schematronUnparsedTextOfEtcPasswdIsRefused() throws IOException {
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <pattern><rule context="/">
                    <report test="unparsed-text-available('file:///etc/passwd')">LEAK1 <value-of select="unparsed-text('file:///etc/passwd')"/></report>
                  </rule></pattern>
                </schema>
                """);
        assertFalse(found.toString().contains("LEAK1"), found.toString());
        assertFalse(found.toString().contains("root:"), found.toString());
        assertTrue(found.contains(schema("rules.sch") + ":3:44: error: \"file:///etc/passwd\" not read: " + OUTSIDE), found.toString());
    }

    @Test
    void schematronDocOverHttpIsRefused() throws IOException {
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <pattern><rule context="/">
                    <report test="true()"><value-of select="doc('%s/x.xml')"/></report>
                  </rule></pattern>
                </schema>
                """.formatted(base));
        assertNothingFetched();
        assertFalse(found.toString().contains("FETCHED"), found.toString());
        assertTrue(found.contains(schema("rules.sch") + ":3:50: error: \"" + base + "/x.xml\" not read: " + NETWORK), found.toString());
    }

    @Test
    void schematronDocumentFunctionAndDocAvailableOverHttpAreRefused() throws IOException {
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <pattern><rule context="/">
                    <report test="doc-available('%1$s/a.xml')">A</report>
                    <report test="true()"><value-of select="document('%1$s/b.xml')"/></report>
                  </rule></pattern>
                </schema>
                """.formatted(base));
        assertNothingFetched();
        assertFalse(found.toString().contains("FETCHED"), found.toString());
        assertTrue(found.contains(schema("rules.sch") + ":3:34: error: \"" + base + "/a.xml\" not read: " + NETWORK), found.toString());
        assertTrue(found.contains(schema("rules.sch") + ":4:55: error: \"" + base + "/b.xml\" not read: " + NETWORK), found.toString());
    }

    @Test
    void schematronCollectionIsRefused() throws IOException {
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <pattern><rule context="/">
                    <report test="true()"><value-of select="count(collection('%s/c'))"/></report>
                  </rule></pattern>
                </schema>
                """.formatted(base));
        assertNothingFetched();
        assertTrue(found.contains(schema("rules.sch") + ":3:63: error: \"" + base + "/c\" not read: collection() and uri-collection()"
                + " are never read"), found.toString());
    }

    @Test
    void xslIncludeInASchematronIsRefusedAtItsLine() throws IOException {
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <xsl:include xmlns:xsl="http://www.w3.org/1999/XSL/Transform" href="%s/lib.xsl"/>
                  <pattern><rule context="/"><assert test="true()">never</assert></rule></pattern>
                </schema>
                """.formatted(base));
        assertNothingFetched();
        assertTrue(found.contains(schema("rules.sch") + ":2:71: error: \"" + base + "/lib.xsl\" not read: " + NETWORK), found.toString());
    }

    @Test
    void xmlModelWithAnAbsolutePathOutsideTheFolderIsRefusedAtTheInstruction() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere")).resolve("any.rng");
        Files.writeString(elsewhere, served("/any.rng"));
        List<String> found = validateDoc(elsewhere.toString());
        assertTrue(found.contains("corpus/doc.xml:2:" + (pi(elsewhere.toString(), "").length() + 1) + ": error: xml-model schema \""
                + elsewhere + "\" not read: " + OUTSIDE), found.toString());
    }

    @Test
    void xmlModelNamingEtcPasswdIsRefusedAtTheInstruction() throws IOException {
        String rng = " schematypens=\"" + XmlModel.RNG_NS + "\"";
        List<String> found = validateDoc("file:///etc/passwd", rng);
        assertEquals(List.of("corpus/doc.xml:2:" + (pi("file:///etc/passwd", rng).length() + 1)
                + ": error: xml-model schema \"file:///etc/passwd\" not read: " + OUTSIDE),
                found.stream().filter(p -> p.contains("passwd")).toList(), found.toString());
    }

    @Test
    void xmlModelNamingAFileOnAnotherHostIsALocatedErrorNotACrash() throws IOException {
        String href = "file://127.0.0.1:" + server.port() + "/any.rng";
        String rng = " schematypens=\"" + XmlModel.RNG_NS + "\"";
        List<String> found = validateDoc(href, rng);
        assertNothingFetched();
        String host = "127.0.0.1:" + server.port();
        assertTrue(found.contains("corpus/doc.xml:2:" + (pi(href, rng).length() + 1) + ": error: xml-model schema \"" + href
                + "\": a file URI naming the host \"" + host + "\" is not a file on this machine; only local files are read"),
                found.toString());
    }

    @Test
    void rngIncludeOfAFileOutsideTheFolderIsRefusedAtItsLine() throws IOException {
        Path outside = tmp.resolve("outside.rng");
        Files.writeString(outside, served("/outside.rng"));
        List<String> found = validate("local.rng", """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <include href="../outside.rng"/>
                </grammar>
                """);
        assertTrue(found.contains(schema("local.rng") + ":2:18: error: \"../outside.rng\" not read: " + OUTSIDE), found.toString());
    }

    @Test
    void staticExpressionsInASchematronAreHeldToo() throws IOException {
        List<String> found = validate("rules.sch", """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3" xmlns:f="urn:f">
                  <xsl:function xmlns:xsl="http://www.w3.org/1999/XSL/Transform" name="f:f" use-when="doc-available('%s/s.xml')"/>
                  <pattern><rule context="/"><assert test="true()">never</assert></rule></pattern>
                </schema>
                """.formatted(base));
        assertNothingFetched();
        assertTrue(found.contains(schema("rules.sch") + ":2:102: error: \"" + base + "/s.xml\" not read: " + NETWORK), found.toString());
    }

    @Test
    void aSymbolicLinkOutOfTheFolderCountsWhereItLeads() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere")).resolve("any.rng");
        Files.writeString(elsewhere, served("/any.rng"));
        Files.createSymbolicLink(dir.resolve("link.rng"), elsewhere);
        List<String> found = validateDoc("link.rng");
        assertTrue(found.contains("corpus/doc.xml:2:" + (pi("link.rng", "").length() + 1)
                + ": error: xml-model schema \"link.rng\" not read: " + OUTSIDE), found.toString());
    }

    @Test
    void aSchematronThatReadsIsNeverKeptInTheTranspiledCache() throws IOException {
        Path cache = tmp.resolve("cache");
        Path sch = Files.writeString(dir.resolve("rules.sch"), """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <pattern><rule context="/"><report test="unparsed-text-available('file:///etc/passwd')">LEAK</report></rule></pattern>
                </schema>
                """);
        Schematron schematron = new Schematron(new Toolkit().processor(), cache);
        var rules = schematron.rules(sch.toUri().toString(), "rules.sch");
        assertTrue(rules.ok(), rules.problems().toString());
        assertFalse(Files.exists(cache) && Files.list(cache).findAny().isPresent(), "a reading schema was cached");
    }

    @Test
    void readsInsideTheDocumentsFolderStillWork() throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/inc.rng"), """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0"><define name="root"><element name="root"><text/></element></define></grammar>
                """);
        Files.writeString(dir.resolve("lib/register.xml"), "<register><name>text</name></register>");
        Files.writeString(dir.resolve("local.rng"), """
                <grammar xmlns="http://relaxng.org/ns/structure/1.0">
                  <include href="lib/inc.rng"/>
                  <start><ref name="root"/></start>
                </grammar>
                """);
        Files.writeString(dir.resolve("rules.sch"), """
                <schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
                  <pattern><rule context="root">
                    <assert test=". = doc('lib/register.xml')//name">not in the register</assert>
                  </rule></pattern>
                </schema>
                """);
        Path doc = dir.resolve("doc.xml");
        Files.writeString(doc, "<?xml-model href=\"local.rng\"?>\n<?xml-model href=\"rules.sch\"?>\n<root>text</root>\n");
        assertEquals(List.of(), Fixtures.gnu(validator.validate(doc, "corpus/doc.xml")));
        Files.writeString(doc, "<?xml-model href=\"local.rng\"?>\n<?xml-model href=\"rules.sch\"?>\n<root>other</root>\n");
        assertEquals(List.of("corpus/doc.xml:3:7: error: not in the register"),
                Fixtures.gnu(validator.validate(doc, "corpus/doc.xml")));
    }
}
