package org.editionkit.exchange;

import static org.editionkit.exchange.ImportFixtures.IMPORT;
import static org.editionkit.exchange.ImportFixtures.SEED;
import static org.editionkit.exchange.ImportFixtures.TEI_ALL;
import static org.editionkit.exchange.ImportFixtures.agreeing;
import static org.editionkit.exchange.ImportFixtures.count;
import static org.editionkit.exchange.ImportFixtures.parse;
import static org.editionkit.exchange.ImportFixtures.xpath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.editionkit.exchange.importer.Finding;
import org.editionkit.exchange.importer.Importer;
import org.editionkit.validate.Validator;
import org.editionkit.validate.ValidatorConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Importing archive pages: the seed against the hand-made master, and three variant pages. */
class ImporterTest {
    static final Importer IMPORTER = new Importer();
    static Validator validator;

    @BeforeAll
    static void projectValidator() {
        validator = Validator.create(new Toolkit(), ValidatorConfig.defaults());
    }

    static Importer.Result importVariant(String name) throws Exception {
        return IMPORTER.importPage(IMPORT.resolve(name + ".txt"));
    }

    @Test
    void englishPolishVariantInOneScriptIsSplitWhereTheSectionNumberingRestarts() throws Exception {
        Importer.Result r = importVariant("en-pl-same-script");
        XdmNode doc = parse(r.teiText());
        assertEquals(List.of("en", "pl"), xpath(doc, "//tei:group/tei:text/@xml:lang"));
        assertEquals(List.of("en-s1-p1=#pl-s1-p1", "en-s2-p1=#pl-s2-p1"),
                xpath(doc, "//tei:p[starts-with(@xml:id, 'en-')]!(@xml:id || '=' || @corresp)"));
        assertEquals(List.of("Nr 17/55"), xpath(doc, "//tei:opener[@xml:id = 'pl-opener']//tei:idno"));
        List<String> messages = r.findings().stream().map(Finding::toString).toList();
        assertTrue(messages.contains("17: both translations are in Latin script: assumed the second starts here (section numbering restarts at line 21); check the split and set its xml:lang"), messages.toString());
        assertTrue(messages.contains("17: second translation assumed to be Polish (xml:lang=\"pl\") from its letters; check"), messages.toString());
    }

    static void assumeSeed() {
        Assumptions.assumeTrue(Files.isDirectory(ExportFixtures.SHARED), "../shared not present: skipping the seed import");
    }

    @Test
    void seedDraftAgreesWithTheHandMadeMaster() throws Exception {
        assumeSeed();
        Assumptions.assumeTrue(Files.isRegularFile(ExportFixtures.MASTER), "master TEI not present yet: skipping the comparison");
        XdmNode draft = parse(IMPORTER.importPage(SEED).teiText());
        XdmNode master = parse(ExportFixtures.MASTER);
        String pairs = "//tei:p[matches(@xml:id, '^en-s\\d+-p\\d+$')]!(@xml:id || '=' || @corresp)";
        String notes = "//tei:note[@type = 'translator']!(ancestor::*[@xml:lang][1]/@xml:lang || ':' || normalize-space())";
        String expansions = "//tei:ex!(ancestor::tei:text[@xml:lang][1]/@xml:lang || ':' || preceding-sibling::node()[1]!tokenize(string(), '\\s+')[last()] || '[' || . || ']')";
        int[] p = figure("paragraph pairs", xpath(master, pairs), xpath(draft, pairs));
        int[] n = figure("translator notes", xpath(master, notes), xpath(draft, notes));
        int[] e = figure("expansions", xpath(master, expansions), xpath(draft, expansions));
        String forms = "//tei:listPerson/tei:person[tei:persName[@type = 'mr']]/tei:persName[@type = ('rr', 'mr', 'ko')]!(@type || ':' || normalize-space())";
        int[] f = figure("register name forms of persons with bracketed variants", xpath(master, forms), xpath(draft, forms));
        assertEquals(p[1], p[0], "every paragraph pair of the master, in the same order");
        assertTrue(n[0] >= n[1] - 1, "translator notes agree at least " + (n[1] - 1) + "/" + n[1]);
        assertTrue(e[0] >= e[1] - 2, "expansions agree at least " + (e[1] - 2) + "/" + e[1]);
        assertTrue(f[0] * 10 >= f[1] * 8, "register name forms agree at least 80%");
    }

