package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.QuestionKinds;
import app.factdeck.testing.Browsers;
import app.factdeck.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A student takes a whole quiz in Chromium: every question type, feedback, the source, a restart, a resubmit. */
class QuizBrowserIT {

    private static final String PASSWORD = "orange piano window";
    private static final List<Question> BANK = new QuestionGenerator(new ContentLoader().load(Path.of("content")),
            QuestionGenerator.DEFAULT_SEED).generateAll();

    @Test
    void aStudentTakesAQuizOfEveryTypeAcrossARestart() throws Exception {
        Path data = Files.createTempDirectory("factdeck-quiz-it-");
        TestApp app = TestApp.start(data, Map.of());
        WebDriver browser = Browsers.chromium();
        try {
            app.addUser("stu", PASSWORD, "student");
            Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
            browser.get(app.origin() + "/progress");
            assertEquals("0", learningCount(browser));
            Browsers.assertAccessible(browser);
            browser.get(app.origin() + "/articles/espreso-nato-troops-warning");
            Browsers.submit(browser, By.cssSelector(".reader__questions button"));
            String quizUrl = browser.getCurrentUrl().replaceAll("/\\d+$", "");
            assertEquals("Question 1 of 10", browser.findElement(By.id("progress-label")).getText());
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "quiz-question", 375);
            Browsers.screenshot(browser, "quiz-question", 1280);

            java.util.Set<app.factdeck.questions.core.QuestionKind<?>> seen = new java.util.LinkedHashSet<>();
            for (int p = 1; p <= 10; p++) {
                if (p == 6) {
                    // The server restarts mid-quiz; the student comes back to the quiz's address.
                    app.close();
                    app = TestApp.start(data, Map.of());
                    quizUrl = quizUrl.replaceAll("http://127.0.0.1:\\d+", app.origin());
                    browser.get(quizUrl);
                    assertEquals("Question 6 of 10", browser.findElement(By.id("progress-label")).getText());
                }
                Question q = current(browser);
                seen.add(q.type());
                answer(browser, q);
                Browsers.submit(browser, By.cssSelector(".quiz-form button"));
                assertEquals("Right", browser.findElement(By.cssSelector(".feedback__verdict")).getText(), q.id());
                if (p == 1) {
                    Browsers.assertAccessible(browser);
                    Browsers.screenshot(browser, "quiz-feedback", 375);
                    Browsers.screenshot(browser, "quiz-feedback", 1280);
                    // Back to the form and submit something else: the first answer stands.
                    browser.navigate().back();
                    if (!browser.findElements(By.cssSelector(".quiz-form")).isEmpty()) {
                        Browsers.submit(browser, By.cssSelector(".quiz-form button"));
                    } else {
                        browser.navigate().refresh();
                    }
                    assertEquals("Right", browser.findElement(By.cssSelector(".feedback__verdict")).getText());
                    // The source link opens the article at the highlighted sentence.
                    String back = browser.getCurrentUrl();
                    Browsers.submit(browser, By.cssSelector(".source-link"));
                    WebElement sentence = browser.findElement(By.id(q.source().anchor()));
                    assertEquals("rgba(255, 241, 184, 1)", sentence.getCssValue("background-color"));
                    browser.get(back);
                }
                Browsers.submit(browser, By.id("next"));
            }
            // This article's ordering and matching items cite a sentence in common, so a quiz asks one of them.
            java.util.Set<String> expected = new java.util.HashSet<>(QuestionKinds.generated().stream()
                    .map(t -> t.slug()).toList());
            java.util.Set<String> asked = new java.util.HashSet<>(seen.stream().map(t -> t.slug()).toList());
            expected.remove(asked.contains("ordering") ? "matching" : "ordering");
            assertEquals(expected, asked);
            assertEquals("100 %", browser.findElement(By.id("score")).getText());
            Browsers.assertAccessible(browser);
            Browsers.submit(browser, By.linkText("Progress"));
            assertTrue(Integer.parseInt(learningCount(browser)) >= 8, "the dashboard shows the facts just answered");
            assertEquals("1", browser.findElement(By.id("streak")).getText());
            Browsers.screenshot(browser, "progress", 1280);
        } finally {
            browser.quit();
            app.close();
        }
    }

    private static String learningCount(WebDriver browser) {
        return browser.findElement(By.cssSelector("tr[data-article='espreso-nato-troops-warning'] .learning")).getText();
    }

    private static Question current(WebDriver browser) {
        String id = browser.findElement(By.cssSelector(".quiz-form")).getAttribute("data-question-id");
        return BANK.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** Answers as a student would, with the page's own controls. */
    private static void answer(WebDriver browser, Question q) {
        switch (q.type().slug()) {
            case "multiple-choice", "true-false", "multi-select" -> {
                for (WebElement choice : browser.findElements(By.cssSelector(".choice"))) {
                    if (q.listing().keys().contains(choice.getText().strip())) {
                        choice.findElement(By.tagName("input")).click();
                    }
                }
            }
            case "cloze", "short-answer" -> browser.findElement(By.id("answer")).sendKeys(q.listing().keys().get(0));
            case "ordering" -> {
                List<WebElement> rows = browser.findElements(By.cssSelector(".order-row"));
                for (WebElement row : rows) {
                    String item = row.findElement(By.tagName("label")).getText().strip();
                    new Select(row.findElement(By.tagName("select")))
                            .selectByValue(String.valueOf(q.listing().keys().indexOf(item) + 1));
                }
            }
            case "matching" -> {
                for (int i = 0; i < q.listing().keys().size(); i++) {
                    new Select(browser.findElement(By.id("match-" + i))).selectByValue(q.listing().keys().get(i));
                }
            }
        }
    }
}
