package org.editionkit.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.editionkit.exchange.importer.Aligner;
import org.junit.jupiter.api.Test;

/** Paragraph alignment by content clues (numbers, dates, cited names, length). */
class AlignerTest {
    static String pairs(List<Aligner.Pair> result) {
        StringBuilder sb = new StringBuilder();
        for (Aligner.Pair p : result) {
            sb.append(p.left() < 0 ? "-" : String.valueOf(p.left())).append(':').append(p.right() < 0 ? "-" : String.valueOf(p.right())).append(' ');
        }
        return sb.toString().strip();
    }

    @Test
    void aParagraphOnlyOneTranslationHasIsLeftUnpairedInTheMiddle() {
        List<String> en = List.of(
                "The harvest of 1956 reached 2.9 million tons, 8 percent above the plan of the ministry.",
                "The delegation will leave on 20 October and return in the middle of November.",
                "Two new attachés will arrive in April; the embassy asked for 3 more.");
        List<String> ko = List.of(
                "1956년 수확은 계획보다 8퍼센트 많은 290만 톤에 달하였다.",
                "역자 해설: 이 문단은 번역자가 덧붙인 것으로 원문에는 없는 긴 배경 설명이며 숫자도 날짜도 담고 있지 않다. 독자를 위한 해설일 뿐이다.",
                "대표단은 10월 20일에 출발하여 11월 중순에 돌아올 것이다.",
                "4월에 새 담당관 두 명이 도착하며 대사관은 3명을 더 요청하였다.");
        assertEquals("0:0 -:1 1:2 2:3", pairs(new Aligner(0.45).align(en, ko)));
    }

    @Test
    void datesInDifferentNotationsCountAsSharedEvidence() {
        Aligner aligner = new Aligner(0.5);
        double withDate = aligner.score("Embassy in Pyongyang, 4.IV.1957", "주 평양 대사관, 1957년 4월 4일");
        double without = aligner.score("Embassy in Pyongyang, 4.IV.1957", "주 평양 대사관, 1956년 9월 1일");
        assertEquals(true, withDate > without + 0.2, withDate + " vs " + without);
    }
}
