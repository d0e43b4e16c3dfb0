package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;
import org.editionkit.volume.VolumeSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * The volume site's own pages (contents, cumulative index) under the same standard as the
 * edition (HtmlAccessibilityTest): axe-core, WCAG 2.2 AA and best practice.
 */
class VolumeSiteAccessibilityTest {
    static final Path VOLUME = Rendered.PROJECT.resolve("tei/volumes/sample-volume.xml");
    @TempDir
    static Path out;
    @TempDir
    static Path profile;
    static HeadlessChromium browser;

    @BeforeAll
    static void buildAndStart() throws Exception {
        HeadlessChromium.assumeInstalled();
        Toolkit toolkit = new Toolkit();
        XdmNode vol = toolkit.parse(VOLUME, VOLUME.toString(), new ArrayList<>());
        XPathCompiler c = toolkit.processor().newXPathCompiler();
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        List<Path> docs = new ArrayList<>();
        for (XdmItem t : c.evaluate("//tei:ptr[@type = 'document']/@target/string()", vol)) {
            docs.add(VOLUME.getParent().resolve(t.getStringValue()).normalize());
        }
        new VolumeSite(toolkit).write(VOLUME, docs, OutputDirectory.of(out.resolve("site")), null);
        browser = HeadlessChromium.start(profile, out, HtmlAccessibilityTest.DESK);
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /* Kept to three axe runs (the index page alone takes several seconds): a document page is
       the edition page HtmlAccessibilityTest checks, plus the navigation these pages share. */
    @Test
    void theContentsPageHasNoViolations() {
        check("index.html", HtmlAccessibilityTest.DESK);
        check("index.html", HtmlAccessibilityTest.PHONE);
    }

    @Test
    void theIndexPageHasNoViolations() {
        check("volume-index.html", HtmlAccessibilityTest.DESK);
    }

    private static void check(String page, Dimension size) {
        browser.driver.manage().window().setSize(size);
        browser.driver.get(out.resolve("site").resolve(page).toUri().toString());
        Results results = new AxeBuilder().setTimeout(300).setLegacyMode(true).withTags(HtmlAccessibilityTest.TAGS).analyze(browser.driver);
        assertEquals(null, results.getErrorMessage(), "axe ran");
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().stream().limit(3).forEach(n -> found.add(rule.getId() + " " + n.getTarget() + ": " + n.getFailureSummary()));
        }
        assertEquals(List.of(), found, "axe violations, " + page + " at " + size);
    }
}
