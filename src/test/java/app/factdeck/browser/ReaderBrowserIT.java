package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Browsers;
import app.factdeck.testing.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A reader's stories in headless Chromium, with axe-core on every page visited. */
class ReaderBrowserIT extends BrowserTest {

    @Test
    void aReaderOpensHomeAndReadsAnArticle() {
        browser.get(app.origin() + "/");
        assertEquals("Learn the news, question by question", browser.findElement(By.tagName("h1")).getText());
        List<WebElement> cards = browser.findElements(By.cssSelector(".article-card"));
        assertEquals(2, cards.size());
        assertTrue(cards.get(0).getText().contains("8 June 2023"));
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "home", 375);
        Browsers.screenshot(browser, "home", 1280);

        browser.findElement(By.linkText("Guardian: Some NATO members may consider sending troops to Ukraine, warns "
                + "former alliance chief")).click();
        assertEquals(app.origin() + "/articles/kyiv-independent-nato-troops-warning", browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector(".byline")).getText().contains("Rachel Amran"));
        assertTrue(browser.findElement(By.id("s-1")).getText().startsWith("Some NATO countries may decide"));
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "article", 375);
        Browsers.screenshot(browser, "article", 1280);
    }

    /** The check every browser test relies on can fail: a page with known WCAG failures is caught. */
    @Test
    void theAccessibilityCheckFindsWhatIsWrongWithABadPage() {
        browser.get("data:text/html,<html><body><img src='x.png'><p style='color:%23777;background:%23888'>Grey "
                + "on grey</p><input type='text'></body></html>");
        String found = String.join("\n", Browsers.accessibilityViolations(browser));
        for (String rule : List.of("image-alt", "html-has-lang", "color-contrast", "label")) {
            assertTrue(found.contains("- " + rule + " "), rule + " in:\n" + found);
        }
    }

    @Test
    void aSentenceLinkScrollsToAndHighlightsThatSentence() {
        browser.get(app.origin() + "/articles/espreso-nato-troops-warning?hl=s-26#s-26");
        WebElement sentence = browser.findElement(By.id("s-26"));
        assertTrue(sentence.getText().startsWith("On October 2, 2022, the presidents of the Czech Republic"));
        assertEquals("true", sentence.getAttribute("aria-current"));
        // Highlighted: a background other than the page's, and scrolled into the viewport.
        assertEquals("rgba(255, 241, 184, 1)", sentence.getCssValue("background-color"));
        Object inView = ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight;",
                sentence);
        assertEquals(Boolean.TRUE, inView);
        assertEquals("rgba(0, 0, 0, 0)", browser.findElement(By.id("s-1")).getCssValue("background-color"));
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "highlight", 375);

        // :target alone highlights too, so a plain #s-3 link works without the query parameter.
        browser.get(app.origin() + "/articles/espreso-nato-troops-warning#s-3");
        assertEquals("rgba(255, 241, 184, 1)", browser.findElement(By.id("s-3")).getCssValue("background-color"));
    }

    @Test
    void theSkipLinkMovesKeyboardFocusToTheContent() {
        browser.get(app.origin() + "/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Skip to content", focused.getText());
        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void anUnknownAddressShowsThe404PageWithAWayBack() {
        browser.get(app.origin() + "/articles/not-an-article");
        assertEquals("Page not found", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getPageSource().contains("There is no article called 'not-an-article'"));
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "not-found", 375);
        browser.findElement(By.linkText("Go to the articles")).click();
        assertEquals(app.origin() + "/", browser.getCurrentUrl());
    }
}
