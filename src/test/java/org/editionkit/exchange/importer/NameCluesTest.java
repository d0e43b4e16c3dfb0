package org.editionkit.exchange.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.editionkit.exchange.importer.Registers.Clue;
import org.junit.jupiter.api.Test;

/** The words around a bracketed name, as archive pages print them, and what they say it names. */
class NameCluesTest {
    private static List<String> kinds(List<Clue> clues) {
        return clues.stream().map(c -> c.kind() + (c.type() == null ? "" : "/" + c.type())).toList();
    }

    @Test
    void englishHeadWordsAfterOrBeforeTheNameMakeItAPlace() {
        assertEquals(List.of("PLACE/province"), kinds(NameClues.latin("the cooperatives of ", List.of("Hamgyeong", "Hamgyong"), " province had finished")));
        assertEquals(List.of("PLACE/city"), kinds(NameClues.latin("Grain now reaches the border city of ", List.of("Sinuiju", "Sinŭiju"), " by rail.")));
        assertEquals(List.of("PLACE/city"), kinds(NameClues.latin("the trade through ", List.of("Sinuiju", "Sinŭiju"), " City has grown")));
        assertEquals(List.of("PLACE/county"), kinds(NameClues.latin("the farms of ", List.of("Jangpung", "Changp'ung"), " county were")));
        assertEquals(List.of("PLACE/province", "PLACE/province"), kinds(NameClues.latin("in ", List.of("Jagang-do", "Chagang-do"), ".")));
    }

    @Test
    void aTitleOrTheShapeOfAKoreanPersonalNameMakeItAPerson() {
        assertEquals(List.of("PERSON", "PERSON"), kinds(NameClues.latin("I was received by Comrade ", List.of("Ri Ju-yeon", "Ri Ju Yon"), " at")));
        assertEquals(List.of("PERSON"), kinds(NameClues.latin("the minister of construction ", List.of("Kim Seung-hwa", "Kim Sung Hwa"), " was removed")));
        assertEquals(List.of("PERSON", "PERSON"), kinds(NameClues.korean("김창만", List.of("Kim Chang-man"), "", " 동지의 요청으로")));
    }

    @Test
    void aKoreanSuffixCountsOnlyWhereTheRomanisationLeavesItOut() {
        assertEquals(List.of("PLACE/province"), kinds(NameClues.korean("함경도", List.of("Hamgyeong", "Hamgyong"), "의", " 협동조합들이")));
        // 성 of 김일성 is part of the name, as the romanisation shows; 성 of 외무성 romanised whole says nothing either
        assertEquals(List.of("PERSON"), kinds(NameClues.korean("김일성", List.of("Kim Il Sung"), "이", " 비판하며")));
        assertEquals(List.of(), kinds(NameClues.korean("외무성", List.of("Oemuseong"), "을", " 방문하였다")));
        assertEquals(List.of("ORG/ministry"), kinds(NameClues.korean("외무", List.of("Oemu"), "성을", " 방문하였다")));
        // a bare 도 after the bracket is the particle "also"
        assertEquals(List.of("PERSON"), kinds(NameClues.korean("허가이", List.of("Heo Ga-I", "Ho Ka I"), "도", " 자살하였다")));
    }

    @Test
    void theHeadWordOfAnEnglishNameIsTheLastBeforeOf() {
        assertEquals("ORG/ministry", kinds(List.of(NameClues.head("Ministry of Agriculture"))).get(0));
        assertEquals("ORG/committee", kinds(List.of(NameClues.head("Central Committee of the Workers’ Party"))).get(0));
        assertEquals("ORG/school", kinds(List.of(NameClues.head("Higher Party School"))).get(0));
        assertEquals(null, NameClues.head("Neutral Nations"));
    }

    @Test
    void disagreeingCluesLeaveTheNameUnclassifiedAndSaySo() {
        Registers r = new Registers();
        List<Inline.Form> forms = List.of(new Inline.Form("rr", "Kim Il Sung"), new Inline.Form("mr", "Kim Il-sŏng"));
        String key = r.add(forms, 12, "Kim Il Sung [Kim Il-sŏng]", NameClues.latin("students of the ", List.of("Kim Il Sung", "Kim Il-sŏng"), " University"));
        List<Finding> findings = new ArrayList<>();
        r.resolve(KnownNames.none(), java.util.Set.of(), findings);
        assertEquals(null, r.entry(key).kind());
        assertEquals(List.of("12: Kim Il Sung [Kim Il-sŏng]: not classified (the clues disagree: the word \"University\" follows; "
                + "\"Kim Il Sung\" has the shape of a Korean personal name (surname Kim)): encoded as <name> with a review note "
                + "and left out of the registers; decide and encode it by hand"), findings.stream().map(Finding::toString).toList());
    }
}
