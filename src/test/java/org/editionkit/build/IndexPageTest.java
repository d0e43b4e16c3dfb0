package org.editionkit.build;

import static org.editionkit.build.TestBuilds.build;
import static org.editionkit.build.TestBuilds.fakeSteps;
import static org.editionkit.build.TestBuilds.fixture;
import static org.editionkit.build.TestBuilds.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xmlunit.xpath.JAXPXPathEngine;
import org.xmlunit.xpath.XPathEngine;

/** The corpus index page: every document with title, date, languages and links; self-contained and safe. */
class IndexPageTest {
    static Toolkit toolkit;
    static Document page;
    static String html;
    static final XPathEngine XPATH = new JAXPXPathEngine();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void buildCorpus() throws Exception {
        toolkit = new Toolkit();
        Path in = tmp.resolve("tei");
        Path letter = fixture("build/letter.xml", in);
        String text = Files.readString(letter);
        Files.writeString(in.resolve("older.xml"), text.replace("1957-05-02", "1956-01-01")
                .replace("A short letter about the harvest", "Winter &lt;script&gt;alert(1)&lt;/script&gt; &amp; snow"));
        Files.writeString(in.resolve("undated.xml"), text.replace("<correspDesc><correspAction type=\"sent\"><date when=\"1957-05-02\"/></correspAction></correspDesc>", ""));
        build(toolkit, fakeSteps(), options(tmp.resolve("dist"), in));
        html = Files.readString(tmp.resolve("dist/index.html"));
        HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
        page = builder.parse(new InputSource(new java.io.StringReader(html)));
        XPATH.setNamespaceContext(Map.of("h", "http://www.w3.org/1999/xhtml"));
    }

    private static List<String> values(String xpath) {
        return StreamSupport.stream(XPATH.selectNodes(xpath, page).spliterator(), false).map(n -> n.getTextContent().strip()).toList();
    }

    @Test
    void everyDocumentIsListedOldestFirstAndUndatedLast() {
        assertEquals(List.of("1956-01-01", "1957-05-02", "undated"), values("//h:tbody/h:tr/h:td[@class='date']"));
        assertEquals(List.of("older.html", "letter.html", "undated.html"), values("//h:tbody/h:tr/h:th/h:a/@href"));
    }

    @Test
    void titlesCarryTheirLanguageAndLanguagesAreNamed() {
        assertEquals("ko", XPATH.evaluate("//h:tr[2]/h:th/h:span[@class='alt']/@lang", page));
        assertEquals("추수에 관한 짧은 편지", XPATH.evaluate("//h:tr[2]/h:th/h:span[@class='alt']", page));
        assertEquals("English, Korean", XPATH.evaluate("normalize-space(//h:tr[2]/h:td[2])", page));
        assertEquals("en", XPATH.evaluate("//h:tr[2]/h:td[2]/h:abbr[1]/@title", page));
    }

    @Test
    void eachDocumentLinksItsFormatsRelatively() {
        assertEquals(List.of("letter.html", "letter.xml"), values("//h:tr[2]/h:td[@class='formats']/h:a/@href"));
        assertEquals(List.of("HTML", "TEI"), values("//h:tr[2]/h:td[@class='formats']/h:a"));
        assertTrue(XPATH.evaluate("//h:tr[2]/h:td[@class='formats']/h:a[1]/@aria-label", page).startsWith("HTML of A short letter"));
    }

    @Test
    void titlesAreEscapedNotInterpreted() {
        assertEquals("Winter <script>alert(1)</script> & snow", XPATH.evaluate("//h:tr[1]/h:th/h:a", page));
        assertEquals("1", XPATH.evaluate("count(//h:script)", page));
    }

    @Test
    void thePageIsSelfContainedAndAccessible() {
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "no external resources");
        assertEquals("en", XPATH.evaluate("/h:html/@lang", page));
        assertEquals("filter", XPATH.evaluate("//h:label/@for", page));
        assertEquals("1", XPATH.evaluate("count(//h:input[@id='filter'])", page));
        assertEquals(4, values("//h:thead//h:th[@scope='col']").size());
        assertEquals(3, values("//h:tbody//h:th[@scope='row']").size());
    }

    @Test
    void anOutputNameThatIsNotAPlainFileNameNeverBecomesALink() {
        String sha = "0".repeat(64);
        ManifestEntry entry = new ManifestEntry("x", "x.xml", new DocumentInfo(List.of(new DocumentInfo.Title("en", "Click me")), "", List.of()),
                ManifestEntry.Status.OK, 0, 0, sha, 1, 1, "b", List.of(
                        new ManifestEntry.OutputFile("html", "javascript:alert(document.domain)", sha, 1, 1),
                        new ManifestEntry.OutputFile("pdf", "../../../../etc/passwd", sha, 1, 1),
                        new ManifestEntry.OutputFile("tei", "x.xml", sha, 1, 1)));
        String page = IndexPage.render(List.of(entry));
        assertFalse(page.contains("javascript:") || page.contains("etc/passwd"), page);
        assertTrue(page.contains("<span lang=\"en\">Click me</span>"), page);
        assertTrue(page.contains("<a href=\"x.xml\""), page);
    }
}
