package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;
import org.editionkit.volume.VolumeSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nu HTML Checker finds no error in any page of the sample volume's site. */
class VolumeSiteValidityTest {
    @TempDir
    Path out;

    @Test
    void everyPageOfTheSampleVolumeSiteHasNoNuCheckerErrors() throws Exception {
        Path volume = Rendered.PROJECT.resolve("tei/volumes/sample-volume.xml");
        Toolkit toolkit = new Toolkit();
        XdmNode vol = toolkit.parse(volume, volume.toString(), new ArrayList<>());
        XPathCompiler c = toolkit.processor().newXPathCompiler();
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        List<Path> docs = new ArrayList<>();
        for (XdmItem t : c.evaluate("//tei:ptr[@type = 'document']/@target/string()", vol)) {
            docs.add(volume.getParent().resolve(t.getStringValue()).normalize());
        }
        List<String> pages = new VolumeSite(toolkit).write(volume, docs, OutputDirectory.of(out), "book.pdf");
        List<String> errors = new ArrayList<>();
        for (String page : pages.stream().filter(p -> p.endsWith(".html")).toList()) {
            HtmlValidityTest.errors(out.resolve(page)).forEach(e -> errors.add(page + ":" + e));
        }
        assertEquals(5, pages.stream().filter(p -> p.endsWith(".html")).count());
        assertEquals(List.of(), errors);
    }
}
