package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.editionkit.cli.EditionCommand;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * WCAG 2.2 AA in a real browser: axe-core (the copy bundled by Deque's Selenium artifact) on
 * the master's page in every state a reader can put it in — Reading/Diplomatic × Both/English/
 * 한국어, a hand's tooltip shown, after following a note call and an apparatus link — at desk
 * size and the states whose layout differs at phone size, on the build's index page and on third-party TEI; and the positions axe does
 * not measure: a jump lands below the sticky menu, a tooltip stays inside the viewport, a
 * target in a hidden language column is scrolled to.
 */
class HtmlAccessibilityTest {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final Dimension DESK = new Dimension(1400, 1000);
    static final Dimension PHONE = new Dimension(390, 844);

    @TempDir
    static Path out;
    @TempDir
    static Path profile;
    static HeadlessChromium browser;
    static ChromeDriver driver;
    static String master;

    @BeforeAll
    static void buildAndStart() throws Exception {
        HeadlessChromium.assumeInstalled();
        master = Rendered.render(new Toolkit(), Rendered.MASTER, out).html.toUri().toString();
        browser = HeadlessChromium.start(profile, out, DESK);
        driver = browser.driver;
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Every view and action at desk size; at phone size the states whose layout differs there
     * (each axe run costs 5-7 s, and the en/ko choices only hide a column the desk runs check).
     */
    static Stream<Object[]> states() {
        List<Object[]> states = new ArrayList<>();
        String desk = DESK.width + "×" + DESK.height;
        for (String view : List.of("reading", "diplomatic")) {
            for (String show : List.of("both", "en", "ko")) {
                states.add(new Object[] {desk, view + " / " + show});
            }
        }
        for (String action : List.of("tooltip shown", "after a note call", "after an apparatus link")) {
            states.add(new Object[] {desk, action});
        }
        String phone = PHONE.width + "×" + PHONE.height;
        for (String state : List.of("reading / both", "diplomatic / ko", "tooltip shown", "after a note call")) {
            states.add(new Object[] {phone, state});
        }
        return states.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("states")
    void theMastersPageHasNoViolations(String size, String state) {
        open(master, size.startsWith("1400") ? DESK : PHONE);
        switch (state) {
            case "tooltip shown" -> {
                WebElement hand = tabTo(By.cssSelector(".hand"));
                assertTrue(tipOf(hand).isDisplayed(), "the tooltip shows on keyboard focus");
            }
            case "after a note call" -> follow(By.cssSelector("#en-s1-p1 a[role='doc-noteref']"));
            case "after an apparatus link" -> follow(By.cssSelector(".app-ref a"));
            default -> {
                String[] viewShow = state.split(" / ");
                driver.findElement(By.cssSelector("button[data-view='" + viewShow[0] + "']")).click();
                driver.findElement(By.cssSelector("button[data-show='" + viewShow[1] + "']")).click();
            }
        }
        assertNoViolations(state + " at " + size);
    }

    @Test
    void theIndexPageHasNoViolations() throws Exception {
        Path site = out.resolve("site");
        int exit = EditionCommand.commandLine().execute("build", Rendered.MASTER.toString(), "-o", site.toString(), "-q");
        assertEquals(0, exit, "build of the master");
        for (Dimension size : List.of(DESK, PHONE)) {
            open(site.resolve("index.html").toUri().toString(), size);
            assertNoViolations("index.html at " + size);
        }
    }

    @Test
    void thirdPartyTeiPagesHaveNoViolations() throws Exception {
        Path corpus = Rendered.SHARED.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared not present: skipping the third-party pages");
        for (String file : List.of("tss__testnotes1.xml", "asb__L04519.xml")) {
            String page = Rendered.render(new Toolkit(), corpus.resolve(file), out.resolve("corpus")).html.toUri().toString();
            open(page, DESK);
            assertNoViolations(file);
        }
    }

    @Test
    void aNoteReachedOnAPhoneIsNotHiddenUnderTheMenu() {
        open(master, PHONE);
        WebElement call = driver.findElement(By.cssSelector("#en-s1-p1 a[role='doc-noteref']"));
        String target = call.getDomAttribute("href").substring(1);
        follow(By.cssSelector("#en-s1-p1 a[role='doc-noteref']"));
        WebElement note = driver.findElement(By.id(target));
        double menuBottom = number("return document.querySelector('.sections').getBoundingClientRect().bottom;");
        double noteTop = number("return arguments[0].getBoundingClientRect().top;", note);
        assertTrue(menuBottom > 50, "the menu wraps on a phone (" + menuBottom + " px)");
        assertTrue(noteTop >= menuBottom, "the note starts at " + noteTop + " px, below the menu ending at " + menuBottom + " px");
        WebElement back = note.findElement(By.cssSelector("a[role='doc-backlink']"));
        double backTop = number("return arguments[0].getBoundingClientRect().top;", back);
        assertTrue(backTop >= menuBottom, "the back link is not under the menu");
    }

    @Test
    void aTooltipStaysInsideThePhonesViewport() {
        open(master, PHONE);
        for (WebElement hand : driver.findElements(By.cssSelector(".hand"))) {
            js("arguments[0].scrollIntoView({block: 'center'});", hand);
            new Actions(driver).moveToElement(hand).perform();
            WebElement tip = tipOf(hand);
            assertTrue(tip.isDisplayed(), "hovering shows the tooltip");
            double left = number("return arguments[0].getBoundingClientRect().left;", tip);
            double right = number("return arguments[0].getBoundingClientRect().right;", tip);
            double width = number("return document.documentElement.clientWidth;");
            assertTrue(left >= 0 && right <= width, "tooltip '" + tip.getText() + "' spans " + left + "–" + right + " px in a " + width + " px viewport");
            assertEquals(width, number("return document.documentElement.scrollWidth;"), "the page does not widen");
        }
    }

    @Test
    void escapeClosesATooltip() {
        open(master, DESK);
        WebElement hand = tabTo(By.cssSelector(".hand"));
        WebElement tip = tipOf(hand);
        assertTrue(tip.isDisplayed());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertTrue(!tip.isDisplayed(), "Escape hides the tooltip");
        assertEquals(hand, driver.switchTo().activeElement(), "focus stays on the hand");
    }

    @Test
    void anApparatusLinkFromTheKoreanViewScrollsToTheEnglishPassage() {
        open(master, DESK);
        driver.findElement(By.cssSelector("button[data-show='ko']")).click();
        WebElement link = driver.findElement(By.cssSelector(".app a.app-passage[href^='#en-']"));
        String target = link.getDomAttribute("href").substring(1);
        js("arguments[0].scrollIntoView({block: 'center'});", link);
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "both".equals(d.findElement(By.tagName("body")).getDomAttribute("data-show")));
        WebElement passage = driver.findElement(By.id(target));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> inViewport(passage));
    }

    @Test
    void callsHaveTargetsOf24PixelsAroundThem() {
        open(master, PHONE);
        for (String css : List.of("#en-s1-p1 a[role='doc-noteref']", ".app-ref a")) {
            WebElement call = driver.findElement(By.cssSelector(css));
            js("arguments[0].scrollIntoView({block: 'center'});", call);
            Object hits = js("""
                    const r = arguments[0].getBoundingClientRect();
                    const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
                    return [[-11.5, 0], [11.5, 0], [0, -11.5], [0, 11.5]]
                        .map(([dx, dy]) => [dx, dy, document.elementFromPoint(x + dx, y + dy)])
                        .filter(([dx, dy, hit]) => !arguments[0].contains(hit))
                        .map(([dx, dy, hit]) => dx + ',' + dy + ' reaches ' + hit.outerHTML.slice(0, 60)).join('; ');""", call);
            assertEquals("", hits, css + ": the whole 24×24 px square around the call reaches it");
        }
    }

    private static void open(String url, Dimension size) {
        driver.manage().window().setSize(size);
        driver.get(url);
        js("localStorage.clear();");
        driver.get(url);
    }

    /** Legacy mode runs axe in the page itself: no second window (the page has no frames). */
    private static void assertNoViolations(String where) {
        Results results = new AxeBuilder().setTimeout(300).setLegacyMode(true).withTags(TAGS).analyze(driver);
        assertEquals(null, results.getErrorMessage(), "axe ran");
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().stream().limit(3).forEach(n -> found.add(rule.getId() + " " + n.getTarget() + ": " + n.getFailureSummary()));
        }
        assertEquals(List.of(), found, "axe violations, " + where);
    }

    private static WebElement tabTo(By selector) {
        WebElement wanted = driver.findElement(selector);
        browser.tabTo(wanted);
        return wanted;
    }

    private static void follow(By link) {
        WebElement a = driver.findElement(link);
        String href = a.getDomAttribute("href");
        js("arguments[0].scrollIntoView({block: 'center'});", a);
        a.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(href));
    }

    private static WebElement tipOf(WebElement hand) {
        return driver.findElement(By.id(hand.getDomAttribute("aria-describedby")));
    }

    private static boolean inViewport(WebElement e) {
        return Boolean.TRUE.equals(js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", e));
    }

    private static double number(String script, Object... args) {
        return ((Number) js(script, args)).doubleValue();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
