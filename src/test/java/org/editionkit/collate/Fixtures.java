package org.editionkit.collate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Small bilingual TEI documents built from real sentence pairs of the master, and their collation. */
final class Fixtures {
    static final String REGISTERS = """
        <listPerson type="historical">
          <person xml:id="ri-sangjo"><persName type="rr">Ri Sang-jo</persName><persName type="mr">Ri Sang Jo</persName><persName type="ko" xml:lang="ko">리승조</persName></person>
          <person xml:id="kim-seunghwa"><persName type="rr">Kim Seung-hwa</persName><persName type="mr">Kim Sung Hwa</persName><persName type="ko" xml:lang="ko">김승화</persName></person>
          <person xml:id="brzezinski"><persName type="latin" xml:lang="pl">Henryk Brzeziński</persName><persName type="ko" xml:lang="pl">Brzezinski Henryk</persName></person>
          <person xml:id="brzostowski"><persName type="latin">Brzostowski</persName><persName type="ko" xml:lang="ko">브르조스토우스키</persName></person>
          <person xml:id="pimenov"><persName type="latin">Pimenov</persName><persName type="ko" xml:lang="ko">피메노프</persName></person>
          <person xml:id="jeong-geukrok"><persName type="rr">Jeong Geuk-rok</persName><persName type="ko" xml:lang="ko">정극록</persName></person>
        </listPerson>
        <listPlace>
          <place xml:id="dprk"><placeName xml:lang="en">DPRK</placeName><placeName xml:lang="ko">조선민주주의인민공화국</placeName></place>
          <place xml:id="ussr"><placeName xml:lang="en">USSR</placeName><placeName xml:lang="ko">소련</placeName></place>
          <place xml:id="panmunjeom"><placeName xml:lang="en">Panmunjeom</placeName><placeName xml:lang="ko">판문점</placeName></place>
        </listPlace>
        <listOrg>
          <org xml:id="polish-mission"><orgName xml:lang="en">Polish mission to the Neutral Nations Supervisory Commission, Panmunjeom</orgName></org>
        </listOrg>""";

    private Fixtures() {
    }

    /** A document whose aligned paragraphs are the given English and Korean contents, in turn. */
    static String doc(String... pairs) {
        StringBuilder en = new StringBuilder();
        StringBuilder ko = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            int n = i / 2 + 1;
            en.append("<p xml:id=\"en-p").append(n).append("\" corresp=\"#ko-p").append(n).append("\">").append(pairs[i]).append("</p>\n");
            ko.append("<p xml:id=\"ko-p").append(n).append("\" corresp=\"#en-p").append(n).append("\">").append(pairs[i + 1]).append("</p>\n");
        }
        return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\">\n<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>"
                + "<publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>\n<standOff>" + REGISTERS
                + "</standOff>\n<text><group>\n<text xml:id=\"en\" xml:lang=\"en\" type=\"translation\" corresp=\"#ko\"><body>\n" + en
                + "</body></text>\n<text xml:id=\"ko\" xml:lang=\"ko\" type=\"translation\" corresp=\"#en\"><body>\n" + ko
                + "</body></text>\n</group></text>\n</TEI>\n";
    }

    static List<Proposal> collate(String xml) throws Exception {
        return new Collator().collate(xml.getBytes(StandardCharsets.UTF_8), Path.of("fixture.xml"), "fixture.xml").proposals();
    }

    static List<Proposal> of(List<Proposal> ps, String kind) {
        return ps.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    /** Pairs from the master that translate each other sentence for sentence: they set the length ratio. */
    static final String[] CALIBRATION = {
        "At the beginning of 1956 sentiments grew against Koreans who had come from the USSR.  A consequence of these sentiments was the fact of removals from work.",
        "1956년 초, 소비에트 연합에서 온 조선인들에 대해 대중적인 반감이 생겨났으며, 그 결과로 일부 사람들이 일터에서 해고되었다.",
        "They were expelled from the party.  A special resolution was passed on this subject.  It was also agreed that those people would not be persecuted.",
        "이들은 당에서 쫓겨났고 이 문제에 대한 특별 결의가 통과되었다. 또한 이 인물들을 숙청하지 않기로 합의하였다.",
        "In this period, those persons among CC members who spoke out in favor of this group were summoned to the CC.  In the talks, pressure was exerted on the CC members so that they would not support the slogans of the group.",
        "이 사이 이들 조직에 우호적이었던 중앙위원회 당원들이 중앙위원회에 호출되었다. 이 대담에서는 중앙위원회 당원들에게 압력을 가해 그들이 이 조직의 슬로건을 지지하지 못하도록 하였다."
    };
}
