package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import app.factdeck.testing.PageLayout;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 19's story in a real browser, with Factdeck's own proposer: a teacher pastes a real news page (a bank rescue,
 * not the seeds' topic), step 2 opens with the proposed facts; she rejects one, edits one (its question), accepts the
 * ticked ones and publishes; a student takes the article's quiz to its results. The proposals page is checked with
 * axe and for fitting a phone, and photographed at 375 px and 1280 px (target/screenshots/proposals-*.png).
 */
class ProposalsBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";
    private static final Path PAGE = Path.of("src", "test", "resources", "articles", "07-ubs-credit-suisse-rescue.txt");

    @Test
    void aTeacherAcceptsRejectsAndEditsProposedFactsAndAStudentTakesTheQuiz() throws Exception {
        app.addUser("tess", PASSWORD, "teacher");
        app.addUser("stu", PASSWORD, "student");
        Browsers.signIn(browser, app.origin(), "tess", PASSWORD);

        browser.get(app.origin() + "/teacher/articles/new");
        js("document.getElementById('a-text').value = arguments[0];", Files.readString(PAGE));
        Browsers.submit(browser, By.cssSelector("form.form button[type=submit]"));
        assertTrue(path().matches("/teacher/articles/\\d+/clean"), path());
        String base = path().replaceFirst("/clean$", "");
        fill("c-title", "UBS agrees to buy Credit Suisse");
        fill("c-publisher", "Euronews");
        fill("c-published", "2023-03-19");
        Browsers.submit(browser, By.cssSelector("form.form button[type=submit]"));
        assertEquals(base + "/facts", path());

        // Step 2 opens with the proposals, grouped by kind, each with its sentence and the answer marked.
        List<WebElement> rows = proposals();
        assertTrue(rows.size() >= 3, "proposals shown: " + rows.size());
        assertTrue(browser.findElement(By.id("proposals")).getLocation().getY()
                < browser.findElement(By.id("facts-heading")).getLocation().getY(), "the proposals come first");
        for (WebElement row : rows) {
            assertFalse(row.findElements(By.cssSelector(".proposal__sentence mark")).isEmpty(), row.getText());
            assertTrue(row.findElement(By.cssSelector(".certainty")).getText().matches("likely|probably|check this"));
        }
        assertFalse(browser.findElements(By.cssSelector(".proposal-group h3")).isEmpty());
        long ticked = rows.stream().filter(r -> r.findElement(By.cssSelector("input[name=key]")).isSelected()).count();
        assertTrue(ticked >= 2, "pre-ticked: " + ticked);
        PageLayout.checkAtBothWidths(browser, "proposals", () -> { });
        // The first screen of proposals on a phone, as a person scrolled to them sees it.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
        js("document.getElementById('proposals').scrollIntoView();");
        Browsers.screenshot(browser, "proposals-phone-view", 375);

        // Reject one (not the one she edits next): it leaves the list.
        String editedKey = rows.stream().filter(r -> r.getText().contains("?")).findFirst()
                .orElseThrow(() -> new AssertionError("no proposal with a question: " + keys())).getAttribute("data-key");
        WebElement rejected = rows.stream().filter(r -> !r.getAttribute("data-key").equals(editedKey))
                .reduce((x, y) -> y).orElseThrow();
        String rejectedKey = rejected.getAttribute("data-key");
        press(By.cssSelector("#" + rejected.getAttribute("id") + " button[formaction$='/reject']"));
        assertTrue(browser.findElement(By.id("notice")).getText().contains("rejected"));
        assertFalse(keys().contains(rejectedKey), "the rejected proposal is gone");
        assertTrue(browser.findElement(By.id("rejected-toggle")).getText().contains("1 rejected"));
        press(By.cssSelector("#rejected-toggle a"));
        assertEquals(List.of(rejectedKey), browser.findElements(By.cssSelector(".proposal-group--rejected li.proposal"))
                .stream().map(r -> r.getAttribute("data-key")).toList(), "listed again when asked for");
        PageLayout.checkAtBothWidths(browser, "proposals-rejected", () -> { });

        // Edit one that asks a question: the fact form filled with it; she words the question her way.
        WebElement edited = proposals().stream().filter(r -> r.getAttribute("data-key").equals(editedKey)).findFirst()
                .orElseThrow();
        press(By.cssSelector("#" + edited.getAttribute("id") + " a[href*='/proposals/edit']"));
        assertEquals("Edit the proposed fact", browser.findElement(By.tagName("h1")).getText());
        String question = "In the teacher's words: " + browser.findElement(By.id("f-question")).getAttribute("value");
        fill("f-question", question);
        press(By.id("save-fact"));
        assertEquals(base + "/facts", path(), browser.findElement(By.tagName("main")).getText());
        assertFalse(keys().contains(editedKey), "the edited proposal is settled");

        // Accept the ticked ones; any the checks refuse stays, with its message beside it and a way to edit it.
        int before = browser.findElements(By.cssSelector("#facts tbody tr")).size();
        press(By.id("accept-ticked"));
        List<String> refused = new ArrayList<>();
        for (WebElement row : proposals()) {
            if (!row.findElements(By.cssSelector(".proposal__problem")).isEmpty()) {
                refused.add(row.getText());
                assertFalse(row.findElements(By.cssSelector("a[href*='/proposals/edit']")).isEmpty());
            }
        }
        if (!refused.isEmpty()) {
            PageLayout.checkAtBothWidths(browser, "proposals-refused", () -> { });
        }
        int facts = browser.findElements(By.cssSelector("#facts tbody tr")).size();
        System.out.println("Proposals: " + rows.size() + " shown, " + ticked + " pre-ticked; " + (facts - before)
                + " accepted, " + refused.size() + " refused: " + refused);
        assertTrue(facts - before >= 1, "accepted facts listed: " + facts + " (before " + before + ")");

        // Step 3: the questions the facts produce, then publishing.
        browser.get(app.origin() + base + "/facts");
        Browsers.submit(browser, By.id("review-questions"));
        String slug = path().replaceAll("^/articles/([^/]+)/questions$", "$1");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains(question.replaceFirst("\\?$", "")),
                "the edited question is asked");
        browser.get(app.origin() + base + "/facts");
        Browsers.submit(browser, By.id("publish"));
        assertTrue(browser.findElement(By.id("notice")).getText().startsWith("Published"));

        // The decisions are stored: one rejected, one edited, the accepted ones with their facts.
        Map<String, Integer> decisions = new LinkedHashMap<>();
        try (Connection c = app.connection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT decision, COUNT(*) FROM teacher_proposal_decision GROUP BY decision")) {
            while (rs.next()) {
                decisions.put(rs.getString(1), rs.getInt(2));
            }
        }
        assertEquals(1, decisions.get("rejected"), decisions.toString());
        assertEquals(1, decisions.get("edited"), decisions.toString());
        assertEquals(facts - before, decisions.getOrDefault("accepted", 0), decisions.toString());

        // The student: the quiz on the article, answered to its results.
        browser.manage().deleteAllCookies();
        Browsers.signIn(browser, app.origin(), "stu", PASSWORD);
        browser.get(app.origin() + "/articles/" + slug);
        Browsers.submit(browser, By.xpath("//button[normalize-space()='Take a quiz on this article']"));
        String quiz = path().replaceAll("^(/quiz/\\d+).*", "$1");
        int answered = answerUntilDone(quiz);
        assertTrue(answered >= 1, "questions answered: " + answered);
        assertTrue(path().endsWith("/summary"), path());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("%"), "the score");
    }

    /** Clicks a button or link that loads a page, scrolled clear of the sticky header as a person would. */
    private static void press(By target) {
        js("arguments[0].scrollIntoView({block: 'center'});", browser.findElement(target));
        Browsers.submit(browser, target);
    }

    private static List<WebElement> proposals() {
        return browser.findElements(By.cssSelector("#proposals-form .proposal-group:not(.proposal-group--rejected) li.proposal"));
    }

    private static List<String> keys() {
        return proposals().stream().map(r -> r.getAttribute("data-key")).toList();
    }

    /** Answers each question with its first choices (or a typed guess) until the results; how many were asked. */
    private static int answerUntilDone(String quiz) {
        for (int i = 0; i < 40; i++) {
            browser.get(app.origin() + quiz);
            if (path().endsWith("/summary")) {
                return i;
            }
            Browsers.answerWithFirstChoices(browser, List.of("UBS", "3", "2023-03-19"));
        }
        throw new AssertionError("the quiz " + quiz + " never finished: " + browser.getCurrentUrl());
    }

    private static void fill(String id, String value) {
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
