package org.editionkit.collate;

import static org.editionkit.collate.Fixtures.collate;
import static org.editionkit.collate.Fixtures.doc;
import static org.editionkit.collate.Fixtures.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One divergence of each kind, with the master's own sentences, and the same sentences agreeing. */
class CollateKindsTest {

    @Test
    void aRomanDepartmentNumberAgainstAKoreanCounter() throws Exception {
        List<Proposal> ps = collate(doc("6 cops. Ministry of Foreign Affairs Dep. V", "6부 외무성 4부서 전달"));
        assertEquals(1, ps.size(), ps.toString());
        Proposal p = ps.get(0);
        assertEquals("number", p.kind());
        assertEquals("V", p.e().text());
        assertEquals("4", p.k().text());
        assertEquals("E 5, K 4", p.reason());
        assertTrue(collate(doc("6 cops. Ministry of Foreign Affairs Dep. V", "6부 외무성 5부서 전달")).isEmpty());
    }

    @Test
    void datesAreComparedAsDatesWhateverTheirNotation() throws Exception {
        assertTrue(collate(doc("<date when=\"1957-04-04\">4.IV.1957</date>", "<date when=\"1957-04-04\">1957년 4월 4일</date>")).isEmpty());
        assertTrue(collate(doc("Pyongyang, 4.IV.1957", "평양, 1957년 4월 4일")).isEmpty());
        List<Proposal> ps = of(collate(doc("Pyongyang, 4.IV.1957", "평양, 1957년 4월 5일")), "number");
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("E date 1957-04-04, K date 1957-04-05", ps.get(0).reason());
        assertEquals("4.IV.1957", ps.get(0).e().text());
    }

    @Test
    void untaggedDateRangesInTheNotationsOfBothTranslations() throws Exception {
        assertTrue(collate(doc("Comr. Pimenov of 26-27-28-29.III.1957", "1957년 3월 26~29일, 피메노프동지의 대화")).isEmpty());
        List<Proposal> ps = collate(doc("we agreed on a date to visit the mission, 26-29 March 1957.", "방문일자를 1957년 3월 26~28일로 결정하였다."));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("E date 1957-03-26..1957-03-29, K date 1957-03-26..1957-03-28", ps.get(0).reason());
    }

    @Test
    void aDurationOnlyTheKoreanMakesApproximate() throws Exception {
        List<Proposal> ps = collate(doc("The meeting lasted one and a half hours.", "약 한 시간 반 정도에 걸쳐 회의가 이루어졌다."));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("K makes 1.5 approximate, the other does not", ps.get(0).reason());
        assertEquals("약 한 시간 반", ps.get(0).k().text());
        assertTrue(collate(doc("Four persons from this group fled.", "이 조직의 당원 네 명이 피신하였다.")).isEmpty());
    }

    @Test
    void aHangulNameThatDoesNotRomaniseToTheEnglishForm() throws Exception {
        String e = "it would not be strange if <persName ref=\"#kim-seunghwa\">Kim Seung-hwa</persName> were to act like "
                + "<persName ref=\"#ri-sangjo\"><choice><reg type=\"rr\">Ri Sang-jo</reg><reg type=\"mr\">Ri Sang Jo</reg></choice></persName>";
        String k = "<persName ref=\"#kim-seunghwa\">김승화</persName>가 <persName ref=\"#ri-sangjo\">리승조</persName>와 같은 행동";
        List<Proposal> ps = collate(doc(e, k));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("name", ps.get(0).kind());
        assertEquals("Ri Sang-jo", ps.get(0).e().text());
        assertEquals("리승조", ps.get(0).k().text());
        assertEquals("리승조 romanises as riseungjo, not Ri Sang-jo", ps.get(0).reason());
    }

    @Test
    void aLatinNameThatLostItsDiacritic() throws Exception {
        List<Proposal> ps = collate(doc("1 copy a/a <persName ref=\"#brzezinski\">Brzeziński Henryk</persName>",
                "1부 a/a <persName ref=\"#brzezinski\">Brzezinski Henryk</persName>"));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("the Latin forms differ in a diacritic", ps.get(0).reason());
    }

    @Test
    void aNameThatMatchesNoFormOfItsRegisterEntry() throws Exception {
        List<Proposal> ps = collate(doc("Comr. <persName ref=\"#pimenov\">Pimenow</persName> promised to relay data.",
                "<persName ref=\"#pimenov\">피메노프</persName> 동지는 정보를 전달해주기로 약속했다."));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("\"Pimenow\" matches no form of #pimenov in the register", ps.get(0).reason());
        assertEquals("low", ps.get(0).cert());
    }

