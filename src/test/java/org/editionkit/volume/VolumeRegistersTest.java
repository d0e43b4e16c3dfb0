package org.editionkit.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cumulative register model of xslt/volume/registers.xsl (ed:volume-index) on the sample
 * volume: entries merged by xml:id across the three documents, every name form, "see"
 * references, and occurrences addressed as dN-ANCHOR, checked with XPath against the documents.
 */
class VolumeRegistersTest {
    static final String ED = "urn:editionkit:functions";
    static Toolkit toolkit;
    static List<XdmNode> docs = new ArrayList<>();
    static XdmNode index;

    @BeforeAll
    static void setUp() throws Exception {
        toolkit = new Toolkit();
        for (Path p : SampleVolume.documents(toolkit)) {
            docs.add(toolkit.parse(p, p.toString(), new ArrayList<>()));
        }
        index = (XdmNode) call("volume-index", new XdmValue(docs));
    }

    static XdmValue call(String name, XdmValue... args) throws Exception {
        return toolkit.stylesheet(VolumeSite.STYLESHEET).load30().callFunction(new QName(ED, name), args);
    }

    static XdmValue xpath(String expr, XdmItem context) throws Exception {
        XPathCompiler c = toolkit.processor().newXPathCompiler();
        c.declareNamespace("ed", ED);
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        XPathSelector s = c.compile(expr).load();
        s.setContextItem(context);
        return s.evaluate();
    }

    static List<String> strings(String expr, XdmItem context) throws Exception {
        List<String> out = new ArrayList<>();
        xpath(expr, context).forEach(i -> out.add(i.getStringValue()));
        return out;
    }

    @Test
    void theSameIdInThreeDocumentsIsOneEntryWithEveryForm() throws Exception {
        assertEquals(List.of("1"), strings("count(ed:entry[@key = 'kim-ilsung'])", index));
        XdmItem kim = xpath("ed:entry[@key = 'kim-ilsung']", index).itemAt(0);
        assertEquals(List.of("person", "Kim Il Sung"), strings("@kind, @heading", kim));
        // The master's two forms, then the MR form of document 2 and the spelling of document 3.
        assertEquals(List.of("Kim Il Sung|ko-Latn|Revised Romanization", "김일성|ko|Hangul",
                "Kim Il-sŏng|ko-Latn|McCune–Reischauer", "Kim Il-sung|en|en"),
                strings("ed:form ! string-join((., @lang, @label), '|')", kim));
        assertEquals(List.of("1", "2", "3"), strings("distinct-values(ed:occurrence/@doc)", kim));
    }

    @Test
    void everyOccurrenceOfEveryDocumentIsCitedAsDocumentNumberAndAnchor() throws Exception {
        for (int n = 1; n <= docs.size(); n++) {
            XdmNode doc = docs.get(n - 1);
            // The name elements of the texts that point into the register, in document order.
            XdmValue names = xpath("//tei:text//(tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs)"
                    + "[@ref][substring(@ref, 2) = (//tei:person | //tei:place | //tei:org)/@xml:id]", doc);
            List<String> expected = new ArrayList<>();
            for (XdmItem name : names) {
                expected.add("d" + n + "-" + call("anchor-id", name).itemAt(0).getStringValue());
            }
            List<String> cited = strings("ed:entry/ed:occurrence[@doc = '" + n + "']/@id/string()", index);
            assertEquals(expected.stream().sorted().toList(), cited.stream().sorted().toList(), "document " + n);
        }
        assertEquals(List.of("en-ko"), strings("string-join(distinct-values(ed:entry/ed:occurrence/@lang), '-')", index));
        assertEquals(List.of("§0.1", "§2.2", "§2.2"), strings("ed:entry[@key = 'brzostowski']/ed:occurrence[@doc = '1'][@lang = 'en']/@loc/string()", index));
    }

    @Test
    void anEntityOfTwoLaterDocumentsIsCitedFromBoth() throws Exception {
        assertEquals(List.of("2", "3"), strings("distinct-values(ed:entry[@key = 'kowalczyk']/ed:occurrence/@doc)", index));
        assertEquals(List.of("3"), strings("distinct-values(ed:entry[@key = 'hamheung']/ed:occurrence/@doc)", index));
    }

    @Test
    void entriesNoTextCitesAreLeftOut() throws Exception {
        // #mou is named only in the master's header (the funder), #polish-mission in its text.
        assertEquals(List.of("0"), strings("count(ed:entry[@key = 'mou'])", index));
        assertEquals(List.of("1"), strings("count(ed:entry[@key = 'polish-mission'])", index));
        assertEquals(List.of("true"), strings("every $e in ed:entry satisfies exists($e/ed:occurrence)", index));
    }

    @Test
    void seeReferencesLeadFromEveryOtherFormToTheHeading() throws Exception {
        assertEquals(List.of("Kim Il-sŏng", "Kim Il-sung", "김일성"),
                strings("ed:see[@key = 'kim-ilsung']/@from/string()", index));
        assertEquals(List.of("Kim Il Sung"), strings("distinct-values(ed:see[@key = 'kim-ilsung']/@to)", index));
        assertEquals(List.of("P’yŏngyang", "평양"), strings("ed:see[@key = 'pyongyang']/@from/string()", index));
        assertEquals(List.of("0"), strings("count(ed:see[@from = @to])", index));
    }

    @Test
    void entriesAreSortedByTheirKeyWithoutAccents() throws Exception {
        assertEquals(List.of("true"), strings("let $s := ed:entry/@sort/string() return deep-equal($s, sort($s))", index));
        assertEquals("henryk brzezinski", call("index-sort-key", new XdmAtomicValue("Henryk Brzeziński")).toString());
        assertEquals("kim il-song", call("index-sort-key", new XdmAtomicValue("Kim Il-sŏng")).toString());
        assertEquals(List.of("henryk brzezinski"), strings("ed:entry[@key = 'brzezinski']/@sort/string()", index));
    }

    @Test
    void theIndexMergedFromDocumentPartsIsTheVolumeIndex() throws Exception {
        List<XdmItem> parts = new ArrayList<>();
        for (int n = 1; n <= docs.size(); n++) {
            parts.add(call("document-index", docs.get(n - 1), new XdmAtomicValue(n)).itemAt(0));
        }
        XdmNode merged = (XdmNode) call("merge-indexes", new XdmValue(parts));
        XPathCompiler c = toolkit.processor().newXPathCompiler();
        c.declareVariable(new QName("a"));
        c.declareVariable(new QName("b"));
        XPathSelector s = c.compile("deep-equal($a, $b)").load();
        s.setVariable(new QName("a"), merged);
        s.setVariable(new QName("b"), index);
        assertTrue(((XdmAtomicValue) s.evaluateSingle()).getBooleanValue());
    }
}
