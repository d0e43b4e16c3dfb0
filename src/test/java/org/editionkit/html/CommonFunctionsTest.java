package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared ed: functions of xslt/common, called directly (through the compiled HTML entry
 * point, which imports them), on the master and on small fixtures.
 */
class CommonFunctionsTest {
    static final String ED = "urn:editionkit:functions";
    static Toolkit toolkit;
    static XdmNode master;
    static XdmNode unaligned;

    @BeforeAll
    static void setUp() throws Exception {
        toolkit = new Toolkit();
        master = toolkit.parse(Rendered.MASTER, "master", new ArrayList<>());
        unaligned = toolkit.parse(Rendered.FIXTURE.resolveSibling("unaligned.xml"), "unaligned", new ArrayList<>());
    }

    private static XdmValue call(String name, XdmValue... args) throws SaxonApiException {
        Xslt30Transformer t = toolkit.stylesheet("html/edition.xsl").load30();
        return t.callFunction(new QName(ED, name), args);
    }

    private static XdmNode node(XdmNode doc, String xpath) throws SaxonApiException {
        var c = toolkit.processor().newXPathCompiler();
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        return (XdmNode) c.evaluateSingle(xpath, doc);
    }

    private static String id(XdmValue v) {
        return v.size() == 0 ? "-" : ((XdmNode) v.itemAt(0)).getAttributeValue(new QName("http://www.w3.org/XML/1998/namespace", "id"));
    }

    @Test
    void paragraphNumbersAreSectionDotPosition() throws Exception {
        assertEquals("1.3", call("para-number", node(master, "id('en-s1-p3')")).toString());
        assertEquals("0.2", call("para-number", node(master, "id('ko-s0-p2')")).toString());
        assertEquals(0, call("para-number", node(master, "id('en-dist-total')")).size(), "the distribution is not numbered");
        assertEquals("§2.2", call("locator", node(master, "id('en-d23')")).toString());
    }

    @Test
    void notesAreNumberedPerTranslation() throws Exception {
        XdmNode firstKo = node(master, "(id('ko')//tei:note)[1]");
        XdmNode thirdEn = node(master, "(id('en')//tei:note)[3]");
        assertEquals("1", call("note-number", firstKo).toString());
        assertEquals("3", call("note-number", thirdEn).toString());
        assertEquals("note-ko-1", call("note-id", firstKo).toString());
        assertEquals(0, call("note-number", node(master, "(//tei:standOff//tei:note)[1]")).size(), "apparatus notes are not numbered");
        assertEquals("en", call("note-lang", node(master, "(id('ko')//tei:note[@type='editorial'])[1]")).toString(),
                "editorial notes are in the edition's language");
    }

    @Test
    void siglaAndPassagesComeFromListWitAndCorresp() throws Exception {
        XdmNode app22 = node(master, "id('app-22')");
        assertEquals("E", call("reading-sigla", node(master, "id('app-22')/tei:lem")).toString());
        assertEquals("K", call("reading-sigla", node(master, "id('app-22')/tei:rdg")).toString());
        List<String> passages = new ArrayList<>();
        call("app-passages", app22).forEach(i -> passages.add(id(i)));
        assertEquals(List.of("en-d22-1", "en-d22-2", "ko-d22-1", "ko-d22-2"), passages);
        assertEquals("§2.2", call("app-locator", app22).toString());
        assertEquals("app-22", id(call("app-of", node(master, "id('ko-d22-2')"))));
    }

    @Test
    void registersGiveEveryNameFormAndEveryOccurrence() throws Exception {
        XdmNode heo = node(master, "id('heo-gai')");
        assertEquals("Heo Ga-i", call("preferred-name", heo).toString());
        List<String> labels = new ArrayList<>();
        for (XdmItem form : call("name-forms", heo)) {
            labels.add(call("name-form-label", form).toString());
        }
        assertEquals(List.of("Revised Romanization", "McCune–Reischauer", "Hangul"), labels);
        int expected = Integer.parseInt(toolkit.processor().newXPathCompiler()
                .evaluate("count(//*[tokenize(@ref) = '#heo-gai'][ancestor::*:text])", master).toString());
        assertEquals(expected, call("occurrences", heo).size(), "every reference in the texts");
    }

    @Test
    void unpairedBlocksGetRowsOfTheirOwnInPlace() throws Exception {
        XdmValue rows = call("rows", node(unaligned, "id('en')"), node(unaligned, "id('ko')"));
        List<String> pairs = new ArrayList<>();
        for (XdmItem row : rows) {
            XdmMap m = (XdmMap) row;
            pairs.add(id(m.get("lead")) + "|" + id(m.get("other")));
        }
        // ko-s1-p3 points at en-s1-p1, which points elsewhere: not a pair, so it stands alone.
        assertEquals(List.of("en-s1-p1|ko-s1-p1", "-|ko-s1-p2", "-|ko-s1-p3", "en-s1-p2|-", "en-s1-p3|-"), pairs);
    }
}
