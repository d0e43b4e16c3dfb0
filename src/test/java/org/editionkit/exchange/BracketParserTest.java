package org.editionkit.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.editionkit.exchange.importer.BracketParser;
import org.editionkit.exchange.importer.Finding;
import org.editionkit.exchange.importer.Inline;
import org.editionkit.exchange.importer.Registers;
import org.editionkit.exchange.importer.SourceLine;
import org.junit.jupiter.api.Test;

/** Each kind of square bracket the importer recognises, and what it does with the rest. */
class BracketParserTest {
    final List<Finding> findings = new ArrayList<>();
    final Registers registers = new Registers();
    final BracketParser parser = new BracketParser(registers, findings);

    List<Inline> parse(String s) {
        return parser.parse(new SourceLine(7, s));
    }

    @Test
    void translatorNotesInSeveralLanguagesAndSpellings() {
        for (String note : List.of("[trans. note: tilted stamp]", "[transl. note:  tilted stamp]", "[Translator's note: tilted stamp]",
                "[역주: tilted stamp]", "[訳注：tilted stamp]", "[прим. пер.: tilted stamp]")) {
            assertEquals(List.of(new Inline.Text("in Pyongyang"), new Inline.Note("tilted stamp")), parse("in Pyongyang " + note), note);
        }
    }

    @Test
    void lettersAttachedToAWordAreAnExpansionAndADashAddsAGloss() {
        assertEquals(List.of(new Inline.Text("the "), new Inline.Expan("C", "entral", ""), new Inline.Text(" "),
                new Inline.Expan("C", "ommittee", ""), new Inline.Text(".")), parse("the C[entral] C[ommittee]."));
        assertEquals(List.of(new Inline.Expan("Z", "agranicznych", ""), new Inline.Gloss("Ministry of Foreign Affairs")),
                parse("Z[agranicznych—Ministry of Foreign Affairs]"));
        assertEquals(List.of(new Inline.Expan("M", "inister", "stwo")), parse("M[inister]stwo"));
    }

    @Test
    void bracketedPunctuationIsSupplied() {
        assertEquals(List.of(new Inline.Text("shouting"), new Inline.Supplied(":"), new Inline.Text("  off")), parse("shouting[:]  off"));
    }

    @Test
    void aRomanisationWithAsManySyllablesAfterANameIsANameVariant() {
        List<Inline> parts = parse("the minister Kim Seung-hwa [Kim Sung Hwa] was removed");
        assertEquals(new Inline.Text("the minister "), parts.get(0));
        assertEquals(List.of(new Inline.Form("rr", "Kim Seung-hwa"), new Inline.Form("mr", "Kim Sung Hwa")), ((Inline.NameVariant) parts.get(1)).forms());
        assertEquals(new Inline.Text(" was removed"), parts.get(2));
    }

    @Test
    void aLatinNameAfterAHangulNameIsAVariantAndOtherLatinWordsAGloss() {
        assertEquals(List.of(new Inline.Form("ko", "허가이"), new Inline.Form("rr", "Heo Ga-I"), new Inline.Form("mr", "Ho Ka I")),
                ((Inline.NameVariant) parse("허가이[Heo Ga-I (Ho Ka I)] 문제").get(0)).forms());
        assertEquals(List.of(new Inline.Text("협동조합"), new Inline.Gloss("Agricultural Cooperatives"), new Inline.Text("들")),
                parse("협동조합[Agricultural Cooperatives]들"));
    }

    @Test
    void theEnglishNameOfAnOrganisationAfterItsHangulNameIsAVariantNotAGloss() {
        List<Inline> parts = parse("고등당교육소[Higher Party School]를");
        assertEquals(List.of(new Inline.Form("ko", "고등당교육소"), new Inline.Form("en", "Higher Party School")),
                ((Inline.NameVariant) parts.get(0)).forms());
        assertEquals(new Inline.Text("를"), parts.get(1));
    }

    @Test
    void anEnglishNameOfAnOrganisationBeforeItsRomanisationIsAVariant() {
        List<Inline> parts = parse("The Ministry of Agriculture [Nongeopseong] has sent");
        assertEquals(new Inline.Text("The "), parts.get(0));
        assertEquals(List.of(new Inline.Form("en", "Ministry of Agriculture"), new Inline.Form("rr", "Nongeopseong")),
                ((Inline.NameVariant) parts.get(1)).forms());
        assertEquals(new Inline.Text(" has sent"), parts.get(2));
    }

    @Test
    void wordsSpellingAnAcronymAreItsGloss() {
        assertEquals(List.of(new Inline.Text("the NNSC "), new Inline.Gloss("Neutral Nations Supervisory Commission"), new Inline.Text(" met")),
                parse("the NNSC [Neutral Nations Supervisory Commission] met"));
    }

    @Test
    void anythingElseIsKeptVerbatimAndReportedForReview() {
        List<Inline> parts = parse("he said [illegible word] twice");
        assertEquals(new Inline.Text("he said "), parts.get(0));
        assertEquals("[illegible word]", ((Inline.Review) parts.get(1)).literal());
        assertEquals(new Inline.Text(" twice"), parts.get(2));
        assertEquals("7: unrecognised bracket [illegible word] kept verbatim: decide whether it is an expansion, supplied text, a gloss or a name variant",
                findings.get(0).toString());
    }
}
