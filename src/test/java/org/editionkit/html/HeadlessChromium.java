package org.editionkit.html;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and ChromeDriver, headless, as the browser tests drive them: no network
 * chatter (the machine's closed network would refuse it), a fresh profile, the browser
 * console captured. Tests skip with the install command when either is missing.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final ChromeDriverService service;

    private HeadlessChromium(ChromeDriver driver, ChromeDriverService service) {
        this.driver = driver;
        this.service = service;
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium or chromedriver not installed (apt-get install chromium chromium-driver): skipping the browser tests");
    }

    static HeadlessChromium start(Path profile, Path logDir, Dimension window) {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(logDir.toFile(), "chromedriver.log")).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        return new HeadlessChromium(driver, service);
    }

    /** Presses Tab, as a keyboard user does, until {@code target} has focus; the number of presses, or fails. */
    int tabTo(WebElement target) {
        int limit = ((Number) driver.executeScript("return document.querySelectorAll('a[href], button, [tabindex]').length;")).intValue() + 5;
        for (int i = 1; i <= limit; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(driver.executeScript("return document.activeElement === arguments[0];", target))) {
                return i;
            }
        }
        throw new AssertionError("Tab never reached " + target.getDomAttribute("class") + " in " + limit + " presses");
    }

    @Override
    public void close() {
        driver.quit();
        service.stop();
    }
}
