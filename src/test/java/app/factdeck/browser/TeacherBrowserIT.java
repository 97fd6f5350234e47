package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.Browsers;
import app.factdeck.testing.PageLayout;
import app.factdeck.testing.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher hides a generated question, writes one question of each type (meeting a validation error on the
 * way), previews each, and imports a GIFT file with one broken question, reading the report; a student's next
 * quiz then has the teacher's questions and never the hidden one.
 */
class TeacherBrowserIT {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final String ESP = "espreso-nato-troops-warning";

    @Test
    void aTeacherReviewsAuthorsAndImportsAndAStudentsNextQuizFollows() throws Exception {
        TestApp app = TestApp.start(Files.createTempDirectory("factdeck-teacher-it-"), Map.of());
        WebDriver browser = Browsers.chromium();
        try {
            app.addUser("tess", PASSWORD, "teacher");
            app.addUser("stu", PASSWORD, "student");
            Browsers.signIn(browser, app.origin(), "tess", PASSWORD);
            String bank = app.origin() + "/articles/" + KI + "/questions";

            // Hide the first generated question.
            browser.get(bank);
            Browsers.assertAccessible(browser);
            WebElement first = browser.findElement(By.cssSelector("li.bank-item"));
            String hidden = first.findElement(By.cssSelector(".bank-item__id")).getText();
            Browsers.submit(browser, By.cssSelector("li.bank-item button[aria-label='Hide " + hidden + "']"));
            WebElement item = browser.findElement(By.id("q-" + hidden.replaceAll("[^A-Za-z0-9-]", "-")));
            assertEquals("Hidden", item.findElement(By.cssSelector(".tag--status")).getText());
            assertTrue(item.findElement(By.cssSelector(".bank-item__change")).getText().startsWith("Hidden by Tess"));

            // Multiple choice: saved without a correct option, refused beside the field with the input kept.
            open(browser, bank, "Multiple choice");
            type(browser, "f-stem", "Which city hosted the **2023** NATO summit?");
            type(browser, "f-option-0", "Vilnius");
            type(browser, "f-option-1", "Riga");
            type(browser, "f-option-2", "Warsaw");
            Browsers.submit(browser, By.cssSelector("button[value='save']"));
            assertEquals("A multiple-choice question needs a correct option: choose it.",
                    browser.findElement(By.id("f-correct")).getText());
            assertEquals("Riga", browser.findElement(By.id("f-option-1")).getDomProperty("value"));
            assertEquals("Which city hosted the **2023** NATO summit?",
                    browser.findElement(By.id("f-stem")).getDomProperty("value"));
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "author-error", 375);
            browser.findElement(By.id("f-correct-0")).click();
            List<String> authored = new ArrayList<>();
            authored.add(previewAndSave(browser, preview -> {
                assertEquals("2023", preview.findElement(By.cssSelector(".quiz-stem strong")).getText());
                assertEquals(3, preview.findElements(By.cssSelector("input[type=radio]")).size());
                assertEquals("Vilnius", preview.findElement(By.className("preview__key")).getText());
            }));

            Map<String, Consumer<WebDriver>> others = new LinkedHashMap<>();
            others.put("Select all", b -> {
                type(b, "f-stem", "Who co-chairs the Group on International Security Guarantees for Ukraine?");
                type(b, "f-option-0", "Anders Fogh Rasmussen");
                type(b, "f-option-1", "Andriy Yermak");
                type(b, "f-option-2", "Jens Stoltenberg");
                b.findElement(By.id("f-correct-0")).click();
                b.findElement(By.id("f-correct-1")).click();
            });
            others.put("True or false", b -> {
                type(b, "f-stem", "Rasmussen was NATO Secretary General from 2009 to 2014.");
                b.findElement(By.cssSelector("input[name=answer][value=true]")).click();
            });
            others.put("Short answer", b -> {
                type(b, "f-stem", "Which city hosted the NATO summit of July 2023?");
                type(b, "f-accepted", "Vilnius\nVilnyus");
            });
            others.put("Fill in the gap", b -> type(b, "f-stem", "The 2023 NATO summit was held in [[Vilnius]]."));
            others.put("Put in order", b -> {
                type(b, "f-stem", "Put these events in order.");
                type(b, "f-items", "Statement of nine presidents (October 2022)\nArticle published (June 2023)\n"
                        + "Vilnius summit (July 2023)");
            });
            others.put("Matching", b -> {
                type(b, "f-stem", "Match each person with their role.");
                type(b, "f-pairs", "Anders Fogh Rasmussen -> former NATO Secretary General\n"
                        + "Andriy Yermak -> head of the Office of the President of Ukraine");
            });
            others.put("Numerical", b -> {
                type(b, "f-stem", "How many presidents signed the statement of 2 October 2022?");
                type(b, "f-answer", "9");
                new Select(b.findElement(By.id("f-sentence"))).selectByIndex(3);
            });
            for (Map.Entry<String, Consumer<WebDriver>> e : others.entrySet()) {
                open(browser, bank, e.getKey());
                e.getValue().accept(browser);
                authored.add(previewAndSave(browser, preview -> assertFalse(
                        preview.findElement(By.className("preview__key")).getText().isBlank(), e.getKey())));
            }
            // Partial credit as in Moodle: the old name earns half the marks, a wrong city costs a third, each with
            // feedback; a bad grade is refused beside the options with everything typed kept.
            open(browser, bank, "Multiple choice");
            type(browser, "f-stem", "Which city hosted the NATO summit of July 2023?");
            type(browser, "f-option-0", "Vilnius");
            type(browser, "f-option-1", "Vilna");
            type(browser, "f-option-2", "Riga");
            browser.findElement(By.id("f-correct-0")).click();
            new Select(browser.findElement(By.id("f-grade-1"))).selectByValue("50");
            type(browser, "f-feedback-1", "Vilna is its old name: half the marks.");
            new Select(browser.findElement(By.id("f-grade-2"))).selectByValue("-33.33333");
            type(browser, "f-feedback-2", "Riga is the capital of *Latvia*.");
            new Select(browser.findElement(By.id("f-penalty"))).selectByValue("10");
            PageLayout.checkAtBothWidths(browser, "author-partial-credit", () -> assertEquals(
                    "50", new Select(browser.findElement(By.id("f-grade-1"))).getFirstSelectedOption()
                            .getDomAttribute("value")));
            String partial = previewAndSave(browser, preview ->
                    assertEquals("Vilnius", preview.findElement(By.className("preview__key")).getText()));
            authored.add(partial);

            assertEquals(9, authored.size());
            browser.get(bank + "?status=authored");
            assertEquals(9, browser.findElements(By.cssSelector("li.bank-item")).size());

            // Import a GIFT file with one broken question into the other article and read the report.
            browser.get(app.origin() + "/teacher/transfer?article=" + ESP);
            Browsers.assertAccessible(browser);
            Path gift = Path.of("src/test/resources/transfer/teacher-bank.gift").toAbsolutePath();
            browser.findElement(By.id("i-file")).sendKeys(gift.toString());
            Browsers.submit(browser, By.cssSelector("form[action='/teacher/import'] button[type=submit]"));
            assertEquals("1 rejected", browser.findElement(By.id("rejected")).getText());
            String rejection = browser.findElement(By.cssSelector("#rejections li")).getText();
            int brokenLine = Files.readAllLines(gift).indexOf(Files.readAllLines(gift).stream()
                    .filter(l -> l.startsWith("::Broken::")).findFirst().orElseThrow()) + 1;
            assertTrue(rejection.startsWith("Line " + brokenLine + ":"), rejection);
            Browsers.assertAccessible(browser);
            Browsers.screenshot(browser, "import-report", 375);
            Browsers.submit(browser, By.id("import-valid"));
            assertEquals("Imported 7 questions.", browser.findElement(By.id("imported")).getText());

            // The student's quizzes on the first article: a teacher's question comes before generated ones, so the
            // first quiz opens with them; several of them answer "Vilnius" or name each other's answers, which one
            // quiz never asks together (no question gives another away), so every one is asked within a few
            // quizzes — never the hidden one. Which of two that clash is asked is random, and one that clashes with
            // several of the others can sit out a dozen quizzes (seen once in a CI run), hence up to 30.
            browser.manage().deleteAllCookies();
            Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
            Map<String, String> whereAsked = new java.util.HashMap<>(); // question id -> quiz page
            List<String> firstQuiz = new ArrayList<>();
            for (int quizzes = 0; quizzes < 30 && !authored.stream().allMatch(id -> whereAsked.containsKey(id + "/1"));
                 quizzes++) {
                browser.get(app.origin() + "/articles/" + KI);
                Browsers.submit(browser, By.cssSelector("form[action='/articles/" + KI + "/quiz'] button"));
                String quiz = browser.getCurrentUrl().replaceAll("/\\d+$", "");
                for (int p = 1; p <= 10; p++) {
                    browser.get(quiz + "/" + p);
                    List<org.openqa.selenium.WebElement> form = browser.findElements(By.cssSelector("form.quiz-form"));
                    if (form.isEmpty()) {
                        break; // a shorter quiz: the rules left fewer questions that fit together
                    }
                    String id = form.get(0).getDomAttribute("data-question-id");
                    whereAsked.putIfAbsent(id, quiz + "/" + p);
                    if (quizzes == 0) {
                        firstQuiz.add(id);
                    }
                    if (quizzes == 0 && p == 1) {
                        Browsers.assertAccessible(browser);
                    }
                }
            }
            assertTrue(firstQuiz.stream().anyMatch(id -> id.startsWith("a/")), "teachers' questions first: " + firstQuiz);
            for (String id : authored) {
                assertTrue(whereAsked.containsKey(id + "/1"), id + " in " + whereAsked.keySet());
            }
            assertFalse(whereAsked.containsKey(hidden), "the hidden question was asked");
            browser.get(whereAsked.get(authored.get(0) + "/1"));
            assertEquals("2023", browser.findElement(By.cssSelector(".quiz-stem strong")).getText(), "Markdown shown");

            // The student answers the partial-credit question with the old name: half the marks and its feedback.
            browser.get(whereAsked.get(partial + "/1"));
            browser.findElements(By.cssSelector(".choice")).stream().filter(c -> c.getText().strip().equals("Vilna"))
                    .findFirst().orElseThrow().click();
            Browsers.submit(browser, By.cssSelector(".quiz-form button"));
            PageLayout.checkAtBothWidths(browser, "quiz-partial-credit-feedback", () -> {
                assertEquals("Partly right: 50 %", browser.findElement(By.cssSelector(".feedback__verdict")).getText());
                assertEquals("Vilna is its old name: half the marks.",
                        browser.findElement(By.cssSelector(".feedback__answer")).getText());
                assertEquals("Vilnius", browser.findElement(By.cssSelector(".feedback__key")).getText());
            });
        } finally {
            browser.quit();
            app.close();
        }
    }

    /** From the bank, New question, then the type. */
    private static void open(WebDriver browser, String bank, String typeLabel) {
        browser.get(bank);
        Browsers.submit(browser, By.id("new-question"));
        Browsers.submit(browser, By.linkText(typeLabel));
    }

    /** Preview (checked by {@code check}), then save; returns the saved question's id ("a/3"). */
    private static String previewAndSave(WebDriver browser, Consumer<WebElement> check) {
        Browsers.submit(browser, By.cssSelector("button[value='preview']"));
        WebElement preview = browser.findElement(By.className("preview"));
        check.accept(preview);
        Browsers.submit(browser, By.cssSelector("button[value='save']"));
        String notice = browser.findElement(By.cssSelector(".alert--ok")).getText();
        assertTrue(notice.startsWith("Saved question a/"), notice);
        return notice.substring("Saved question ".length(), notice.length() - 1);
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
