package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Browsers;
import app.factdeck.testing.PageLayout;
import app.factdeck.testing.TestApp;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher writes a text with three gaps (two typed, one drop-down), meeting a mistake on the way; a student
 * answers it in a quiz with one gap wrong and is marked gap by gap: 67 %, partly right. Form and question page are
 * checked and photographed at 375 and 1280 px.
 */
class GapsBrowserIT {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final String TEXT = "The 2023 NATO summit was held in [[Vilnius|Vilnyus]], the capital of "
            + "[[Lithuania]], in [[July; June; May]] of that year.";

    @Test
    void aTeacherWritesThreeGapsAndAStudentIsMarkedGapByGap() throws Exception {
        TestApp app = TestApp.start(Files.createTempDirectory("factdeck-gaps-it-"), Map.of());
        WebDriver browser = Browsers.chromium();
        try {
            app.addUser("tess", PASSWORD, "teacher");
            app.addUser("stu", PASSWORD, "student");
            Browsers.signIn(browser, app.origin(), "tess", PASSWORD);
            browser.get(app.origin() + "/articles/" + KI + "/questions");
            Browsers.submit(browser, By.id("new-question"));
            Browsers.submit(browser, By.linkText("Gaps in a text"));

            // A drop-down with one choice is refused beside the text, which is kept.
            WebElement stem = browser.findElement(By.id("f-stem"));
            stem.sendKeys("The 2023 NATO summit was held in [[Vilnius;]].");
            Browsers.submit(browser, By.cssSelector("button[value='save']"));
            assertEquals("Gap 1 is a drop-down with one choice ('Vilnius'): add the wrong choices after ;, e.g. "
                    + "[[Vilnius; Warsaw; Riga]], or remove the ; to make it a typed gap.",
                    browser.findElement(By.id("f-stem-error")).getText());
            assertEquals("The 2023 NATO summit was held in [[Vilnius;]].",
                    browser.findElement(By.id("f-stem")).getDomProperty("value"));
            assertTrue(browser.findElement(By.cssSelector("details.help")).getDomProperty("open").equals("true"),
                    "the markup's help opens beside a mistake");
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "gaps-form-error", 375);

            browser.findElement(By.id("f-stem")).clear();
            browser.findElement(By.id("f-stem")).sendKeys(TEXT);
            Browsers.submit(browser, By.cssSelector("button[value='preview']"));
            WebElement preview = browser.findElement(By.className("preview"));
            assertEquals(2, preview.findElements(By.cssSelector("input.gap--typed")).size());
            assertEquals(List.of("Choose…", "July", "June", "May").size(),
                    new Select(preview.findElement(By.id("gap-2"))).getOptions().size());
            PageLayout.checkAtBothWidths(browser, "gaps-form", () -> { });
            Browsers.submit(browser, By.cssSelector("button[value='save']"));
            String notice = browser.findElement(By.cssSelector(".alert--ok")).getText();
            assertTrue(notice.startsWith("Saved question a/"), notice);
            String id = notice.substring("Saved question ".length(), notice.length() - 1);

            // The student's quiz on the article has it (a teacher's new question comes first among new ones).
            browser.manage().deleteAllCookies();
            Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
            browser.get(app.origin() + "/articles/" + KI);
            Browsers.submit(browser, By.cssSelector("form[action='/articles/" + KI + "/quiz'] button"));
            String quiz = browser.getCurrentUrl().replaceAll("/\\d+$", "");
            int position = 0;
            for (int p = 1; p <= 10 && position == 0; p++) {
                browser.get(quiz + "/" + p);
                if ((id + "/1").equals(browser.findElement(By.cssSelector("form.quiz-form"))
                        .getDomAttribute("data-question-id"))) {
                    position = p;
                }
            }
            assertTrue(position > 0, "the quiz asks " + id);
            WebElement text = browser.findElement(By.cssSelector("form .gaps-text"));
            assertTrue(text.getText().startsWith("The 2023 NATO summit was held in"), text.getText());
            assertEquals("Gap 2 of 3", browser.findElement(By.id("gap-1")).getDomAttribute("aria-label"));
            PageLayout.checkAtBothWidths(browser, "gaps-question", () -> { });

            // Submitting with a gap empty names it and keeps what was typed.
            browser.findElement(By.id("gap-0")).sendKeys("Vilnius");
            new Select(browser.findElement(By.id("gap-2"))).selectByVisibleText("July");
            Browsers.submit(browser, By.cssSelector("form.quiz-form button[type=submit]"));
            assertEquals("Fill in every gap: gap 2 of 3 is empty. Type your answer in its box.",
                    browser.findElement(By.id("answer-error")).getText());
            assertEquals("Vilnius", browser.findElement(By.id("gap-0")).getDomProperty("value"));
            assertEquals("July", new Select(browser.findElement(By.id("gap-2"))).getFirstSelectedOption().getText());

            browser.findElement(By.id("gap-1")).sendKeys("Latvia");
            Browsers.submit(browser, By.cssSelector("form.quiz-form button[type=submit]"));
            assertEquals("Partly right: 67 %", browser.findElement(By.className("feedback__verdict")).getText());
            List<String> marks = browser.findElements(By.cssSelector(".feedback .mark")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Gap 1: Vilnius — right", "Gap 2: Latvia — wrong; the answer is Lithuania",
                    "Gap 3: July — right"), marks);
            assertTrue(browser.findElement(By.cssSelector(".quiz-stem")).getText()
                    .contains("held in _____ (1), the capital of _____ (2), in _____ (3)"));
            PageLayout.checkAtBothWidths(browser, "gaps-feedback", () -> { });
        } finally {
            browser.quit();
            app.close();
        }
    }
}
