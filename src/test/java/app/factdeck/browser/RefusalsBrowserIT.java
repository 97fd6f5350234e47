package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.junit.jupiter.api.Test;

/** What a visitor sees when Factdeck refuses a request: the page in the site layout, with a way on. */
class RefusalsBrowserIT extends BrowserTest {

    @Test
    void aFormTooLargeToTakeShowsThe413PageInTheLayout() {
        browser.get(app.origin() + "/login");
        // A sign-in form whose username field holds 300 KB: more than any page of Factdeck sends.
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('username').removeAttribute('maxlength');"
                        + "document.getElementById('username').value = 'x'.repeat(300 * 1024);"
                        + "document.getElementById('password').value = 'whatever';");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("413"), text);
        assertTrue(text.contains("at most 256 KB"), text);
        assertTrue(browser.getTitle().startsWith("Too large"), browser.getTitle());
        assertTrue(browser.findElement(By.linkText("Go to the articles")).isDisplayed());
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "refused-413", 375);
        Browsers.screenshot(browser, "refused-413", 1280);
    }

    @Test
    void aPathOpenedWithTheWrongMethodShowsThe405Page() {
        browser.get(app.origin() + "/logout");
        String text = browser.findElement(By.tagName("main")).getText();
        assertTrue(text.contains("405"), text);
        assertTrue(text.contains("not for that kind of request"), text);
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "refused-405", 375);
        Browsers.screenshot(browser, "refused-405", 1280);
    }
}
