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

    /** The crawler's screenshots showed "Fact" beside its select while the other two labels sat above theirs. */
    @Test
    void theFiltersLabelsSitAboveTheirSelectsAndOnALaptopTheFiltersAndShowShareOneRow() {
        app.addUser("filo", "orange piano window", "teacher");
        browser.manage().deleteAllCookies();
        Browsers.signIn(browser, app.origin(), "filo", "orange piano window");
        browser.get(app.origin() + "/articles/espreso-nato-troops-warning/questions");
        for (int width : new int[] {375, 1280}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            java.util.List<Integer> tops = new java.util.ArrayList<>();
            for (String id : java.util.List.of("type", "fact", "status")) {
                org.openqa.selenium.Rectangle label = browser.findElement(By.cssSelector("label[for=" + id + "]")).getRect();
                org.openqa.selenium.Rectangle select = browser.findElement(By.id(id)).getRect();
                assertTrue(label.getY() + label.getHeight() <= select.getY() + 1,
                        id + "'s label is above its select at " + width + " px: label y " + label.getY() + "+"
                                + label.getHeight() + ", select y " + select.getY());
                assertEquals(select.getX(), label.getX(), id + "'s label starts where its select does at " + width);
                tops.add(select.getY());
            }
            org.openqa.selenium.Rectangle show = browser.findElement(By.cssSelector(".filter button")).getRect();
            if (width == 1280) {
                assertEquals(1, tops.stream().distinct().count(), "the three selects share a row: " + tops);
                org.openqa.selenium.Rectangle status = browser.findElement(By.id("status")).getRect();
                assertEquals(status.getY() + status.getHeight(), show.getY() + show.getHeight(), 2,
                        "Show is level with the selects");
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }
}
