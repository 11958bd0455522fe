package org.onewindow.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless chromium, in Chinese, driven through chromedriver. Besides driving, it checks what
 * a bureau is held to on every page it visits: axe-core finds no serious or critical violation, a
 * 390 px phone never scrolls sideways, and a screenshot of each page lands in
 * {@code target/screenshots/} for a person to look at.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 390;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** A browser whose relative paths go to {@code base} (the gateway). */
    public static Browser open(String base) {
        DebianChromium.ensureInstalled();
        try {
            var profile = Files.createTempDirectory("onewindow-chromium-");
            var options = new ChromeOptions()
                    .setBinary(DebianChromium.CHROMIUM.toFile())
                    .addArguments(
                            "--headless=new",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--lang=zh-CN",
                            "--window-size=1280,900",
                            "--user-data-dir=" + profile)
                    .setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DebianChromium.CHROMEDRIVER.toFile())
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    public Browser type(String name, String value) {
        var field = field(name);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    public Browser click(By by) {
        var element = driver.findElement(by);
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        return this;
    }

    public Browser waitFor(By by) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(by));
    }

    public Browser waitForUrl(String part) {
        return waitUntil(ExpectedConditions.urlContains(part));
    }

    public Browser waitForText(String text) {
        return waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** On a timeout the page as it stands is kept (failed.png) and its text goes into the message. */
    private Browser waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, ?> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
            return this;
        } catch (org.openqa.selenium.TimeoutException e) {
            saveScreenshot("failed");
            throw new AssertionError(
                    "waited 20 s on " + url() + " for " + condition + "; the page says:\n" + text(), e);
        }
    }

    /**
     * The checks every page must pass: axe (no serious or critical violation), the phone width,
     * and its screenshots at desktop and phone width under {@code name}.
     */
    public Browser checkPage(String name) {
        screenshot(name);
        assertAccessible(name);
        assertFitsPhone(name);
        return this;
    }

    public void assertAccessible(String name) {
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        var grave = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(grave)
                .as("axe on %s (%s):%n%s", name, url(), describe(grave))
                .isEmpty();
    }

    /** At 390 px the page is as wide as the screen: nobody scrolls sideways to read it. */
    public void assertFitsPhone(String name) {
        emulateWidth(PHONE_WIDTH);
        try {
            var widths = (Map<?, ?>) ((JavascriptExecutor) driver)
                    .executeScript("return {scroll: document.documentElement.scrollWidth, inner: window.innerWidth}");
            saveScreenshot(name + "-phone");
            assertThat(((Number) widths.get("scroll")).intValue())
                    .as("the page %s is wider than a %d px phone", name, PHONE_WIDTH)
                    .isLessThanOrEqualTo(((Number) widths.get("inner")).intValue());
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    public void screenshot(String name) {
        saveScreenshot(name);
    }

    private void emulateWidth(int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    private void saveScreenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            var shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.move(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> rules) {
        return rules.stream()
                .map(rule -> "- " + rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n    "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .limit(5)
                                .collect(Collectors.joining("\n    ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: best effort
        }
    }
}
