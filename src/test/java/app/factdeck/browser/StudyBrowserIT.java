package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Browsers;
import app.factdeck.testing.MovableClock;
import app.factdeck.testing.TestApp;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A student studies a new deck in Chromium: flips by click and by Space, grades Again, Hard, Good and Easy
 * (by click and by key) reading each button's interval, undoes a review, and the next day finds exactly the
 * cards still in learning due, not the one answered Easy.
 */
class StudyBrowserIT {

    private static final String PASSWORD = "orange piano window";
    private static final String DECK = "kyiv-independent-nato-troops-warning";

    @Test
    void aStudentStudiesANewDeckUndoesAReviewAndComesBackTheNextDay() throws Exception {
        MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
        TestApp app = TestApp.start(Files.createTempDirectory("factdeck-study-it-"), Map.of(), clock);
        WebDriver browser = Browsers.chromium();
        try {
            app.addUser("stu", PASSWORD, "student");
            Browsers.signIn(browser, app.origin(), "stu", PASSWORD);

            browser.get(app.origin() + "/study");
            Browsers.assertAccessible(browser);
            Browsers.submit(browser, By.cssSelector("tr[data-deck='" + DECK + "'] a"));
            assertEquals("0", browser.findElement(By.id("due-count")).getText());
            List<String> seen = new ArrayList<>();

            // Card 1: flip with the button; the four intervals of a new card; Again.
            String card1 = currentCard(browser);
            assertTrue(browser.findElements(By.id("back")).isEmpty(), "the answer is hidden until flipped");
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "study-front", 375);
            // On a phone the answer and the four grade buttons are in view once the answer is shown.
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            Browsers.submit(browser, By.id("show-answer"));
            Object gradesBottom = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "var r = document.querySelector('.grades__buttons').getBoundingClientRect();"
                            + "return r.top >= 0 && r.bottom <= window.innerHeight;");
            assertEquals(Boolean.TRUE, gradesBottom, "grade buttons within the first screen at 375×812");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            assertFalse(browser.findElement(By.id("answer")).getText().isBlank());
            assertEquals(List.of("1m", "6m", "10m", "8d"), intervals(browser));
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "study-back", 375);
            Browsers.submit(browser, By.cssSelector(".grades button[data-rating='1']"));
            seen.add(card1);

            // Card 2: flip with Space, grade Hard with the 2 key.
            String card2 = currentCard(browser);
            assertFalse(seen.contains(card2), "a new card, not the one just failed (due in 1 minute)");
            pressAndWait(browser, " ");
            assertEquals(List.of("1m", "6m", "10m", "8d"), intervals(browser));
            pressAndWait(browser, "2");
            seen.add(card2);

            // Card 3: Good. Card 4: Easy.
            String card3 = currentCard(browser);
            Browsers.submit(browser, By.id("show-answer"));
            Browsers.submit(browser, By.cssSelector(".grades button[data-rating='3']"));
            String card4 = currentCard(browser);
            Browsers.submit(browser, By.id("show-answer"));
            Browsers.submit(browser, By.cssSelector(".grades button[data-rating='4']"));

            // Card 5: Good by mistake, undone, then Hard.
            String card5 = currentCard(browser);
            Browsers.submit(browser, By.id("show-answer"));
            Browsers.submit(browser, By.cssSelector(".grades button[data-rating='3']"));
            assertTrue(browser.findElement(By.cssSelector("form.undo")).getText().contains("Good"));
            Browsers.submit(browser, By.id("undo"));
            assertEquals(card5, currentCard(browser), "undo shows the card again");
            assertTrue(browser.findElement(By.cssSelector("[role=status]")).getText().contains("Review undone"));
            assertEquals("New", browser.findElement(By.id("card-state")).getText());
            Browsers.submit(browser, By.id("show-answer"));
            assertEquals(List.of("1m", "6m", "10m", "8d"), intervals(browser), "the card is new again");
            Browsers.submit(browser, By.cssSelector(".grades button[data-rating='2']"));
            assertEquals(5, Set.of(card1, card2, card3, card4, card5).size());

            // The next day: the four cards left in learning are due, the Easy one (8 days) is not.
            clock.advance(Duration.ofDays(1));
            browser.get(app.origin() + "/progress");
            assertEquals("4", browser.findElement(By.id("due-today")).getText());
            assertEquals("0", browser.findElement(By.id("reviewed-today")).getText());
            Browsers.assertAccessible(browser);
            browser.get(app.origin() + "/study/" + DECK);
            assertEquals("4", browser.findElement(By.id("due-count")).getText());
            Set<String> due = new HashSet<>();
            for (int i = 0; i < 4; i++) {
                String card = currentCard(browser);
                due.add(card);
                Browsers.submit(browser, By.id("show-answer"));
                Browsers.submit(browser, By.cssSelector(".grades button[data-rating='3']"));
            }
            assertEquals(Set.of(card1, card2, card3, card5), due);
            String next = currentCard(browser);
            assertFalse(Set.of(card1, card2, card3, card4, card5).contains(next), "then new cards, never card 4");
            // Cards 1, 2 and 5 were in their first step, so Good moves them to the 10-minute step (counted as due:
            // within Anki's 20-minute learn-ahead); card 3 was in its last step and graduated.
            assertEquals("3", browser.findElement(By.id("due-count")).getText());
            browser.get(app.origin() + "/progress");
            assertEquals("4", browser.findElement(By.id("reviewed-today")).getText());
        } finally {
            browser.quit();
            app.close();
        }
    }

    private static String currentCard(WebDriver browser) {
        return browser.findElement(By.cssSelector("article.flashcard")).getAttribute("data-card-id");
    }

    private static List<String> intervals(WebDriver browser) {
        List<String> out = new ArrayList<>();
        for (WebElement b : browser.findElements(By.cssSelector(".grades .grade__interval"))) {
            out.add(b.getText());
        }
        return out;
    }

    /** Types a key on the page (the study shortcuts) and waits for the page it loads. */
    private static void pressAndWait(WebDriver browser, String key) {
        WebElement html = browser.findElement(By.tagName("html"));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(key).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }
}
