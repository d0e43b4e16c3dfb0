package org.editionkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.editionkit.validate.Validator;
import org.editionkit.validate.ValidatorConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class CorpusGeneratorTest {
    static final Path MASTER = Path.of(System.getProperty("edition.projectDir", "."))
            .resolve("tei/1957-04-04-pimenov-note.xml");
    static final int COUNT = 4;

    @TempDir
    static Path dir;
    static List<Path> files;
    static List<Document> docs = new ArrayList<>();

    @BeforeAll
    static void generate() throws Exception {
        files = CorpusGenerator.of(MASTER).generate(COUNT, dir);
        for (Path f : files) {
            docs.add(parse(f));
        }
    }

    @Test
    void writesTheRequestedNumberOfDistinctFilesNamedByIndex() throws IOException {
        assertEquals(List.of("bench-0001.xml", "bench-0002.xml", "bench-0003.xml", "bench-0004.xml"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        Set<String> contents = new HashSet<>();
        contents.add(Files.readString(MASTER));
        for (Path f : files) {
            contents.add(Files.readString(f));
        }
        assertEquals(COUNT + 1, contents.size(), "every derived document differs from the master and from the others");
    }

    @Test
    void everyPointerStillResolves() throws Exception {
        assertEquals(List.of(), CorpusGenerator.unresolvedPointers(parse(MASTER)), "the master itself is consistent");
        for (Document doc : docs) {
            assertEquals(List.of(), CorpusGenerator.unresolvedPointers(doc));
        }
    }

    @Test
    void registerIdsAndTheirReferencesCarryTheDocumentSuffix() {
        Document third = docs.get(2);
        assertEquals("pimenov-1957-v0003", third.getDocumentElement().getAttributeNS(XMLConstants.XML_NS_URI, "id"));
        List<Element> persons = CorpusGenerator.elements(third, "person");
        assertFalse(persons.isEmpty());
        for (Element p : persons) {
            assertTrue(p.getAttributeNS(XMLConstants.XML_NS_URI, "id").endsWith("-v0003"), p.getAttributeNS(XMLConstants.XML_NS_URI, "id"));
        }
        for (Element name : CorpusGenerator.elements(third, "persName")) {
            if (name.hasAttribute("ref")) {
                assertTrue(name.getAttribute("ref").endsWith("-v0003"), name.getAttribute("ref"));
            }
        }
        // Alignment ids keep the conventional form the stylesheets rely on.
        assertTrue(third.getElementsByTagNameNS(CorpusGenerator.TEI_NS, "p").getLength() > 0);
        assertEquals(1, CorpusGenerator.elements(third, "p").stream()
                .filter(p -> p.getAttributeNS(XMLConstants.XML_NS_URI, "id").equals("en-s1-p1")).count());
    }

    @Test
    void namesDatesAndCopyCountsDifferPerDocumentAndTotalsStillAddUp() {
        String first = registerForm(docs.get(0), "pimenov-v0001", "latin");
        String second = registerForm(docs.get(1), "pimenov-v0002", "latin");
        assertTrue(first.startsWith("Pimenov-"), first);
        assertNotEquals(first, second);
        assertTrue(registerForm(docs.get(0), "pimenov-v0001", "ko").startsWith("피메노프"));
        assertNotEquals(registerForm(docs.get(0), "pimenov-v0001", "ko"), registerForm(docs.get(1), "pimenov-v0002", "ko"));

        Set<String> dates = new HashSet<>();
        for (Document doc : docs) {
            dates.add(CorpusGenerator.elements(doc, "origDate").get(0).getAttribute("when"));
            for (Element list : CorpusGenerator.elements(doc, "list")) {
                if (!"distribution".equals(list.getAttribute("type"))) {
                    continue;
                }
                long items = CorpusGenerator.elements(list, "measure").stream()
                        .mapToLong(m -> Long.parseLong(m.getAttribute("quantity"))).sum();
                Element total = CorpusGenerator.elements((Element) list.getParentNode(), "measure").get(0);
                assertEquals(Long.parseLong(total.getAttribute("quantity")), items);
                assertTrue(total.getTextContent().startsWith(total.getAttribute("quantity")), total.getTextContent());
            }
        }
        assertEquals(COUNT, dates.size(), "each document has its own dates: " + dates);
    }

    @Test
    void schemaReferencesPointAtTheMastersSchemasFromAnyFolder() throws IOException {
        String xml = Files.readString(files.get(0));
        String head = xml.substring(0, xml.indexOf("<TEI"));
        String schema = MASTER.toAbsolutePath().getParent().toUri().resolve("schema/edition.rng").toString();
        assertTrue(head.contains("href=\"" + schema + "\""), head + " should name " + schema);
        assertTrue(Files.isRegularFile(Path.of(java.net.URI.create(schema))), schema);
    }

    @Test
    void derivedDocumentsAreValidAgainstTheProjectSchemaAndRules() {
        Toolkit toolkit = new Toolkit();
        Validator validator = Validator.create(toolkit, ValidatorConfig.defaults());
        List<Problem> masterErrors = validator.validate(MASTER, "master").stream().filter(Problem::isError).toList();
        Assumptions.assumeTrue(masterErrors.isEmpty(), "the master itself is invalid just now: " + masterErrors);
        for (Path f : files.subList(0, 2)) {
            assertEquals(List.of(), validator.validate(f, f.getFileName().toString()).stream().filter(Problem::isError).toList());
        }
    }

    private static String registerForm(Document doc, String personId, String type) {
        for (Element p : CorpusGenerator.elements(doc, "person")) {
            if (p.getAttributeNS(XMLConstants.XML_NS_URI, "id").equals(personId)) {
                for (Element n : CorpusGenerator.elements(p, "persName")) {
                    if (type.equals(n.getAttribute("type"))) {
                        return n.getTextContent();
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " form for " + personId);
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
