package app.factdeck.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages, with the driver path set explicitly so Selenium Manager never
 * runs (it would try to download). A missing browser fails the test with an install hint; it never skips.
 */
public final class Browsers {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * Selenium warns at every start that it has no DevTools (CDP) classes for this Chromium; the tests use
     * WebDriver only, never CDP. Held here so the logger (and its level) is not garbage-collected.
     */
    private static final java.util.logging.Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private Browsers() {
    }

    public static WebDriver chromium() {
        Path browser = Path.of(env("CHROME_BIN", "/usr/bin/chromium"));
        Path driver = Path.of(env("CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
            fail("Browser tests need Chromium and its driver: " + browser + " or " + driver + " is missing. Install "
                    + "them with 'sudo apt-get install chromium chromium-driver' (Debian/Ubuntu), or set CHROME_BIN and "
                    + "CHROMEDRIVER to their paths. 'mvn verify' installs them itself when run as root.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Signs in through the real form. */
    public static void signIn(WebDriver driver, String origin, String username, String password) {
        driver.get(origin + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        submit(driver, org.openqa.selenium.By.cssSelector("form.form button"));
    }

    /** Clicks something that loads a new page and waits until the old page is gone (no race with the next check). */
    public static void submit(WebDriver driver, org.openqa.selenium.By target) {
        org.openqa.selenium.WebElement html = driver.findElement(org.openqa.selenium.By.tagName("html"));
        driver.findElement(target).click();
        // Chrome sometimes reports a detached node as an inspector error instead of a stale element: both mean
        // the old page is gone.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Answers the quiz question on the page: the first option of every radio group and checkbox set, a different
     * option of each select, and each typed guess in turn in the text fields, until the question is left (a typed
     * answer the form refuses is tried with the next guess).
     */
    public static void answerWithFirstChoices(WebDriver driver, List<String> typedGuesses) {
        for (String typed : typedGuesses) {
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                    const f = document.querySelector('form.quiz-form');
                    const seen = new Set(); let i = 0;
                    for (const el of f.querySelectorAll('input:not([type=hidden]), select')) {
                      if (el.type === 'radio' || el.type === 'checkbox') {
                        if (!seen.has(el.name)) { el.checked = true; seen.add(el.name); }
                      } else if (el.tagName === 'SELECT') {
                        const opts = [...el.options].filter(o => o.value);
                        opts[i++ % opts.length].selected = true;
                      } else {
                        el.value = arguments[0];
                      }
                    }""", typed);
            submit(driver, org.openqa.selenium.By.cssSelector("form.quiz-form button[type=submit]"));
            if (driver.findElements(org.openqa.selenium.By.cssSelector("form.quiz-form")).isEmpty()) {
                return;
            }
        }
    }

    /** Runs axe-core on the current page and fails on any WCAG 2.1 A or AA violation, listing each. */
    public static void assertAccessible(WebDriver driver) {
        List<String> violations = accessibilityViolations(driver);
        assertTrue(violations.isEmpty(), () -> "WCAG 2.1 A/AA violations on " + driver.getCurrentUrl() + ":\n"
                + String.join("\n", violations));
    }

    /** Each WCAG 2.1 A or AA violation axe-core finds on the current page, one line per rule with its elements. */
    public static List<String> accessibilityViolations(WebDriver driver) {
        // Only violations come back (passes and inapplicable rules list every node they looked at). Legacy mode
        // runs axe.run in the page itself; the default runs axe in each frame and then again in a blank window of
        // its own to merge the frames' results, which doubled axe's time (about 200 ms a page instead of 400).
        // Our pages have no frames to merge.
        AxeRunOptions violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(violationsOnly).withTags(WCAG_A_AA).setLegacyMode(true)
                .analyze(driver);
        if (results.isErrored()) {
            return List.of("axe-core failed to run: " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations();
        return violations.stream().map(r -> "- " + r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
    }

    /** Saves a PNG under target/screenshots at the given width, for people reviewing the design. */
    public static void screenshot(WebDriver driver, String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + "-" + width + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
