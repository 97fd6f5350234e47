package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.types.ordering.OrderingKind;
import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15, items 7 and 8 in Chromium at 375 and 1280 px, with axe on every page: a typo accepted with its right
 * spelling; the source sentence and the way back to the question; an unreadable date refused with the expected
 * form; continuing the unfinished quiz from home, the article and Progress; a partly right answer labelled apart;
 * the score in words with the next steps, the practise button clear of the score card.
 */
class QuizReturnBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";
    private static final Library LIBRARY = new ContentLoader().load(Path.of("content"));
    private static final List<Question> BANK = new QuestionGenerator(LIBRARY, QuestionGenerator.DEFAULT_SEED)
            .generateAll();
    private static final int[] WIDTHS = {375, 1280};

    @Test
    void aStudentLeavesAQuizForTheArticleAndHomeAndComesBackToItsQuestion() {
        app.addUser("ada", PASSWORD, "admin"); // an installed server: no first-admin note on the home page
        app.addUser("stu", PASSWORD, "student");
        Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
        browser.get(app.origin() + "/articles/" + ESP);
        Browsers.submit(browser, By.cssSelector(".reader__questions button"));
        String quiz = browser.getCurrentUrl().replaceAll("/\\d+$", "");
        long id = Long.parseLong(quiz.substring(quiz.lastIndexOf('/') + 1));
        Question ordering = BANK.stream().filter(q -> q.type() == OrderingKind.INSTANCE && q.articleSlug().equals(ESP)
                && q.listing().keys().size() >= 3).findFirst().orElseThrow();
        ask(id, 1, "esp-002/short-answer/1");
        ask(id, 2, "esp-016/short-answer/1");
        ask(id, 3, ordering.id());
        browser.get(quiz + "/1");

        // A typo accepted: the feedback says how the name is spelled.
        browser.findElement(By.id("answer")).sendKeys("Anders Fogh Rasmssen");
        Browsers.submit(browser, By.cssSelector(".quiz-form button"));
        assertEquals("Right", browser.findElement(By.cssSelector(".feedback__verdict")).getText());
        assertEquals("Accepted — spelled: Anders Fogh Rasmussen",
                browser.findElement(By.cssSelector(".feedback .spelling")).getText());
        atBothWidths("quiz-typo-feedback", By.cssSelector(".feedback__verdict"));

        // Read it in the article, and back to the question.
        Browsers.submit(browser, By.cssSelector(".source-link"));
        String anchor = BANK.stream().filter(q -> q.id().equals("esp-002/short-answer/1")).findFirst().orElseThrow()
                .source().anchor();
        assertTrue(browser.findElement(By.id(anchor)).getAttribute("class").contains("is-highlighted"));
        WebElement here = browser.findElement(By.cssSelector(".quiz-return__here"));
        assertEquals("Back to question 1", here.getText());
        assertTrue(inViewport(here), "the way back is beside the sentence the page opened at");
        assertEquals("Back to question 1", browser.findElement(By.cssSelector("#quiz-return a")).getText());
        atBothWidths("article-from-quiz", By.cssSelector(".quiz-return__here"));
        Browsers.submit(browser, By.cssSelector(".quiz-return__here"));
        assertEquals(quiz + "/1", browser.getCurrentUrl());
        assertEquals("Right", browser.findElement(By.cssSelector(".feedback__verdict")).getText());

        // An unreadable date: refused with the expected form, the typing kept.
        Browsers.submit(browser, By.id("next"));
        browser.findElement(By.id("answer")).sendKeys("Juy 2023");
        Browsers.submit(browser, By.cssSelector(".quiz-form button"));
        assertEquals("'Juy 2023' is not a date this quiz can read. Write a date such as 7 June 2023 or 2023-06-07.",
                browser.findElement(By.id("answer-error")).getText());
        assertEquals("Juy 2023", browser.findElement(By.id("answer")).getAttribute("value"));
        atBothWidths("quiz-date-refused", By.id("answer-error"));

        // Away to the home page: the quiz is offered at its current question; the same on the article and Progress.
        String title = LIBRARY.article(ESP).orElseThrow().title();
        String continueText = "Continue your quiz on " + title + " — question 2 of 10";
        browser.get(app.origin() + "/");
        assertEquals(continueText, browser.findElement(By.cssSelector("#unfinished-quizzes a")).getText());
        atBothWidths("home-unfinished-quiz", By.id("unfinished-quizzes"));
        browser.get(app.origin() + "/articles/" + ESP);
        assertEquals(continueText, browser.findElement(By.id("continue-quiz")).getText());
        assertEquals("Start a new quiz instead", browser.findElement(By.cssSelector(".reader__questions button")).getText());
        assertEquals("Continue at question 2 of 10", browser.findElement(By.cssSelector("#quiz-unfinished a")).getText(),
                "offered at the top too, not only below a long article");
        atBothWidths("article-unfinished-quiz-top", By.tagName("h1"));
        atBothWidths("article-unfinished-quiz", By.id("continue-quiz"));
        browser.get(app.origin() + "/progress");
        assertEquals(continueText, browser.findElement(By.cssSelector("#unfinished-quizzes a")).getText());
        atBothWidths("progress-unfinished-quiz", By.id("unfinished-quizzes"));
        Browsers.submit(browser, By.cssSelector("#unfinished-quizzes a"));
        assertEquals(quiz + "/2", browser.getCurrentUrl());

        browser.findElement(By.id("answer")).sendKeys("30/09/2022");
        Browsers.submit(browser, By.cssSelector(".quiz-form button"));
        Browsers.submit(browser, By.id("next"));

        // The first two events swapped: partly right, labelled and coloured apart from wrong.
        for (WebElement row : browser.findElements(By.cssSelector(".order-row"))) {
            int right = ordering.listing().keys().indexOf(row.findElement(By.tagName("label")).getText().strip()) + 1;
            new Select(row.findElement(By.tagName("select")))
                    .selectByValue(String.valueOf(right == 1 ? 2 : right == 2 ? 1 : right));
        }
        Browsers.submit(browser, By.cssSelector(".quiz-form button"));
        WebElement verdict = browser.findElement(By.cssSelector(".feedback__verdict"));
        assertTrue(verdict.getText().matches("Partly right: \\d+ %"), verdict.getText());
        String partial = browser.findElement(By.cssSelector(".feedback")).getCssValue("border-left-color");
        String partialText = verdict.getCssValue("color");
        atBothWidths("quiz-partly-right", By.cssSelector(".feedback__verdict"));
        Browsers.submit(browser, By.id("next"));
        browser.findElement(By.cssSelector(".quiz-form")); // question 4 is there
        browser.get(quiz + "/summary");

        // The results: a percentage in words, each answer labelled, the next steps clear of the score card.
        assertTrue(browser.findElement(By.id("score")).getText().matches("\\d+ %"));
        assertTrue(browser.findElement(By.id("score-words")).getText().matches(
                "2 right, 1 partly right, 7 missed: 2\\.\\d of 10 points"),
                browser.findElement(By.id("score-words")).getText());
        assertEquals("Accepted — spelled: Anders Fogh Rasmussen",
                browser.findElement(By.cssSelector(".review--right .spelling")).getText());
        WebElement partlyRight = browser.findElement(By.cssSelector(".review--partial .verdict"));
        WebElement missed = browser.findElement(By.cssSelector(".review--missed .verdict"));
        assertTrue(partlyRight.getText().startsWith("Partly right"), partlyRight.getText());
        assertEquals("Not answered", missed.getText());
        assertNotEquals(partlyRight.getCssValue("color"), missed.getCssValue("color"));
        assertEquals(partialText, partlyRight.getCssValue("color"), "the same colour on the feedback and the results");
        assertNotEquals(partial, browser.findElement(By.cssSelector(".review--missed")).getCssValue("border-left-color"));
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 812));
            double gap = gap(browser.findElement(By.cssSelector(".score")),
                    browser.findElement(By.cssSelector(".next-steps form[action$='/practice'] button")));
            assertTrue(gap >= 12, "at " + width + " px the practise button is " + gap + " px below the score card");
        }
        browser.manage().window().setSize(new Dimension(1280, 800));
        assertEquals("Practise the 8 I missed",
                browser.findElement(By.cssSelector(".next-steps form[action$='/practice'] button")).getText());
        atBothWidths("quiz-results", By.tagName("h1"));
        atBothWidths("quiz-results-answers", By.cssSelector(".review--partial"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(By.linkText("Study the flashcards of this article")));
        Browsers.submit(browser, By.linkText("Study the flashcards of this article"));
        assertTrue(browser.getCurrentUrl().endsWith("/study/" + ESP), browser.getCurrentUrl());
    }

    /** Axe and a screenshot at a phone's and a laptop's width, {@code shown} scrolled into the middle. */
    private static void atBothWidths(String name, By shown) {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Browsers.assertAccessible(browser);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    browser.findElement(shown));
            Browsers.screenshot(browser, name, width);
        }
        browser.manage().window().setSize(new Dimension(1280, 800));
    }

    private static boolean inViewport(WebElement e) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;", e);
    }

    /** Pixels between the bottom of {@code above} and the top of {@code below}. */
    private static double gap(WebElement above, WebElement below) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[1].getBoundingClientRect().top - arguments[0].getBoundingClientRect().bottom;",
                above, below)).doubleValue();
    }

    /** Arranges the quiz: the question asked at {@code position} (the planner's choice is random). */
    private static void ask(long attempt, int position, String questionId) {
        int changed = app.database().write(c -> {
            try (var s = c.prepareStatement(
                    "UPDATE attempt_question SET question_id = ? WHERE attempt_id = ? AND position = ?")) {
                s.setString(1, questionId);
                s.setLong(2, attempt);
                s.setInt(3, position);
                return s.executeUpdate();
            }
        });
        assertEquals(1, changed);
    }
}
