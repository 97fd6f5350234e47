package app.factdeck.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

/** Base of browser tests: the real app plus one headless Chromium per test class. */
public abstract class BrowserTest extends AppTest {

    protected static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browsers.chromium();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
