package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.fop.area.Block;
import org.apache.fop.area.Footnote;
import org.apache.fop.area.Trait;
import org.editionkit.core.Problem;
import org.junit.jupiter.api.Test;

/**
 * The pass loop's decisions, with a stand-in stylesheet and typesetter: a layout is a state name
 * (recorded as the folio of one page), the stylesheet prints the FO "FO state" from the map of a
 * state, and the typesetter's layout of an FO is given per test. What is checked: how many FOP
 * runs a document costs, which runs write the PDF, which FO is kept, and the fallback with its
 * warning when the layout cannot settle.
 */
class PassLoopTest {
    private static final String FALLBACK = "<fo fallback/>";

    /** The stylesheet: no map → the fallback FO; the probe map → "probe"; a state's map → its FO. */
    private static PassLoop.Stylesheet stylesheet() {
        return map -> {
            if (map == null) {
                return FALLBACK.getBytes(StandardCharsets.UTF_8);
            }
            String state = map.equals(PassLoop.PROBE) ? "probe" : map.replaceAll(".* n=\"([^\"]*)\".*", "$1");
            return ("<?xml version=\"1.0\"?><?edf-layout?><fo " + state + "/>")
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    /** Records the state the typesetter lays an FO out as; remembers each run ("L state" or "P state"). */
    private static class Fop implements PassLoop.Typesetter {
        final List<String> runs = new ArrayList<>();
        final UnaryOperator<String> layout;

        Fop(UnaryOperator<String> layout) {
            this.layout = layout;
        }

        @Override
        public List<Problem> run(byte[] fo, OutputStream pdf, LayoutRecorder rec) throws Exception {
            String s = new String(fo, StandardCharsets.UTF_8);
            String state = s.equals(FALLBACK) ? "fallback" : s.replaceAll(".*<fo ([^/]*)/>", "$1");
            runs.add((pdf == null ? "L " : "P ") + state);
            if (pdf != null) {
                pdf.write(("PDF of " + state).getBytes(StandardCharsets.UTF_8));
            }
            rec.startSequence();
            rec.startPage(0, layout.apply(state));
            return List.of();
        }
    }

    private static String pdf(PassLoop.Result r) {
        return new String(r.pdf(), StandardCharsets.UTF_8);
    }

    @Test
    void aDocumentWithNothingLaidOutByItsMapTakesOneRun() throws Exception {
        Fop fop = new Fop(s -> "A");
        PassLoop.Result r = PassLoop.run(map -> "<fo plain/>".getBytes(StandardCharsets.UTF_8), fop, false, "x.xml");
        assertEquals(List.of("P plain"), fop.runs);
        assertEquals(1, r.fopRuns());
        assertTrue(r.settled());
    }

    @Test
    void theFirstPassOnlyLaysOutAndTheSecondIsFinalWhenItsMapPrintsItsFo() throws Exception {
        // The probe lays out as A, the FO printed from A lays out as A again: it is final.
        Fop fop = new Fop(s -> "A");
        PassLoop.Result r = PassLoop.run(stylesheet(), fop, false, "x.xml");
        assertEquals(List.of("L probe", "P A"), fop.runs);
        assertEquals(2, r.fopRuns());
        assertTrue(r.settled());
        assertEquals("PDF of A", pdf(r));
        assertTrue(new String(r.fo(), StandardCharsets.UTF_8).endsWith("<fo A/>"));
    }

    @Test
    void everyRunAfterTheFirstWritesThePdfAndTheOneWhoseMapRepeatsIsKept() throws Exception {
        // probe → A, FO A → B, FO B → B: the third run (FO B) is final and already wrote the PDF.
        Fop fop = new Fop(s -> s.equals("probe") ? "A" : "B");
        PassLoop.Result r = PassLoop.run(stylesheet(), fop, false, "x.xml");
        assertEquals(List.of("L probe", "P A", "P B"), fop.runs);
        assertEquals(3, r.fopRuns());
        assertEquals("PDF of B", pdf(r));
    }

    @Test
    void twoLayoutsThatAlternateFallBackAtOnceWithAWarningNamingTheDocument() throws Exception {
        // FO A lays out as B, FO B as A: iterating can never settle.
        Fop fop = new Fop(s -> s.equals("A") ? "B" : "A");
        PassLoop.Result r = PassLoop.run(stylesheet(), fop, false, "tei/x.xml");
        assertEquals(List.of("L probe", "P A", "P B", "P fallback"), fop.runs);
        assertFalse(r.settled());
        assertArrayEquals(FALLBACK.getBytes(StandardCharsets.UTF_8), r.fo());
        assertEquals("PDF of fallback", pdf(r));
        assertEquals(List.of(Problem.warning("tei/x.xml", 0, 0, "the page layout did not settle (it alternates between two"
                + " layouts); printed without line numbers, with the apparatus keyed to §")), r.warnings());
    }

    @Test
    void theFirstPassesFootnoteHeightsReachEveryMapAndLateMapsLetTheTiersTakeTheirOwnHeight() throws Exception {
        List<String> maps = new ArrayList<>();
        PassLoop.Stylesheet xslt = stylesheet();
        int[] n = {0};
        Fop fop = new Fop(s -> "S" + n[0]++) {
            @Override
            public List<Problem> run(byte[] fo, OutputStream pdf, LayoutRecorder rec) throws Exception {
                List<Problem> found = super.run(fo, pdf, rec);
                // Only the first pass has a footnote of its own: note n1, 5 pt tall.
                if (new String(fo, StandardCharsets.UTF_8).endsWith("<fo probe/>")) {
                    Footnote area = new Footnote();
                    Block block = new Block();
                    block.setBPD(5000);
                    block.addTrait(Trait.PROD_ID, "edf-fn-n1");
                    area.addBlock(block);
                    rec.footArea(area);
                }
                return found;
            }
        };
        PassLoop.run(map -> {
            maps.add(map);
            return xslt.fo(map);
        }, fop, false, "x.xml");
        List<String> mapped = maps.subList(2, maps.size() - 1);
        assertEquals(PassLoop.MAX_FOP_RUNS - 1, mapped.size(), maps.toString());
        for (int i = 0; i < mapped.size(); i++) {
            assertTrue(mapped.get(i).contains("<fn id=\"n1\" h=\"5.000\"/>"), mapped.get(i));
            // Map i is the layout of FOP run i + 1 (the probe is run 1).
            assertEquals(i + 2 >= PassLoop.NATURAL_AFTER, mapped.get(i).startsWith("<layout foot=\"natural\""), mapped.get(i));
        }
    }

    @Test
    void aLayoutThatKeepsChangingFallsBackAfterTheBound() throws Exception {
        int[] n = {0};
        Fop fop = new Fop(s -> "S" + n[0]++);
        PassLoop.Result r = PassLoop.run(stylesheet(), fop, false, "tei/x.xml");
        assertEquals(PassLoop.MAX_FOP_RUNS + 1, r.fopRuns());
        assertEquals("P fallback", fop.runs.get(fop.runs.size() - 1));
        assertFalse(r.settled());
        assertTrue(r.warnings().get(0).message().contains("did not settle (still changing after " + PassLoop.MAX_FOP_RUNS + " passes)"), r.warnings().toString());
    }

    @Test
    void onePassModePrintsTheFoWithoutAMap() throws Exception {
        Fop fop = new Fop(s -> "A");
        PassLoop.Result r = PassLoop.run(stylesheet(), fop, true, "x.xml");
        assertEquals(List.of("P fallback"), fop.runs);
        assertTrue(r.settled());
    }
}
