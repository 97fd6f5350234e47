package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import app.factdeck.testing.CommandRun;
import app.factdeck.testing.PageLayout;
import app.factdeck.testing.TestApp;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 18's story in a real browser: a teacher pastes a real news page, changes what the cleaner kept, fixes the
 * date, marks five facts of different kinds (one refused on the way), hides a generated question and publishes; a
 * student takes a quiz on the article and studies its flashcards; after a restart on the same database everything is
 * still there, and a backup holds it. Every page is checked with axe and for fitting a phone, and photographed at
 * 375 px and 1280 px (target/screenshots/new-article-*).
 */
class NewArticleBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";
    private static final Path PAGE = Path.of("src", "test", "resources", "articles", "04-chandrayaan-3-moon-landing.txt");
    /** The sentence three of the facts are marked in (line 3 of the page). */
    private static final String VIKRAM = "The Vikram lander at Chandrayaan-3 spacecraft landed at 06:04 pm";
    /** The celebration paragraph (line 7): article text, but colour without facts; the teacher leaves it out. */
    private static final String COLOUR = "Sweets were distributed, and firecrackers were burst";

    @Test
    void aTeacherTurnsAPastedPageIntoPublishedQuestionsThatSurviveARestart() throws Exception {
        app.addUser("tess", PASSWORD, "teacher");
        app.addUser("stu", PASSWORD, "student");
        Browsers.signIn(browser, app.origin(), "tess", PASSWORD);

        // The teacher's home offers a new article; the nav link leads to the form.
        assertTrue(browser.findElement(By.id("home-new-article")).isDisplayed());
        Browsers.submit(browser, By.linkText("New article"));
        assertEquals("/teacher/articles/new", path());
        check("new-article-form");
        String raw = Files.readString(PAGE);
        // What a paste does: the whole text at once, exactly as copied.
        js("document.getElementById('a-text').value = arguments[0];", raw);
        Browsers.submit(browser, By.cssSelector("form.form button[type=submit]"));

        // Step 1: every line with its box. The teacher keeps every line of the article but the colour paragraph.
        assertTrue(path().matches("/teacher/articles/\\d+/clean"), path());
        String base = path().replaceFirst("/clean$", "");
        List<WebElement> lines = browser.findElements(By.cssSelector(".page-line"));
        assertEquals(5, lines.size(), "the page's five non-blank lines");
        int flips = 0;
        for (WebElement line : lines) {
            WebElement box = line.findElement(By.cssSelector("input[type=checkbox]"));
            boolean wanted = !line.getText().contains(COLOUR);
            if (box.isSelected() != wanted) {
                box.click();
                flips++;
            }
        }
        assertTrue(flips >= 1, "the teacher changed at least one of the cleaner's decisions");
        checkPhoneShowsLines();
        check("new-article-clean");
        fill("c-title", "Chandrayaan-3 lands on Moon south pole, ISRO Vikram lander creates history");
        fill("c-publisher", "Mint");
        // Not a date: refused beside the field, the ticks and fields kept ("23.08.2023" or "31 October 2022" are read).
        fill("c-published", "late August");
        Browsers.submit(browser, By.cssSelector("form.form button[type=submit]"));
        assertTrue(browser.findElement(By.id("c-published-error")).getText().contains("YYYY-MM-DD"));
        assertEquals("Mint", browser.findElement(By.id("c-publisher")).getAttribute("value"));
        for (WebElement line : browser.findElements(By.cssSelector(".page-line"))) {
            assertEquals(!line.getText().contains(COLOUR),
                    line.findElement(By.cssSelector("input[type=checkbox]")).isSelected(), "ticks kept: " + line.getText());
        }
        check("new-article-clean-error");
        fill("c-published", "2023-08-23");
        Browsers.submit(browser, By.cssSelector("form.form button[type=submit]"));

        // Step 2: the sentences; the colour paragraph is not among them.
        assertEquals(base + "/facts", path());
        String sentences = browser.findElement(By.cssSelector("ol.sentences")).getText();
        assertFalse(sentences.contains(COLOUR), sentences);
        check("new-article-facts-empty");

        // Five facts of five kinds, the first with answer words the sentence does not have.
        markFact(VIKRAM, "where", Map.of("f-answerWords", "Pretoria", "f-question",
                "Where did Narendra Modi watch the landing from?"), "country", true);
        fill("f-answerWords", "South Africa");
        Browsers.submit(browser, By.id("save-fact"));
        assertEquals(base + "/facts", path());
        markFact(VIKRAM, "role", Map.of("f-answerWords", "Narendra Modi", "f-roleWords", "Prime Minister"), null,
                false);
        // This one's answer is picked by selecting it in the sentence (fact-form.js).
        markFact(VIKRAM, "what", Map.of("select", "BRICS Summit", "f-question",
                "Which summit was Narendra Modi attending in South Africa?"), "event", false);
        markFact("No country has reached the South Pole of the Moon before", "said", Map.of("f-answerWords",
                "PM Modi", "f-question", "Who said that no country had reached the South Pole of the Moon before?"),
                null, false);
        markFact("This success belongs to all of humanity", "phrase", Map.of("f-answerWords", "all of humanity",
                "f-statement", "Modi said the success of India's Moon mission belongs to {answer}.", "f-contradiction",
                "Modi said the success of India's Moon mission belongs to India alone."), null, false);
        List<WebElement> facts = browser.findElements(By.cssSelector("#facts tbody tr"));
        assertEquals(5, facts.size(), "five facts listed");
        List<String> problems = new ArrayList<>();
        for (WebElement f : facts) {
            if (!f.findElements(By.cssSelector(".fact-problems")).isEmpty()) {
                problems.add(f.getText());
            }
        }
        check("new-article-facts");

        // Step 3: the generated questions in the review queue; one is hidden.
        Browsers.submit(browser, By.id("review-questions"));
        String slug = path().replaceAll("^/articles/([^/]+)/questions$", "$1");
        List<WebElement> hide = browser.findElements(By.xpath("//button[normalize-space()='Hide']"));
        assertTrue(hide.size() >= 3, "questions were generated from the facts: " + hide.size() + "; facts with "
                + "problems: " + problems);
        String hidden = hide.get(0).getAttribute("aria-label").replaceFirst("^Hide ", "");
        Browsers.submit(browser, By.xpath("//button[@aria-label='Hide " + hidden + "']"));
        check("new-article-questions");
        browser.get(app.origin() + base + "/facts");
        Browsers.submit(browser, By.id("publish"));
        assertTrue(browser.findElement(By.id("notice")).getText().startsWith("Published"));
        assertTrue(browser.findElement(By.id("unpublish")).isDisplayed());
        check("new-article-published");

        // The student: the article, a quiz on it to the end, then its flashcards.
        browser.manage().deleteAllCookies();
        Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
        browser.get(app.origin() + "/articles/" + slug);
        check("new-article-student-reader");
        Browsers.submit(browser, By.xpath("//button[normalize-space()='Take a quiz on this article']"));
        String quiz = path().replaceAll("^(/quiz/\\d+).*", "$1");
        List<String> asked = answerUntilDone(quiz);
        assertFalse(asked.contains(hidden), "the hidden question is never asked");
        assertTrue(path().endsWith("/summary"), path());
        String summary = browser.findElement(By.tagName("main")).getText();
        check("new-article-student-summary");
        browser.get(app.origin() + "/study/" + slug);
        String card = browser.findElement(By.cssSelector("article.flashcard")).getAttribute("data-card-id");
        Browsers.submit(browser, By.id("show-answer"));
        Browsers.submit(browser, By.cssSelector(".grades button[data-rating='3']"));
        check("new-article-student-cards");

        // A restart on the same database file: the article, its facts and questions, the answers and the card.
        Path data = app.dataDir();
        app.close();
        app = TestApp.start(data, Map.of());
        Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
        browser.get(app.origin() + quiz + "/summary");
        assertEquals(summary, browser.findElement(By.tagName("main")).getText(), "the quiz's results as they were");
        browser.get(app.origin() + "/articles/" + slug);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("BRICS Summit"));
        browser.manage().deleteAllCookies();
        Browsers.signIn(browser, app.origin(), "tess", PASSWORD);
        browser.get(app.origin() + base + "/facts");
        assertEquals(5, browser.findElements(By.cssSelector("#facts tbody tr")).size());
        assertTrue(browser.findElement(By.id("unpublish")).isDisplayed(), "still published");
        browser.get(app.origin() + base + "/clean");
        for (WebElement line : browser.findElements(By.cssSelector(".page-line"))) {
            assertEquals(!line.getText().contains(COLOUR),
                    line.findElement(By.cssSelector("input[type=checkbox]")).isSelected(), "flips kept: " + line.getText());
        }
        browser.get(app.origin() + "/articles/" + slug + "/questions?status=hidden");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(hidden), "still hidden");

        // The backup holds the article, its facts, the hidden question, the student's answers and card.
        Path copy = data.resolve("backup-after-story.db");
        CommandRun run = CommandRun.on(data).run("backup", copy.toString());
        assertEquals(0, run.status(), run.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            assertEquals("published", single(c, "SELECT state FROM teacher_article WHERE slug = ?", slug));
            assertEquals(String.valueOf(flips), single(c, "SELECT COUNT(*) FROM teacher_article_flip f JOIN "
                    + "teacher_article a ON a.id = f.article_id WHERE a.slug = ?", slug));
            assertEquals("5", single(c, "SELECT COUNT(*) FROM teacher_fact f JOIN teacher_article a ON a.id = "
                    + "f.article_id WHERE a.slug = ? AND f.deleted_at IS NULL", slug));
            assertEquals("hidden", single(c, "SELECT status FROM question_review WHERE question_id = ?", hidden));
            assertEquals(String.valueOf(asked.size()), single(c, "SELECT COUNT(*) FROM attempt_response r JOIN "
                    + "quiz_attempt q ON q.id = r.attempt_id WHERE q.article_slug = ?", slug));
            assertEquals("1", single(c, "SELECT COUNT(*) FROM review_log WHERE card_id = ?", card));
        }
    }

    /** Opens "Mark a fact" on the sentence holding {@code words}, fills the form and saves it. */
    private void markFact(String words, String kind, Map<String, String> fields, String type, boolean refused) {
        WebElement row = browser.findElement(By.xpath("//li[contains(@class,'sentence-row')][contains(., \""
                + words + "\")]"));
        Browsers.submit(browser, By.cssSelector("#" + row.getAttribute("id") + " a"));
        assertTrue(browser.findElement(By.id("fact-sentence")).getText().contains(words));
        browser.findElement(By.id("k-" + kind)).click();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            if (f.getKey().equals("select")) {
                selectInSentence(f.getValue());
                continue;
            }
            WebElement field = browser.findElement(By.id(f.getKey()));
            if (!field.isDisplayed()) {
                // A kind's own fields sit in a closed <details> until opened.
                field.findElement(By.xpath("ancestor::details/summary")).click();
            }
            field.clear();
            field.sendKeys(f.getValue());
        }
        if (type != null) {
            new Select(browser.findElement(By.id("f-answerType"))).selectByValue(type);
        }
        Browsers.submit(browser, By.id("save-fact"));
        if (refused) {
            assertTrue(browser.findElement(By.id("f-answerWords-error")).getText().contains("not in the sentence"),
                    browser.findElement(By.tagName("main")).getText());
            assertEquals(fields.get("f-answerWords"), browser.findElement(By.id("f-answerWords")).getAttribute("value"));
            check("new-article-fact-error");
            return;
        }
        assertTrue(path().endsWith("/facts"), "saved: " + path() + " "
                + browser.findElement(By.tagName("main")).getText());
    }

    /** Selects {@code words} in the sentence as a mouse would and presses "Use the selected words". */
    private void selectInSentence(String words) {
        js("""
                const q = document.getElementById('fact-sentence'), text = q.firstChild, at = text.data.indexOf(arguments[0]);
                const r = document.createRange(); r.setStart(text, at); r.setEnd(text, at + arguments[0].length);
                const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);""", words);
        // selectionchange fires after the script returns.
        WebElement use = browser.findElement(By.id("use-selection"));
        // Clear of the sticky header, as a person scrolls it into view.
        js("arguments[0].scrollIntoView({block: 'center'});", use);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(d -> {
            use.click();
            return words.equals(browser.findElement(By.id("f-answerWords")).getAttribute("value"));
        });
        assertTrue(browser.findElement(By.cssSelector(".pick-words__status")).getText().contains(words));
    }

    /** At 375 px each line's text and box are on screen, the text wide enough to read (not squeezed to a sliver). */
    private void checkPhoneShowsLines() {
        browser.manage().window().setSize(new Dimension(375, 812));
        try {
            for (WebElement line : browser.findElements(By.cssSelector(".page-line"))) {
                WebElement box = line.findElement(By.cssSelector("input[type=checkbox]"));
                WebElement text = line.findElement(By.cssSelector(".page-line__text"));
                assertTrue(box.getSize().getWidth() >= 18, "a box a finger can hit");
                assertTrue(text.getSize().getWidth() >= 220, "line text " + text.getSize().getWidth() + " px wide");
                assertTrue(box.getLocation().getX() >= 0 && text.getLocation().getX() + text.getSize().getWidth() <= 375);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    /** axe, nothing hidden or too wide, and a whole-page screenshot, at 375 px and 1280 px. */
    private void check(String name) {
        PageLayout.checkAtBothWidths(browser, name, () -> { });
    }

    /** Answers each question of the quiz (first choices, a typed guess) until the results; returns the ids asked. */
    private List<String> answerUntilDone(String quiz) throws Exception {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browser.get(app.origin() + quiz);
            if (path().endsWith("/summary")) {
                return asked;
            }
            asked.add(browser.findElement(By.cssSelector("form.quiz-form")).getAttribute("data-question-id"));
            Browsers.answerWithFirstChoices(browser, List.of("South Africa", "7", "2023-08-23"));
        }
        throw new AssertionError("the quiz " + quiz + " never finished: " + browser.getCurrentUrl());
    }

    private static String single(Connection c, String sql, String value) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getString(1);
            }
        }
    }

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
