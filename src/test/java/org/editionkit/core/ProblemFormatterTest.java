package org.editionkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemFormatterTest {
    @Test
    void gnuFormatHasPathLineColumnSeverityAndMessage() {
        assertEquals("tei/a.xml:12:7: error: bad thing",
                ProblemFormatter.gnu(Problem.error("tei/a.xml", 12, 7, "bad thing")));
    }

    @Test
    void unknownPositionsAreLeftOutRatherThanPrintedAsZero() {
        assertEquals("tei/a.xml: error: unreadable", ProblemFormatter.gnu(Problem.fileError("tei/a.xml", "unreadable")));
        assertEquals("a.xml:3: warning: w", ProblemFormatter.gnu(Problem.warning("a.xml", 3, 0, "w")));
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        assertEquals("a.xml:1:1: error: first second", ProblemFormatter.gnu(Problem.error("a.xml", 1, 1, "first\n   second\n")));
    }

    @Test
    void jsonEscapesAndListsEveryProblem() {
        String json = ProblemFormatter.json(List.of(Problem.error("a \"b\".xml", 1, 2, "tab\there"),
                Problem.warning("c.xml", 0, 0, "w")));
        assertEquals("[\n  {\"file\": \"a \\\"b\\\".xml\", \"line\": 1, \"column\": 2, \"severity\": \"error\", \"message\": \"tab\\there\"},\n"
                + "  {\"file\": \"c.xml\", \"line\": 0, \"column\": 0, \"severity\": \"warning\", \"message\": \"w\"}\n]", json);
        assertEquals("[]", ProblemFormatter.json(List.of()));
    }

    @Test
    void controlCharactersInFileNamesCannotForgeALine() {
        String crafted = "x.xml\nok.xml:1:1: warning: all fine\u001b[2K\r\t\u0085";
        String line = ProblemFormatter.gnu(Problem.error(crafted, 3, 4, "bad \u001b[31mthing"));
        assertEquals("x.xml\\nok.xml:1:1: warning: all fine\\x1b[2K\\r\\t\\x85:3:4: error: bad \\x1b[31mthing", line);
        assertEquals(1, line.lines().count(), "one problem, one line");
        assertEquals("plain/name.xml", ProblemFormatter.escapeControls("plain/name.xml"));
        assertEquals("한국어 \\u2028", ProblemFormatter.escapeControls("한국어 \u2028"));
    }
}
