package org.editionkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.Toolkit;
import org.editionkit.html.HtmlRenderer;
import org.editionkit.xml.SecureXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nesting just inside the parser's limit renders on the build's worker threads without overflowing the stack. */
class DeepNestingRenderTest {
    @TempDir
    Path tmp;

    @Test
    void nestingJustBelowTheLimitIsRenderedToHtml() throws Exception {
        int depth = SecureXml.MAX_ELEMENT_DEPTH - 10;
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("deep.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>"
                + "<hi>".repeat(depth) + "innermost" + "</hi>".repeat(depth) + "</p></body></text></TEI>");
        Toolkit toolkit = new Toolkit();
        Recorder r = TestBuilds.build(toolkit, List.of(Steps.html(() -> new HtmlRenderer(toolkit))), TestBuilds.options(tmp.resolve("out"), in));
        assertEquals(DocumentResult.Outcome.BUILT, r.result("deep.xml").outcome(), r.lines("deep.xml")::toString);
        assertTrue(Files.readString(tmp.resolve("out/deep.html")).contains("innermost"));
    }
}