    private static int[] figure(String what, List<String> master, List<String> draft) {
        int agree = agreeing(master, draft);
        System.out.printf("seed import vs master: %d/%d %s agree (draft has %d)%n", agree, master.size(), what, draft.size());
        assertTrue(master.size() > 0, "the master has " + what);
        return new int[] {agree, master.size()};
    }

    @Test
    void seedDraftIsValidTeiAndValidAgainstTheProjectSchema() throws Exception {
        assumeSeed();
        String tei = IMPORTER.importPage(SEED).teiText();
        assertValidTeiAll(tei);
        assertEquals(List.of(), validator.validate(tei, "seed-draft.xml", null).stream().filter(Problem::isError).toList());
    }

    @Test
    void seedImportReportsWhatTheEditorMustCheck() throws Exception {
        assumeSeed();
        List<String> messages = IMPORTER.importPage(SEED).findings().stream().map(Finding::toString).toList();
        assertTrue(messages.contains("1: removed web noise \"Skip to content\""), messages.toString());
        assertTrue(messages.contains("168: the archive page gives no Record ID; add the record's idno by hand"), messages.toString());
        assertTrue(messages.contains("155: \"from the by\": a word is missing in the source line; check what the document was obtained from"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("76: the ko translation starts here")), messages.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-ru-three-sections", "en-ja-no-sections", "en-pl-same-script"})
    void variantDraftsAreValidTeiAndValidAgainstTheProjectSchema(String name) throws Exception {
        String tei = importVariant(name).teiText();
        assertValidTeiAll(tei);
        assertEquals(List.of(), validator.validate(tei, name + ".xml", null).stream().filter(Problem::isError).toList());
    }

    @Test
    void aDraftWithAnUnpairedParagraphFailsTheProjectRulesOnlyWhereItAsksForReview() throws Exception {
        String tei = importVariant("en-ko-two-sections").teiText();
        assertValidTeiAll(tei);
        List<String> errors = validator.validate(tei, "en-ko-two-sections.xml", null).stream().filter(Problem::isError)
                .map(p -> p.line() + ": " + p.message()).toList();
        // Only the unpaired paragraph: its review note (note/@subtype="review") is valid.
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("131: p ko-s2-p2 in the Korean translation has no counterpart"), errors.toString());
    }

    @Test
    void englishKoreanVariantHasTwoSectionsAndReportsTheUnpairableParagraph() throws Exception {
        Importer.Result r = importVariant("en-ko-two-sections");
        XdmNode doc = parse(r.teiText());
        assertEquals(List.of("2", "2"), xpath(doc, "//tei:group/tei:text!string(count(.//tei:div[@type = 'section']))"));
        assertEquals(List.of("4", "5"), xpath(doc, "//tei:group/tei:text!string(count(.//tei:p[matches(@xml:id, '-s\\d+-p\\d+$')]))"));
        assertEquals(List.of("en:round stamp", "en:handwritten", "en:signature", "ko:둥근 소인", "ko:수기", "ko:서명"),
                xpath(doc, "//tei:note[@type = 'translator']!(ancestor::tei:text[1]/@xml:lang || ':' || .)"));
        assertEquals(4, r.pairedParagraphs());
        assertTrue(r.findings().stream().map(Finding::toString).anyMatch(m -> m.startsWith(
                "66: paragraph could not be paired with any paragraph of the other translation: \"역자가 덧붙임")), r.findings().toString());
        assertEquals(List.of(), xpath(doc, "//tei:p[@xml:id = 'ko-s2-p2']/@corresp"));
        assertEquals(1, count(doc, "//tei:p[@xml:id = 'ko-s2-p2']/tei:note[@subtype = 'review']"));
        assertEquals(List.of("Kim Chang-man", "Kim Chang Man", "김창만"), xpath(doc, "//tei:person[@xml:id = 'kim-changman']/tei:persName"));
        assertEquals(List.of("M:inistry", "cop:ies", "cop:ies", "cop:y"), xpath(doc, "//tei:expan!(text()[1] || ':' || tei:ex)"));
        assertEquals(List.of("."), xpath(doc, "//tei:supplied[@reason = 'punctuation']"));
        assertEquals(List.of("3", "2 1"), xpath(doc, "//tei:text[@xml:lang = 'ko']//tei:div[@type = 'distribution']/(tei:p, tei:list)!string-join(.//tei:measure/@quantity, ' ')"));
        assertEquals(List.of("114567"), xpath(doc, "//tei:idno[@type = 'record']"));
        assertEquals(List.of("ko-head", "1956-10-12"), xpath(doc, "//tei:head[@xml:id = 'en-head']/@corresp!substring(., 2), //tei:opener[@xml:id = 'ko-opener']/tei:dateline/tei:date/@when"));
        assertEquals(List.of("2012-03-01"), xpath(doc, "//tei:publicationStmt/tei:date/@when"));
    }

    @Test
    void englishRussianVariantSplitsByCyrillicScriptWithRomanSections() throws Exception {
        Importer.Result r = importVariant("en-ru-three-sections");
        XdmNode doc = parse(r.teiText());
        assertEquals(List.of("en", "ru"), xpath(doc, "//tei:group/tei:text/@xml:lang"));
        assertEquals(List.of("3", "3"), xpath(doc, "//tei:group/tei:text!string(count(.//tei:div[@type = 'section']))"));
        assertEquals(5, r.pairedParagraphs());
        assertEquals(List.of("en:letterhead", "en:stamp", "ru:бланк", "ru:штамп"),
                xpath(doc, "//tei:note[@type = 'translator']!(ancestor::tei:text[1]/@xml:lang || ':' || .)"));
        assertEquals(List.of("#resp-trans-ru"), xpath(doc, "distinct-values(//tei:text[@xml:lang = 'ru']//tei:note/@resp)"));
        assertEquals(1, count(doc, "//tei:respStmt[@xml:id = 'resp-trans-ru']"));
        assertEquals(List.of("ru-s2-p1"), xpath(doc, "//tei:p[@xml:id = 'en-s2-p1']/@corresp!substring(., 2)"));
        assertEquals(List.of("1953-03-03", "1953-03-03"), xpath(doc, "//tei:dateline/tei:date/@when"));
        assertTrue(r.findings().stream().map(Finding::toString).anyMatch(m -> m.startsWith("35: second translation in Cyrillic script: assumed Russian")));
    }

    @Test
    void englishJapaneseVariantWithoutSectionsPairsItsParagraphs() throws Exception {
        Importer.Result r = importVariant("en-ja-no-sections");
        XdmNode doc = parse(r.teiText());
        assertEquals(0, count(doc, "//tei:div[@type = 'section']"));
        assertEquals(0, count(doc, "//tei:head"), "a dateline or a telegram number is not taken as the head");
        assertEquals(List.of("No. 88", "第88号"), xpath(doc, "//tei:opener//tei:idno[@type = 'registry']"));
        assertEquals(List.of("en-s0-p1=#ja-s0-p1", "en-s0-p2=#ja-s0-p2", "en-s0-p3=#ja-s0-p3"),
                xpath(doc, "//tei:p[starts-with(@xml:id, 'en-')]!(@xml:id || '=' || @corresp)"));
        assertEquals(List.of("ja:6月2日受信"), xpath(doc, "//tei:text[@xml:lang = 'ja']//tei:note[@type = 'translator']!('ja:' || .)"));
        assertEquals(List.of("#ja-closer"), xpath(doc, "//tei:closer[@xml:id = 'en-closer']/@corresp"));
        assertEquals(List.of("M:inister"), xpath(doc, "//tei:p[@xml:id = 'en-s0-p3']/tei:expan!(text()[1] || ':' || tei:ex)"));
        assertEquals(List.of("."), xpath(doc, "//tei:supplied[@reason = 'punctuation']"));
    }

    private static ValidationDriver teiAll;
    private static final List<String> TEI_ALL_ERRORS = new ArrayList<>();

    /** Validates against TEI All; the schema (large) is compiled once for the class. */
    static synchronized void assertValidTeiAll(String tei) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(TEI_ALL), "../shared/schema/tei_all.rng not present: skipping TEI All validation");
        if (teiAll == null) {
            PropertyMapBuilder props = new PropertyMapBuilder();
            props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
                public void warning(SAXParseException e) {
                }

                public void error(SAXParseException e) {
                    TEI_ALL_ERRORS.add(e.getLineNumber() + ": " + e.getMessage());
                }

                public void fatalError(SAXParseException e) {
                    TEI_ALL_ERRORS.add(e.getLineNumber() + ": " + e.getMessage());
                }
            });
            ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
            assertTrue(driver.loadSchema(ValidationDriver.uriOrFileInputSource(TEI_ALL.toString())), "tei_all.rng loads");
            teiAll = driver;
        }
        TEI_ALL_ERRORS.clear();
        teiAll.validate(new InputSource(new StringReader(tei)));
        assertEquals(List.of(), TEI_ALL_ERRORS);
    }
}
