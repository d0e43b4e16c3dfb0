package org.editionkit.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.editionkit.core.Toolkit;
import org.editionkit.html.HtmlRenderer;
import org.editionkit.io.OutputDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * The HTML volume site of the sample volume (VolumeSite): the contents page, each document's
 * page (the HTML edition's page plus the volume navigation) and the cumulative index page,
 * checked with XPath on the pages as a browser parses them and against the register model.
 */
class VolumeSiteTest {
    @TempDir
    static Path out;
    @TempDir
    static Path single;
    static Toolkit toolkit;
    static List<Path> docs;
    static List<String> written;
    static HtmlPage contents;
    static HtmlPage index;
    static final Map<Integer, HtmlPage> pages = new HashMap<>();

    @BeforeAll
    static void build() throws Exception {
        toolkit = new Toolkit();
        docs = SampleVolume.documents(toolkit);
        written = new VolumeSite(toolkit).write(SampleVolume.VOLUME, docs, OutputDirectory.of(out), "sample-volume.pdf");
        contents = new HtmlPage(out.resolve("index.html"));
        index = new HtmlPage(out.resolve("volume-index.html"));
        for (int n = 1; n <= docs.size(); n++) {
            pages.put(n, new HtmlPage(out.resolve("doc" + n + ".html")));
        }
    }

    @Test
    void writesTheContentsEachDocumentWithItsTeiAndTheIndex() throws Exception {
        assertEquals(List.of("index.html", "doc1.html", "doc1.xml", "doc2.html", "doc2.xml", "doc3.html", "doc3.xml",
                "volume-index.html"), written);
        for (int n = 1; n <= docs.size(); n++) {
            assertArrayEquals(Files.readAllBytes(docs.get(n - 1)), Files.readAllBytes(out.resolve("doc" + n + ".xml")));
        }
    }

    @Test
    void theContentsPageGivesTheTitlePageDataAndFrontMatter() {
        assertEquals("Polish Diplomats in Pyongyang, 1957", contents.string("//h:h1"));
        assertEquals("평양의 폴란드 외교관들, 1957년", contents.string("//h:header//h:p[@class = 'subtitle'][@lang = 'ko']"));
        assertEquals("Edited by The editionkit editorial team and The editionkit encoding group",
                contents.string("//h:header//h:p[@class = 'volume-editors']"));
        assertEquals("978-0-00-000000-2", contents.string("//h:dl[@class = 'imprint']/h:dt[. = 'ISBN']/following-sibling::h:dd[1]"));
        assertTrue(contents.string("//h:dt[. = 'How to cite']/following-sibling::h:dd[1]").startsWith("The editionkit editorial team (eds.)"));
        assertEquals(List.of("Preface", "Editorial principles"), contents.strings("//h:section[@class = 'front-matter']/h:h2"));
        assertEquals(2, contents.count("//h:section[@id = 'front-preface']/h:p"));
        assertEquals(List.of("#front-preface", "#front-principles"), contents.nodes("//h:ul[@class = 'front-list']//h:a/@href")
                .stream().map(Node::getNodeValue).toList());
    }

    @Test
    void theContentsListTheDocumentsByPartWithNumberDateAndBothTitles() {
        assertEquals(List.of("Part I. Conversations with the Soviet Embassy", "Part II. Reports on the leadership"),
                contents.strings("//h:section[@class = 'part']/h:h3"));
        assertEquals(List.of("doc1.html", "doc2.html"), contents.nodes("//h:section[@class = 'part'][1]//h:a[@class = 'doc-title']/@href")
                .stream().map(Node::getNodeValue).toList());
        assertEquals(List.of("doc3.html"), contents.nodes("//h:section[@class = 'part'][2]//h:a[@class = 'doc-title']/@href")
                .stream().map(Node::getNodeValue).toList());
        String third = "(//h:li[@class = 'document-entry'])[3]";
        assertEquals("No. 3", contents.string(third + "/h:span[@class = 'doc-number']"));
        assertEquals("1957-06-20", contents.string(third + "/h:span[@class = 'doc-date']"));
        assertEquals("Information on the Visit of Kim Il Sung to Hamheung, 14-15.VI.1957", contents.string(third + "/h:a/h:span[@lang = 'en']"));
        assertEquals("1957년 6월 14~15일 김일성의 함흥 방문에 관하여", contents.string(third + "/h:span[@class = 'doc-title-other'][@lang = 'ko']"));
        assertEquals(List.of("1957-04-04", "1957-05-15", "1957-06-20"), contents.strings("//h:span[@class = 'doc-date']"));
    }

    @Test
    void aDocumentPageIsItsEditionPageWithTheVolumeNavigation() throws Exception {
        HtmlPage doc2 = pages.get(2);
        assertEquals("Document 2 of 3", doc2.string("//h:nav[@class = 'volume-nav']//h:li[@class = 'volume-position']"));
        assertEquals("doc1.html", doc2.string("//h:nav[@class = 'volume-nav']//h:a[@rel = 'prev']/@href"));
        assertEquals("doc3.html", doc2.string("//h:nav[@class = 'volume-nav']//h:a[@rel = 'next']/@href"));
        assertEquals(0, pages.get(1).count("//h:a[@rel = 'prev']"));
        assertEquals(0, pages.get(3).count("//h:a[@rel = 'next']"));
        assertEquals(List.of("doc2.xml", "sample-volume.pdf"), doc2.nodes("//h:footer//h:a/@href").stream().map(Node::getNodeValue).toList());
        // The page's main content is the edition's, unchanged: the same as `edition html` writes.
        XdmNode tei = toolkit.parse(docs.get(1), "doc2", new ArrayList<>());
        new HtmlRenderer(toolkit).render(tei, "doc2", single);
        HtmlPage alone = new HtmlPage(single.resolve("doc2.html"));
        Node main = doc2.nodes("//h:main").get(0);
        Node aloneMain = alone.nodes("//h:main").get(0);
        assertEquals(List.of("doc2.xml", "doc2.pdf"), alone.nodes("//h:main//h:a[@class = 'download']/@href")
                .stream().map(Node::getNodeValue).toList());
        assertEquals(List.of("doc2.xml", "sample-volume.pdf"), doc2.nodes("//h:main//h:a[@class = 'download']/@href")
                .stream().map(Node::getNodeValue).toList(), "the book, not a PDF of the document, which the site does not have");
        // Apart from the link from each index entry to the volume index and the PDF download.
        for (Node a : doc2.nodes("//h:main//h:a[@class = 'vi-link'] | //h:main//h:a[@class = 'download'][2]")) {
            a.getParentNode().removeChild(a);
        }
        for (Node a : alone.nodes("//h:main//h:a[@class = 'download'][2]")) {
            a.getParentNode().removeChild(a);
        }
        assertTrue(main.isEqualNode(aloneMain), "the edition's main content");
    }

    @Test
    void withoutABookNoPageLinksAPdf(@TempDir Path bookless) throws Exception {
        new VolumeSite(toolkit).write(SampleVolume.VOLUME, docs.subList(1, 2), OutputDirectory.of(bookless), null);
        for (String name : List.of("index.html", "doc1.html", "volume-index.html")) {
            HtmlPage page = new HtmlPage(bookless.resolve(name));
            assertEquals(0, page.count("//h:a[contains(@href, '.pdf')]"), name);
        }
        HtmlPage doc = new HtmlPage(bookless.resolve("doc1.html"));
        assertEquals("TEI XML source (doc1.xml)", doc.string("//h:dd[h:a[@class = 'download']]"));
    }

    @Test
    void eachIndexEntryOfADocumentLinksToTheVolumeIndex() throws Exception {
        HtmlPage doc3 = new HtmlPage(out.resolve("doc3.html"));
        Set<String> ids = new HashSet<>();
        index.nodes("//@id").forEach(n -> ids.add(n.getNodeValue()));
        List<String> links = doc3.nodes("//h:li[@class = 'index-entry']/h:a[@class = 'vi-link']/@href").stream().map(Node::getNodeValue).toList();
        assertEquals(doc3.count("//h:li[@class = 'index-entry']"), links.size());
        assertTrue(links.contains("volume-index.html#vi-kim-ilsung"));
        for (String l : links) {
            assertTrue(ids.contains(l.substring(l.indexOf('#') + 1)), l);
        }
    }

    @Test
    void theIndexLinksEveryOccurrenceOfTheModelToItsAnchor() throws Exception {
        List<XdmNode> teis = new ArrayList<>();
        for (Path p : docs) {
            teis.add(toolkit.parse(p, p.toString(), new ArrayList<>()));
        }
        XdmNode model = (XdmNode) toolkit.stylesheet(VolumeSite.STYLESHEET).load30()
                .callFunction(new QName(VolumeSite.ED, "volume-index"), new XdmValue[] {new XdmValue(teis)});
        XPathCompiler c = toolkit.processor().newXPathCompiler();
        c.declareNamespace("ed", VolumeSite.ED);
        List<String> expected = new ArrayList<>();
        for (XdmItem occ : c.evaluate("ed:entry/ed:occurrence", model)) {
            XdmNode o = (XdmNode) occ;
            String doc = o.getAttributeValue(new QName("doc"));
            expected.add("doc" + doc + ".html#" + o.getAttributeValue(new QName("id")).substring(("d" + doc + "-").length()));
        }
        List<String> hrefs = index.nodes("//h:a[@class = 'occ']/@href").stream().map(Node::getNodeValue).toList();
        assertEquals(expected.stream().sorted().toList(), hrefs.stream().sorted().toList());
        // Every link lands on an element of the document page.
        for (String href : hrefs) {
            int n = Integer.parseInt(href.substring(3, href.indexOf('.')));
            String id = href.substring(href.indexOf('#') + 1);
            assertEquals(1, pages.get(n).count("//*[@id = '" + id + "']"), href);
        }
    }

    @Test
    void anEntryGivesEveryFormAndItsOccurrencesByDocumentAndLanguage() {
        String kim = "//h:li[@id = 'vi-kim-ilsung']";
        assertEquals("Kim Il Sung", index.string(kim + "/h:span[@class = 'entry-name']"));
        assertEquals(List.of("Revised Romanization Kim Il Sung", "Hangul 김일성", "McCune–Reischauer Kim Il-sŏng", "English Kim Il-sung"),
                index.strings(kim + "//h:span[@class = 'form']"));
        assertEquals("ko", index.string(kim + "//h:span[@class = 'form-value'][. = '김일성']/@lang"));
        assertEquals(List.of("No. 1", "No. 2", "No. 3"), index.strings(kim + "//h:a[@class = 'vi-doc']"));
        assertEquals(List.of("English", "Korean"), index.strings(kim + "/h:ul/h:li[3]/h:span[@class = 'occurrences']/h:span[@class = 'occ-lang']"));
        assertEquals(List.of("doc3.html#ed-1-3-1-1-1-1-2-3"), index.nodes(kim + "/h:ul/h:li[3]/h:span[@lang = 'en']/h:a[1]/@href")
                .stream().map(Node::getNodeValue).toList());
        assertEquals(List.of("Persons", "Places", "Organisations"), index.strings("//h:section[@class = 'volume-index']/h:h3"));
    }

    @Test
    void seeReferencesStandAmongTheEntriesAndLeadToTheHeading() {
        List<Node> see = index.nodes("//h:section[@id = 'index-person']//h:li[@class = 'vi-see'][h:span[@class = 'see-from'] = 'Kim Il-sŏng']");
        assertEquals(1, see.size());
        assertEquals("#vi-kim-ilsung", index.string("//h:li[@class = 'vi-see'][h:span = 'Kim Il-sŏng']/h:a/@href"));
        assertEquals("Kim Il-sŏng see Kim Il Sung", see.get(0).getTextContent().strip());
        // In alphabetical order: the entry Kim Il Sung, then the references from its other forms.
        List<String> items = index.strings("//h:section[@id = 'index-person']/h:ul/h:li/*[1]");
        int entry = items.indexOf("Kim Il Sung");
        assertEquals(List.of("Kim Il Sung", "Kim Il-sŏng", "Kim Il-sung"), items.subList(entry, entry + 3));
        assertEquals("ko", index.string("//h:li[@class = 'vi-see']/h:span[. = '평양']/@lang"));
        assertEquals("#vi-pyongyang", index.string("//h:li[@class = 'vi-see'][h:span = 'P’yŏngyang']/h:a/@href"));
        for (Node a : index.nodes("//h:li[@class = 'vi-see']/h:a/@href")) {
            assertEquals(1, index.count("//*[@id = '" + a.getNodeValue().substring(1) + "']"), a.getNodeValue());
        }
    }

    @Test
    void nothingIsLoadedFromOutsideTheSite() {
        for (HtmlPage page : List.of(contents, index, pages.get(1), pages.get(2), pages.get(3))) {
            assertEquals(0, page.count("//h:link | //h:script[@src] | //h:img | //h:iframe"), page.file.toString());
            for (Node href : page.nodes("//h:a/@href")) {
                String v = href.getNodeValue();
                assertTrue(!v.contains(":") && !v.startsWith("//"), page.file + ": " + v);
            }
            assertTrue(page.count("//h:head/h:style") >= 2, "the edition's and the volume's CSS are inlined");
        }
    }

}