    @Test
    void aMinisterWhoBecomesAPremier() throws Exception {
        List<Proposal> ps = collate(doc("Minister <persName ref=\"#brzostowski\">Brzostowski</persName> provided information on this subject.",
                "<persName ref=\"#brzostowski\">브르조스토우스키</persName> 수상이 이와 관련된 정보를 제공했다."));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("title", ps.get(0).kind());
        assertEquals("Minister", ps.get(0).e().text());
        assertEquals("수상", ps.get(0).k().text());
        assertTrue(collate(doc("Shortly thereafter came the issue of the minister of communications.", "사건 직후, 체신상 문제가 발생하였다.")).isEmpty());
    }

    @Test
    void aSentenceTheKoreanLeavesOut() throws Exception {
        List<String> pairs = new ArrayList<>(Arrays.asList(Fixtures.CALIBRATION));
        pairs.add("No further meetings took place.  <persName ref=\"#jeong-geukrok\">Jeong Geuk-rok</persName> believes that the Americans became"
                + " mixed up in the matter.  The incident with the airplane from the south, which was shot down in the territory of the"
                + " <placeName ref=\"#dprk\">DPRK</placeName> also had a certain influence.  <persName ref=\"#jeong-geukrok\">Jeong Geuk-rok</persName>’s"
                + " opinions on the issue of conditions present in the <placeName ref=\"#dprk\">DPRK</placeName> overlapped.");
        pairs.add("그러나 추가 회담은 이루어지지 않았다. <placeName ref=\"#dprk\">조선민주주의인민공화국</placeName> 영공에서 격추된 남측의 항공기 사건이"
                + " 영향을 미쳤으며, <placeName ref=\"#dprk\">조선민주주의인민공화국</placeName> 문제에 대해 <persName ref=\"#jeong-geukrok\">정극록</persName>의 의견이 중복되기도 했다.");
        List<Proposal> ps = of(collate(doc(pairs.toArray(String[]::new))), "omission");
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("Jeong Geuk-rok believes that the Americans became mixed up in the matter.", ps.get(0).e().text());
        assertTrue(of(collate(doc(Fixtures.CALIBRATION)), "omission").isEmpty());
    }

    @Test
    void aPlaceTheKoreanDoesNotName() throws Exception {
        List<Proposal> ps = collate(doc("Comr. <persName ref=\"#pimenov\">Pimenov</persName> had asked me whether he could go with me to our"
                + " <orgName ref=\"#polish-mission\">Mission in <placeName ref=\"#panmunjeom\">Panmunjeom</placeName></orgName>.",
                "<persName ref=\"#pimenov\">피메노프</persName> 동지가 우리의 <placeName ref=\"#panmunjeom\">판문점</placeName> 방문에 동행이 가능한지를 문의했다."));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("omission", ps.get(0).kind());
        assertEquals("K does not name #polish-mission", ps.get(0).reason());
    }

    @Test
    void aParenthesisOnlyTheKoreanHas() throws Exception {
        List<Proposal> ps = collate(doc("This minister had been removed and isolated for a certain length of time under house arrest for his attitude.",
                "그는 (불량한) 태도 때문에 정치권에서 숙청되어 상당 시간 동안 가택 구금된 바 있다."));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("addition", ps.get(0).kind());
        assertEquals("(불량한)", ps.get(0).k().text());
    }

    @Test
    void aWordTheKoreanAdds() throws Exception {
        List<Proposal> ps = collate(doc("We will be informed what the Korean side demanded.", "우리는 곧 조선측 요구사항 내역을 입수하게 될 것이다."));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("K adds 곧 (soon), E has no such word", ps.get(0).reason());
    }

    @Test
    void aStateNameWrittenWithoutOneSyllable() throws Exception {
        List<Proposal> ps = collate(doc("(former <placeName ref=\"#dprk\">DPRK</placeName> Ambassador to the <placeName ref=\"#ussr\">USSR</placeName>)",
                "(전 조선민주주의인공화국 <placeName ref=\"#ussr\">소련</placeName>대사였던)"));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("spelling", ps.get(0).kind());
        assertEquals("조선민주주의인공화국", ps.get(0).k().text());
    }

    @Test
    void translatorNotesThatDescribeDifferentThings() throws Exception {
        List<Proposal> ps = collate(doc("No. 267/37/2421/57/ <note type=\"translator\">illegible initials</note>",
                "제 267/37/2421/57호 <note type=\"translator\">기울어진 소인</note>"));
        assertEquals(1, ps.size(), ps.toString());
        assertEquals("note", ps.get(0).kind());
        assertEquals("illegible initials", ps.get(0).e().text());
        assertEquals("기울어진 소인", ps.get(0).k().text());
        assertTrue(collate(doc("Secret <note type=\"translator\">added by hand</note>", "기밀 <note type=\"translator\">수기로 덧붙여짐</note>")).isEmpty());
    }
}
