package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Browsers;
import app.factdeck.testing.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A teacher reviews an article's generated questions and checks one against its source sentence. */
class QuestionBankBrowserIT extends BrowserTest {

    @Test
    void aTeacherFiltersTheBankAndFollowsAQuestionToItsHighlightedSource() {
        app.addUser("tess", "orange piano window", "teacher");
        browser.get(app.origin() + "/login");
        browser.findElement(By.id("username")).sendKeys("tess");
        browser.findElement(By.id("password")).sendKeys("orange piano window");
        Browsers.submit(browser, By.cssSelector("form.form button"));
        browser.get(app.origin() + "/articles/espreso-nato-troops-warning");
        browser.findElement(By.linkText("Review this article's questions")).click();
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("NATO countries may send troops"));
        Browsers.assertAccessible(browser);
        Browsers.screenshot(browser, "bank", 375);
        Browsers.screenshot(browser, "bank", 1280);

        new Select(browser.findElement(By.id("type"))).selectByValue("multi-select");
        // Waits for the filtered page: asserting on the URL straight after the click raced the navigation.
        Browsers.submit(browser, By.cssSelector(".filter button"));
        assertTrue(browser.getCurrentUrl().contains("/questions?type=multi-select&"), browser.getCurrentUrl());
        WebElement signatories = browser.findElement(By.id("q-esp-023-multi-select-1"));
        assertTrue(signatories.getText().contains("Which countries' presidents signed the 2 October 2022 statement"));
        assertEquals(9, signatories.findElements(By.cssSelector(".option--key")).size());
        Browsers.assertAccessible(browser);

        signatories.findElement(By.partialLinkText("in the article")).click();
        WebElement sentence = browser.findElement(By.id("s-26"));
        assertEquals("rgba(255, 241, 184, 1)", sentence.getCssValue("background-color"));
        assertTrue(sentence.getText().contains("North Macedonia, Montenegro, Poland, Slovakia, and Romania"));
    }
}
