package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmItem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The features of the HTML edition, checked on the HTML as a browser parses it, against what
 * the TEI says: for the master and for the small fixture (both follow tei/ENCODING.md).
 */
class HtmlEditionFeaturesTest {
    @TempDir
    static Path out;
    static List<Rendered> docs;

    @BeforeAll
    static void renderBoth() throws Exception {
        Toolkit toolkit = new Toolkit();
        docs = List.of(Rendered.render(toolkit, Rendered.FIXTURE, out), Rendered.render(toolkit, Rendered.MASTER, out));
    }

    static Stream<Rendered> documents() {
        return docs.stream();
    }

    private static final String LEAF_UNITS = "//tei:text[@xml:id='en']//*[local-name() = ('head','p','opener','closer','list','item','dateline','stamp','signed')]"
            + "[@corresp][not(.//*[@corresp][local-name() = ('div','head','p','opener','closer','list','item','dateline','stamp','signed')])]";

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyEnglishRowHasItsKoreanPartnerInTheSameRow(Rendered d) {
        List<XdmItem> units = d.tei(LEAF_UNITS);
        assertTrue(units.size() > 5, "the TEI has aligned units");
        List<String> ids = d.teiStrings(LEAF_UNITS + "/@xml:id/string()");
        List<String> partners = d.teiStrings(LEAF_UNITS + "/substring-after(@corresp, '#')");
        for (int i = 0; i < ids.size(); i++) {
            String row = "//h:div[contains(concat(' ', @class, ' '), ' row ')]";
            String en = row + "/h:div[@data-lang='en' and @lang='en']//*[@id='" + ids.get(i) + "']";
            assertEquals(1, d.count(en), d + ": " + ids.get(i) + " in an English cell");
            String ko = row + "[h:div[@data-lang='en']//*[@id='" + ids.get(i) + "']]/h:div[@data-lang='ko' and @lang='ko']//*[@id='" + partners.get(i) + "']";
            assertEquals(1, d.count(ko), d + ": " + partners.get(i) + " in the Korean cell of the row of " + ids.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void paragraphNumbersFollowSectionAndPosition(Rendered d) {
        // §1.2 is the second p of section 1, in the gutter of that paragraph's row.
        String num = d.string("//h:div[contains(@class,'row ')][h:div[@data-lang='en']/h:p[@id='en-s1-p2']]/h:div[@class='num']");
        assertEquals("§1.2", num.strip());
        assertEquals("§0.1", d.string("//h:div[contains(@class,'row ')][h:div[@data-lang='en']/h:p[@id='en-s0-p1']]/h:div[@class='num']").strip());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noteCallsAndNotesLinkBothWaysNumberedPerLanguage(Rendered d) {
        for (String lang : List.of("en", "ko")) {
            int teiNotes = d.tei("//tei:text[@xml:id='" + lang + "']//tei:note[not(ancestor::tei:note)]").size();
            List<Node> calls = d.nodes("//h:div[@data-lang='" + lang + "']//h:a[@role='doc-noteref']");
            assertEquals(teiNotes, calls.size(), d + ": one call per " + lang + " note");
            int n = 1;
            for (Node call : calls) {
                Element a = (Element) call;
                assertEquals(String.valueOf(n++), a.getTextContent(), "numbered from 1 in " + lang);
                String target = a.getAttribute("href").substring(1);
                List<Node> note = d.nodes("//h:section[@id='notes']//h:div[@data-lang='" + lang + "']//h:li[@id='" + target + "']");
                assertEquals(1, note.size(), d + ": note " + target + " in the " + lang + " notes");
                String back = d.string("h:a[@role='doc-backlink']/@href", note.get(0));
                assertEquals("#" + a.getAttribute("id"), back, "the note links back to its call");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyFragmentLinkResolvesAndIdsAreUnique(Rendered d) {
        List<String> ids = d.nodes("//@id").stream().map(Node::getNodeValue).toList();
        Set<String> unique = new HashSet<>(ids);
        assertEquals(ids.size(), unique.size(), d + ": duplicate ids " + duplicates(ids));
        List<String> broken = new ArrayList<>();
        for (Node href : d.nodes("//@href[starts-with(., '#')]")) {
            String id = href.getNodeValue().substring(1);
            if (!unique.contains(id)) {
                broken.add(id);
            }
        }
        assertEquals(List.of(), broken, d + ": links to missing ids");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void apparatusEntriesCarryTheSiglaDeclaredInListWit(Rendered d) {
        Set<String> declared = new TreeSet<>(d.teiStrings("//tei:listWit/tei:witness/@n/string()"));
        List<String> apps = d.teiStrings("//tei:standOff//tei:app/@xml:id/string()");
        assertFalse(apps.isEmpty());
        for (String app : apps) {
            String li = "//h:section[@id='apparatus']//h:li[@id='" + app + "']";
            assertEquals(1, d.count(li), d + ": entry " + app);
            List<String> sigla = d.nodes(li + "//h:abbr[contains(@class,'siglum')]").stream().map(Node::getTextContent).toList();
            int cited = d.tei("//tei:app[@xml:id='" + app + "']/(tei:lem | tei:rdg)/tokenize(@wit)").size();
            assertEquals(cited, sigla.size(), d + ": one siglum per cited witness in " + app);
            assertTrue(declared.containsAll(sigla), d + ": sigla of " + app + " " + sigla + " are declared " + declared);
            String shown = d.string(li + "//*[contains(@class,'app-loc')]");
            // Independently of the stylesheets: §section.position of the paragraph of the first passage.
            List<String> expected = d.teiStrings("//tei:app[@xml:id='" + app + "']/(tei:lem | tei:rdg)[1]"
                    + "/id(substring-after(tokenize(@corresp)[1], '#'))/ancestor::tei:p[1][parent::tei:div[@type='section']]"
                    + "/('§' || parent::tei:div/@n || '.' || (count(preceding-sibling::tei:p) + 1))");
            if (expected.isEmpty()) {
                assertTrue(shown.matches("§\\d+(\\.\\d+)?|Opening|Closing|Title|Distribution|Document"), d + ": " + app + " keyed to " + shown);
            } else {
                assertEquals(expected.get(0), shown, d + ": " + app + " keyed to its paragraph");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void divergencesAndTheirEntriesPointAtEachOther(Rendered d) {
        List<String> segs = d.teiStrings("//tei:seg[@type='divergence']/@xml:id/string()");
        for (String seg : segs) {
            String app = d.tei("//tei:seg[@xml:id='" + seg + "']/substring-after(@corresp, '#')").get(0).getStringValue();
            String span = "//h:span[@id='" + seg + "'][contains(@class,'divergence')][@data-app='" + app + "']";
            assertEquals(1, d.count(span), d + ": marked passage " + seg);
            assertEquals("#" + app, d.string(span + "/following-sibling::*[1][self::h:sup]/h:a/@href"), seg + " → " + app);
            String passages = d.string("//h:li[@id='" + app + "']/@data-passages");
            assertTrue(List.of(passages.split(" ")).contains(seg), app + " lists " + seg + " among " + passages);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void indexEntriesShowEveryNameFormAndLinkToOccurrencesInBothLanguages(Rendered d) {
        List<String> persons = d.teiStrings("//tei:listPerson//tei:person[@xml:id]/@xml:id/string()");
        assertFalse(persons.isEmpty());
        for (String p : persons) {
            Set<String> langs = new TreeSet<>(d.teiStrings("//tei:text[@xml:lang]//tei:persName[tokenize(@ref) = '#" + p + "']/ancestor::tei:text[@xml:lang][1]/@xml:lang/string()"));
            if (langs.isEmpty()) {
                continue;
            }
            String li = "//h:section[@id='indexes']//h:li[@id='idx-" + p + "']";
            assertEquals(1, d.count(li), d + ": index entry for " + p);
            Set<String> shown = new TreeSet<>(d.nodes(li + "/h:span[contains(@class,'occurrences')]/@data-lang").stream().map(Node::getNodeValue).toList());
            assertEquals(langs, shown, d + ": occurrences of " + p + " by language");
            for (String form : d.teiStrings("//tei:person[@xml:id='" + p + "']/tei:persName/normalize-space()")) {
                assertTrue(d.string(li).contains(form), d + ": " + p + " shows the form " + form);
            }
            int teiOccurrences = d.tei("//tei:text[@xml:lang]//tei:persName[tokenize(@ref) = '#" + p + "']").size();
            assertEquals(teiOccurrences, d.count(li + "//h:a[contains(@class,'occ')]"), d + ": a link per occurrence of " + p);
            for (Node href : d.nodes(li + "//h:a[contains(@class,'occ')]/@href")) {
                String id = href.getNodeValue().substring(1);
                assertEquals(1, d.count("//*[@id='" + id + "'][contains(@class,'persName')]"), "occurrence " + id + " is a person name");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void pageIsSelfContainedWithoutExternalUrls(Rendered d) {
        assertEquals(0, d.count("//h:script[@src] | //h:link | //h:img[@src] | //h:iframe | //h:object | //h:embed"), "nothing fetched");
        assertTrue(d.count("//h:head/h:style") == 1 && d.string("//h:head/h:style").contains(".parallel"), "the stylesheet is inlined");
        assertTrue(d.string("//h:body/h:script[last()]").contains("highlightApp"), "the script is inlined");
        assertFalse(d.string("//h:style").matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*"), "no external url() in the CSS");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aboutSectionShowsTheHeaderMetadata(Rendered d) {
        String about = d.string("//h:section[@id='about']/h:dl");
        assertTrue(about.contains(d.teiStrings("//tei:msIdentifier/tei:idno[@type='registry']/normalize-space()").get(0)), "reference number");
        for (String translator : d.teiStrings("//tei:respStmt[starts-with(@xml:id, 'resp-trans')]/(tei:persName | tei:name)/normalize-space()")) {
            assertTrue(about.contains(translator), "translator " + translator);
        }
        assertTrue(about.contains(d.teiStrings("//tei:titleStmt/tei:funder/normalize-space()").get(0)), "funder");
        String rights = d.teiStrings("//tei:publicationStmt/tei:availability/normalize-space()").get(0);
        assertTrue(about.replaceAll("\\s+", " ").contains(rights.substring(0, 40)), "rights");
        assertEquals(1, d.count("//h:section[@id='about']//h:a[@href='" + d.name().replace(".html", ".xml") + "']"), "TEI download link");
        assertEquals(1, d.count("//h:section[@id='about']//h:a[@href='" + d.name().replace(".html", ".pdf") + "']"), "PDF link");
        assertTrue(d.string("//h:section[@id='about']//h:cite").contains(d.teiStrings("//tei:title[@type='main'][@xml:lang='en']/normalize-space()").get(0)), "citation names the title");
        assertTrue(about.contains("Revision history") && about.contains("Editorial principles"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void bothReadingAndDiplomaticRenderingsAreInThePage(Rendered d) {
        // cop[ies] / C[entral]: the expansion with brackets for the diplomatic view only.
        Node ex = d.nodes("//h:span[contains(@class,'ex')][h:span[@class='dp']]").get(0);
        assertEquals("[", d.string("h:span[@class='dp'][1]", ex));
        // sic/corr: correction in the reading view, the source's error in the diplomatic view.
        if (!d.tei("//tei:choice[tei:sic]").isEmpty()) {
            assertEquals(d.tei("//tei:choice[tei:sic]").size(), d.count("//h:span[contains(@class,'choice')][h:span[@class='rd']/h:span[@class='corr']][h:span[@class='dp']/h:span[@class='sic']]"));
        }
        // The switches are real buttons with aria-pressed, hidden until the script runs.
        assertEquals(2, d.count("//h:button[@data-view][@type='button'][@aria-pressed]"));
        assertEquals(3, d.count("//h:button[@data-show][@aria-pressed]"));
        assertEquals("", d.string("//*[@id='toolbar']/@hidden"));
        assertEquals(1, d.count("//*[@id='toolbar'][@hidden]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void physicalDocumentIsVisible(Rendered d) {
        assertTrue(d.count("//h:span[contains(@class,'stamp') and contains(@class,'tilted')]") >= 2, "a tilted stamp in each language");
        for (Node hand : d.nodes("//h:span[contains(concat(' ', @class, ' '), ' hand ')]")) {
            Element e = (Element) hand;
            assertEquals("0", e.getAttribute("tabindex"), "a hand can be focused by keyboard");
            String tip = e.getAttribute("aria-describedby");
            assertEquals(1, d.count("//*[@id='" + tip + "'][@role='tooltip']"), "the hand is named in a tooltip");
        }
        assertTrue(d.count("//h:span[contains(@class,'hand-secret')]") >= 1, "the handwritten Secret");
        assertTrue(d.count("//h:span[contains(@class,'gap-illegible')]") >= 1, "the illegible initials");
        assertTrue(d.count("//h:span[contains(@class,'gap-signature')]") >= 2, "the signature in both languages");
        int items = d.tei("//tei:text[@xml:id='en']//tei:list[@type='distribution']/tei:item").size();
        assertEquals(items, d.count("//h:div[@data-lang='en']/h:ul[contains(@class,'list-distribution')]/h:li"), "the copy distribution as a list");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void headingsDescendOneLevelAtATimeAndLandmarksExist(Rendered d) {
        int previous = 0;
        for (Node h : d.nodes("//*[self::h:h1 or self::h:h2 or self::h:h3 or self::h:h4 or self::h:h5 or self::h:h6]")) {
            int level = h.getLocalName().charAt(1) - '0';
            assertTrue(level <= previous + 1, d + ": " + h.getLocalName() + " \"" + h.getTextContent().strip() + "\" after h" + previous);
            previous = level;
        }
        assertEquals(1, d.count("//h:h1"));
        assertEquals(1, d.count("//h:body/h:header") + d.count("//h:body/h:main") + d.count("//h:body/h:nav") - 2);
        assertEquals(1, d.count("//h:main"));
        assertTrue(d.count("//h:html[@lang='en']") == 1);
    }

    private static Set<String> duplicates(List<String> ids) {
        Set<String> seen = new HashSet<>();
        Set<String> dup = new LinkedHashSet<>();
        ids.forEach(id -> {
            if (!seen.add(id)) {
                dup.add(id);
            }
        });
        return dup;
    }
}
