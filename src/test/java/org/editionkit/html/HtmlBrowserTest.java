package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The master's HTML edition in a real browser (Debian's chromium and chromedriver, headless):
 * the view toggle, the language switch, note links, apparatus highlighting, and a console
 * free of errors. Skips with a message when Chromium is not installed.
 */
class HtmlBrowserTest {
    @TempDir
    static Path out;
    @TempDir
    static Path profile;
    static HeadlessChromium browser;
    static WebDriver driver;
    static String url;

    @BeforeAll
    static void startBrowser() throws Exception {
        HeadlessChromium.assumeInstalled();
        Rendered master = Rendered.render(new Toolkit(), Rendered.MASTER, out);
        url = master.html.toUri().toString();
        browser = HeadlessChromium.start(profile, out, new Dimension(1400, 1000));
        driver = browser.driver;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void open() {
        driver.get(url);
        // Each test starts from the defaults, whatever an earlier test chose.
        js("localStorage.clear();");
        driver.get(url);
    }

    @AfterEach
    void consoleHasNoErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList(), "browser console");
    }

    @Test
    void viewToggleSwitchesBetweenReadingAndDiplomaticText() {
        WebElement bracket = driver.findElement(By.cssSelector(".ex > .dp"));
        WebElement reading = driver.findElement(By.cssSelector("button[data-view='reading']"));
        WebElement diplomatic = driver.findElement(By.cssSelector("button[data-view='diplomatic']"));
        assertTrue(reading.isDisplayed(), "the toolbar shows once the script runs");
        assertFalse(bracket.isDisplayed(), "reading view: no editorial brackets");
        diplomatic.click();
        assertTrue(bracket.isDisplayed(), "diplomatic view: the brackets of the source");
        assertEquals("true", diplomatic.getDomAttribute("aria-pressed"));
        assertEquals("false", reading.getDomAttribute("aria-pressed"));
        reading.click();
        assertFalse(bracket.isDisplayed());
        assertEquals("true", reading.getDomAttribute("aria-pressed"));
    }

    @Test
    void languageSwitchShowsOneLanguageAlone() {
        WebElement en = driver.findElement(By.id("en-s1-p1"));
        WebElement ko = driver.findElement(By.id("ko-s1-p1"));
        assertTrue(en.isDisplayed() && ko.isDisplayed(), "both languages side by side");
        assertTrue(ko.getRect().getX() > en.getRect().getX() + 300, "Korean to the right of English");
        driver.findElement(By.cssSelector("button[data-show='ko']")).click();
        assertFalse(en.isDisplayed(), "English hidden");
        assertTrue(ko.isDisplayed(), "Korean shown");
        assertEquals("true", driver.findElement(By.cssSelector("button[data-show='ko']")).getDomAttribute("aria-pressed"));
        driver.findElement(By.cssSelector("button[data-show='both']")).click();
        assertTrue(en.isDisplayed() && ko.isDisplayed());
    }

    @Test
    void noteLinkLandsOnItsNoteAndBack() {
        WebElement call = driver.findElement(By.cssSelector("#en-s1-p1 a[role='doc-noteref']"));
        String target = call.getDomAttribute("href");
        call.click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(target));
        WebElement note = driver.findElement(By.id(target.substring(1)));
        assertTrue(note.isDisplayed());
        assertTrue(inViewport(note), "the note is scrolled into view");
        note.findElement(By.cssSelector("a[role='doc-backlink']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("#" + call.getDomAttribute("id")));
        assertTrue(inViewport(call), "back at the call");
    }

    @Test
    void theApparatusMarkHighlightsItsEntryAndBack() {
        WebElement passage = driver.findElement(By.xpath("//span[contains(@class,'divergence')][not(.//a)][@data-app='app-07']"));
        passage.findElement(By.xpath("following-sibling::*[1][contains(@class,'app-ref')]/a")).click();
        WebElement entry = driver.findElement(By.id("app-07"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> entry.getDomAttribute("class").contains("is-hl"));
        assertTrue(driver.getCurrentUrl().endsWith("#app-07"));
        assertTrue(inViewport(entry), "the entry is scrolled into view");
        assertTrue(passage.getDomAttribute("class").contains("is-hl"), "the passage stays marked");
        WebElement other = driver.findElement(By.id("app-12"));
        other.findElement(By.cssSelector("a.app-passage")).click();
        String seg = other.findElement(By.cssSelector("a.app-passage")).getDomAttribute("href").substring(1);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id(seg)).getDomAttribute("class").contains("is-hl"));
        assertFalse(entry.getDomAttribute("class").contains("is-hl"), "only one entry lit at a time");
        assertTrue(inViewport(driver.findElement(By.id(seg))));
    }

    @Test
    void handIsNamedOnKeyboardFocus() {
        WebElement hand = driver.findElement(By.cssSelector(".hand.hand-secret"));
        WebElement tip = driver.findElement(By.id(hand.getDomAttribute("aria-describedby")));
        assertFalse(tip.isDisplayed());
        // As a keyboard user gets there: Tab from the top of the page until the hand has focus.
        int tabs = browser.tabTo(hand);
        assertTrue(tabs > 0, "the hand is reachable with Tab");
        assertTrue(tip.isDisplayed(), "the tooltip shows on keyboard focus");
        assertTrue(tip.getText().contains("Secret"), tip.getText());
        assertTrue(seen(tip), "the tooltip is inside the window and on top, where the user sees it");
        assertEquals(Boolean.TRUE, js("return arguments[0].matches(':focus-visible') "
                + "&& getComputedStyle(arguments[0]).outlineStyle !== 'none';", hand), "the focused hand shows a focus ring");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertFalse(tip.isDisplayed(), "the tooltip goes when focus moves on");
    }

    @Test
    void handIsNamedOnKeyboardFocusOnANarrowScreen() {
        driver.manage().window().setSize(new Dimension(380, 800));
        try {
            driver.get(url);
            handIsNamedOnKeyboardFocus();
        } finally {
            driver.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** The element's box lies in the viewport and its centre is not covered by anything else. */
    private static boolean seen(WebElement e) {
        return Boolean.TRUE.equals(js("const r = arguments[0].getBoundingClientRect();"
                + " if (r.width === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;"
                + " const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + " return at !== null && arguments[0].contains(at);", e));
    }

    @Test
    void withoutJavaScriptTheReadingTextShowsAndNoDeadButtons() {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        try {
            driver.get(url);
            assertFalse(driver.findElement(By.id("toolbar")).isDisplayed(), "the switches stay hidden");
            assertFalse(driver.findElement(By.cssSelector(".ex > .dp")).isDisplayed(), "no diplomatic brackets");
            WebElement corr = driver.findElement(By.cssSelector(".choice > .rd"));
            assertTrue(corr.isDisplayed(), "the reading text shows");
            assertTrue(driver.findElement(By.id("ko-s1-p1")).isDisplayed(), "both languages show");
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        }
    }

    @Test
    void consoleCheckSeesErrorsWhenThereAreSome() {
        js("console.error('probe from the test');");
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        assertTrue(entries.stream().anyMatch(e -> e.getLevel() == Level.SEVERE && e.getMessage().contains("probe from the test")),
                "the browser log reaches the test, so an error of the page's script would be seen");
    }

    private static boolean inViewport(WebElement e) {
        Object r = js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;", e);
        return Boolean.TRUE.equals(r);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
