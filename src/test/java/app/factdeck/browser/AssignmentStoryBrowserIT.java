package app.factdeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.BrowserTest;
import app.factdeck.testing.Browsers;
import app.factdeck.testing.MovableClock;
import app.factdeck.testing.PageLayout;
import app.factdeck.testing.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The assignment story in a real browser, on a clock the test moves: a teacher makes a class, three students sign
 * up and join it with its code, the teacher writes three true/false questions and one short answer on an article
 * and assigns exactly those, due Tuesday 17:00 Kyiv time with late attempts until Wednesday 17:00. Ana answers all
 * four on Monday (three right; her typed answer is not the one the teacher wrote), Ben answers two (one right) and
 * is closed at the cut-off, Zoë (an accented name, for the CSV) starts after the due time and answers all four
 * right, so is late. The gradebook shows the three scores, times and late marks; the item analysis shows the
 * figures ItemAnalysisTest works out by hand for this very matrix; the teacher accepts Ana's typed answer and
 * Ana's score, the gradebook, the analysis and the CSV follow; answers stay hidden until the assignment closes.
 * Screenshots of every page at 375 and 1280 px go to target/screenshots/assignment-story-*.
 *
 * <p>Every expected score is counted here from which answers each student gave against the key the teacher typed
 * ({@link #KEYS}), never read back from the app.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentStoryBrowserIT extends BrowserTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";
    private static final String TITLE = "Week 1: the summit";
    private static final String ZONE = "Europe/Kyiv";
    /** Monday 1 March 2027, 09:00 in Kyiv (UTC+2 in winter). */
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-03-01T07:00:00Z"));
    /** The teacher's questions and their keys, in the order she writes them: three true/false, one short answer. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();
    private static final String TYPED_STEM = "Which city hosts the summit?";
    /** Ana's answer to the short answer: right, but not what the teacher wrote, so it is marked wrong until accepted. */
    private static final String ANAS_TYPED = "The capital of Lithuania";

    static {
        KEYS.put("Statement one is true.", "True");
        KEYS.put("Statement two is true.", "True");
        KEYS.put("Statement three is false.", "False");
        KEYS.put(TYPED_STEM, "Vilnius");
    }

    private static String classPage;
    private static String code;
    private static long assignment;
    private static long anaAttempt;
    private static long benAttempt;
    private static long zoeAttempt;
    /** How many each student answered right, counted as they answer. */
    private static final Map<String, Integer> RIGHT = new LinkedHashMap<>();

    @BeforeAll
    static void anAppOnAClockTheTestMoves() throws Exception {
        // BrowserTest's app runs on the system clock; the story needs due times to pass.
        app.close();
        app = TestApp.start(Files.createTempDirectory("factdeck-assignment-story-"), Map.of(), CLOCK);
        app.addUser("tess", PASSWORD, "teacher");
    }

    @Test
    @Order(1)
    void theTeacherMakesAClassAndThreeStudentsSignUpAndJoinWithTheCode() {
        signIn("tess");
        browser.get(app.origin() + "/teacher/classes");
        browser.findElement(By.id("name")).sendKeys("History 9B");
        Browsers.submit(browser, By.cssSelector("form[action='/teacher/classes'] button"));
        classPage = browser.getCurrentUrl();
        code = browser.findElement(By.id("join-code")).getText();
        check("class", () -> assertEquals("History 9B", browser.findElement(By.tagName("h1")).getText()));

        signUpAndJoin("ana", "Ana Lind");
        signUpAndJoin("ben", "Ben Okafor");
        signUpAndJoin("zoe", "Zoë Ångström-Müller");
        signIn("tess");
        browser.get(classPage);
        for (String name : List.of("Ana Lind", "Ben Okafor", "Zoë Ångström-Müller")) {
            assertFalse(browser.findElements(By.linkText(name)).isEmpty(), name + " is on the roster");
        }
    }

    @Test
    @Order(2)
    void theTeacherAssignsAFixedSetOfHerQuestionsWithADueTime() {
        signIn("tess");
        boolean first = true;
        for (Map.Entry<String, String> q : KEYS.entrySet()) {
            boolean typed = q.getKey().equals(TYPED_STEM);
            browser.get(app.origin() + "/articles/" + ESP + "/questions/new?type=" + (typed ? "short-answer" : "true-false"));
            browser.findElement(By.id("f-stem")).sendKeys(q.getKey());
            if (typed) {
                browser.findElement(By.id("f-accepted")).sendKeys(q.getValue());
            } else {
                browser.findElement(By.cssSelector("input[name=answer][value=" + q.getValue().toLowerCase(Locale.ROOT)
                        + "]")).click();
            }
            if (first) {
                check("author-true-false", () -> { });
                first = false;
            }
            Browsers.submit(browser, By.cssSelector("button[name=action][value=save]"));
        }

        browser.get(classPage + "/assignments/new?article=" + ESP);
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("mode-fixed")).click();
        for (String stem : KEYS.keySet()) {
            browser.findElement(By.xpath("//ul[@id='question-picks']//label[.//span[text()='" + stem + "']]/input"))
                    .click();
        }
        // datetime-local takes keys in the browser's locale order; its value is set as the form would send it.
        setValue("opens", "2027-03-01T08:00");
        setValue("due", "2027-03-02T17:00");
        setValue("lateUntil", "2027-03-03T17:00");
        new Select(browser.findElement(By.id("zone"))).selectByValue(ZONE);
        new Select(browser.findElement(By.id("attempts"))).selectByValue("1");
        browser.findElement(By.id("counts-first")).click();
        browser.findElement(By.id("answers-after-due")).click();
        check("form-fixed-set", () -> assertEquals(4,
                browser.findElements(By.cssSelector("#question-picks input:checked")).size()));
        Browsers.submit(browser, By.cssSelector("button[name=action][value=save]"));
        String edit = browser.findElement(By.cssSelector("a[aria-label='Edit " + TITLE + "']")).getAttribute("href");
        assignment = Long.parseLong(edit.replaceAll(".*/assignments/(\\d+)/edit$", "$1"));
        check("list", () -> assertTrue(browser.findElement(By.tagName("main")).getText().contains(TITLE)));
    }

    @Test
    @Order(3)
    void anaAnswersAllBeforeTheDueTimeAndSeesNoAnswersYet() {
        CLOCK.set(Instant.parse("2027-03-01T10:30:00Z")); // 12:30 in Kyiv
        signIn("ana");
        browser.get(app.origin() + "/");
        check("student-home", () -> {
            WebElement item = browser.findElement(By.cssSelector("#assigned [data-assignment='" + assignment + "']"));
            assertTrue(item.getText().contains(TITLE), item.getText());
            assertTrue(item.getText().contains("Due 2 March 2027 at 17:00 (Europe/Kyiv)"), item.getText());
            assertTrue(item.getText().contains("Not started"), item.getText());
        });
        anaAttempt = start();
        // Three right; the short answer as she put it, which the teacher's key does not match.
        answerAll("ana", anaAttempt, List.of(true, true, true, false), true);
        browser.get(app.origin() + "/quiz/" + anaAttempt + "/summary");
        check("summary-answers-hidden", () -> {
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("You will see the right answers after the assignment closes on 3 March 2027 at "
                    + "17:00 (Europe/Kyiv)."), page);
            assertFalse(page.contains("Correct answer"), "no key before the assignment closes");
        });
    }

    @Test
    @Order(4)
    void benAnswersPartAndZoeSubmitsLateAndBensAttemptIsClosedAtTheCutOff() {
        signIn("ben");
        browser.get(app.origin() + "/");
        benAttempt = start();
        // One right, one wrong, then he stops.
        answerAll("ben", benAttempt, List.of(true, false), true);

        CLOCK.set(Instant.parse("2027-03-02T16:00:00Z")); // Tuesday 18:00 in Kyiv: an hour after the due time
        signIn("zoe");
        browser.get(app.origin() + "/");
        assertTrue(browser.findElement(By.id("assigned")).getText().contains("late attempts until 3 March 2027 at "
                + "17:00 (Europe/Kyiv)"), browser.findElement(By.id("assigned")).getText());
        zoeAttempt = start();
        answerAll("zoe", zoeAttempt, List.of(true, true, true, true), false);
        browser.get(app.origin() + "/");
        check("student-home-late", () -> {
            String item = browser.findElement(By.cssSelector("#assigned [data-assignment='" + assignment + "']")).getText();
            assertTrue(item.contains("100 %") && item.contains("late"), item);
        });

        CLOCK.set(Instant.parse("2027-03-03T15:00:01Z")); // past the cut-off
        signIn("ben");
        browser.get(app.origin() + "/quiz/" + benAttempt + "/3");
        assertEquals(app.origin() + "/quiz/" + benAttempt + "/summary", browser.getCurrentUrl(),
                "the closed attempt takes no more answers");
        check("summary-closed-at-cut-off", () -> {
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("closed at the assignment's cut-off, 3 March 2027 at 17:00 (Europe/Kyiv), with "
                    + "2 of 4 questions answered"), page);
            assertTrue(page.contains(percent(RIGHT.get("ben"))), page);
            assertTrue(page.contains("Correct answer"), "closed, so the answers show");
        });
    }

    @Test
    @Order(5)
    void onceClosedAnaSeesTheAnswers() {
        signIn("ana");
        browser.get(app.origin() + "/quiz/" + anaAttempt + "/summary");
        check("summary-answers-shown", () -> {
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains("Correct answer") && page.contains("Your answers"), page);
            assertTrue(page.contains(percent(RIGHT.get("ana"))), page);
        });
    }

    @Test
    @Order(6)
    void theGradebookShowsTheThreeScoresTimesAndLateMarks() {
        signIn("tess");
        browser.get(classPage + "/gradebook");
        check("gradebook", () -> { });
        assertCell("ana", RIGHT.get("ana"), "1 Mar 2027 12:30", false);
        // Ben's attempt counts as submitted at the cut-off, after the due time: late.
        assertCell("ben", RIGHT.get("ben"), "3 Mar 2027 17:00", true);
        assertCell("zoe", RIGHT.get("zoe"), "2 Mar 2027 18:00", true);
        assertTrue(browser.findElement(By.cssSelector("tr[data-student=zoe] th")).getText()
                .contains("Zoë Ångström-Müller"));
        String average = browser.findElement(By.cssSelector("#gradebook tfoot .assignment-average")).getText();
        assertTrue(average.contains(String.format(Locale.ROOT, "%.0f %%", mean() * 100))
                && average.contains("3 of 3 submitted"), average);
        // The cell links to the attempt's review.
        assertTrue(browser.findElement(By.cssSelector("tr[data-student=ana] a.cell-score")).getAttribute("href")
                .endsWith("/attempts/" + anaAttempt));
    }

    /**
     * Ana, Ben and Zoë's answers are ItemAnalysisTest.STORY (rows Ana, Ben, Zoë; columns the questions in
     * {@link #KEYS} order): every figure below is one that test works out by hand.
     */
    @Test
    @Order(7)
    void theItemAnalysisShowsTheHandWorkedFiguresAndAcceptingATypedAnswerRegradesAna() {
        signIn("tess");
        browser.get(classPage + "/assignments/" + assignment + "/analysis");
        check("analysis", () -> {
            assertEquals("3", figure("attempts"));
            assertEquals("66.67 %", figure("mean"));
            assertEquals("75.00 %", figure("median"));
            assertEquals("38.19 %", figure("sd"));
            assertEquals("-0.94", figure("skewness"));
            assertEquals("—", figure("kurtosis"));
            assertEquals("76.19 %", figure("alpha"));
            assertEquals("48.80 %", figure("error-ratio"));
            assertEquals("18.63 %", figure("standard-error"));
            List<String> stems = List.copyOf(KEYS.keySet());
            assertQuestion(stems.get(0), "100.00 %", "0.00 %", "—", "—", false);
            assertQuestion(stems.get(1), "66.67 %", "57.74 %", "86.60 %", "100.00 %", false);
            assertQuestion(stems.get(2), "66.67 %", "57.74 %", "86.60 %", "100.00 %", false);
            assertQuestion(TYPED_STEM, "33.33 %", "57.74 %", "50.00 %", "100.00 %", false);
            assertEquals("34.55 %", cellOf(stems.get(1), "q-effective"));
            assertEquals("30.90 %", cellOf(TYPED_STEM, "q-effective"));
            assertEquals("50.00 %", cellOf(stems.get(1), "q-guess"));
            assertEquals("0.00 %", cellOf(TYPED_STEM, "q-guess"));
            // Every distinct typed answer with its count and verdict.
            WebElement anas = typedRow(ANAS_TYPED);
            assertEquals("1", anas.findElement(By.cssSelector(".typed-count")).getText());
            assertEquals("Wrong", anas.findElement(By.cssSelector(".typed-verdict")).getText());
            assertEquals("Right", typedRow(KEYS.get(TYPED_STEM)).findElement(By.cssSelector(".typed-verdict")).getText());
        });

        typedRow(ANAS_TYPED).findElement(By.cssSelector("input[name='confirm']")).click();
        Browsers.submit(browser, By.xpath("//tr[th[normalize-space()='" + ANAS_TYPED + "']]//button"));
        RIGHT.put("ana", RIGHT.get("ana") + 1);
        check("analysis-regraded", () -> {
            assertTrue(browser.findElement(By.id("notice")).getText().contains("1 response was regraded"),
                    browser.findElement(By.id("notice")).getText());
            assertEquals("Right", typedRow(ANAS_TYPED).findElement(By.cssSelector(".typed-verdict")).getText());
            // ItemAnalysisTest.theStorysClassAfterTheRegrade.
            assertEquals("75.00 %", figure("mean"));
            assertEquals("66.67 %", cellOf(TYPED_STEM, "q-facility"));
            assertEquals("100.00 %", cellOf(TYPED_STEM, "q-discrimination"));
            // The audit records the answer as answers are compared: case and a leading article never matter.
            assertEquals("capital of lithuania", browser.findElement(By.cssSelector("#audit .audit-answer")).getText());
            assertEquals("1", browser.findElement(By.cssSelector("#audit .audit-changed")).getText());
        });

        // The gradebook follows.
        browser.get(classPage + "/gradebook");
        assertCell("ana", RIGHT.get("ana"), "1 Mar 2027 12:30", false);
        String average = browser.findElement(By.cssSelector("#gradebook tfoot .assignment-average")).getText();
        assertTrue(average.contains(String.format(Locale.ROOT, "%.0f %%", mean() * 100)), average);

        // So does what Ana sees.
        signIn("ana");
        browser.get(app.origin() + "/quiz/" + anaAttempt + "/summary");
        check("summary-regraded", () -> {
            String page = browser.findElement(By.tagName("main")).getText();
            assertTrue(page.contains(percent(RIGHT.get("ana"))), page);
        });
        browser.get(app.origin() + "/");
        String item = browser.findElement(By.cssSelector("#assigned [data-assignment='" + assignment + "']")).getText();
        assertTrue(item.contains(percent(RIGHT.get("ana"))), item);
    }

    private static String figure(String id) {
        return text(browser.findElement(By.cssSelector("#test-figures tr[data-figure='" + id + "'] .figure-value")));
    }

    private static String cellOf(String stem, String cellClass) {
        return text(browser.findElement(By.xpath("//table[@id='questions']//tr[td[1]/span[1][normalize-space()='"
                + stem + "']]/td[contains(concat(' ', @class, ' '), ' " + cellClass + " ')]")));
    }

    private static void assertQuestion(String stem, String facility, String sd, String discrimination,
                                       String efficiency, boolean dubious) {
        assertEquals(facility, cellOf(stem, "q-facility"), stem);
        assertEquals(sd, cellOf(stem, "q-sd"), stem);
        assertEquals(discrimination, cellOf(stem, "q-discrimination"), stem);
        assertEquals(efficiency, cellOf(stem, "q-efficiency"), stem);
        assertEquals(dubious, cellOf(stem, "q-flag").contains("dubious"), stem);
    }

    private static WebElement typedRow(String typed) {
        return browser.findElement(By.xpath("//table[contains(@class,'typed')]//tr[th[normalize-space()='" + typed
                + "']]"));
    }

    /** A cell's text with the non-breaking space before "%" as a plain one. */
    private static String text(WebElement e) {
        return e.getText().replace('\u00a0', ' ').trim();
    }

    @Test
    @Order(8)
    void theCsvDownloadsWithTheSameFiguresAndItsAccentsIntact() {
        signIn("tess");
        browser.get(classPage + "/gradebook");
        String href = browser.findElement(By.id("download-csv")).getAttribute("href");
        // Fetched by the page itself (its cookie, its origin), as raw bytes so the encoding is checked, not assumed.
        @SuppressWarnings("unchecked")
        Map<String, Object> got = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({
                  status: r.status, disposition: r.headers.get('Content-Disposition'),
                  type: r.headers.get('Content-Type'), bytes: Array.from(new Uint8Array(b))})));""", href);
        assertEquals(200L, got.get("status"));
        assertEquals("attachment; filename=\"history-9b-gradebook.csv\"", got.get("disposition"));
        assertTrue(String.valueOf(got.get("type")).toLowerCase(Locale.ROOT).contains("utf-8"), got.get("type") + "");
        @SuppressWarnings("unchecked")
        List<Long> list = (List<Long>) got.get("bytes");
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = list.get(i).byteValue();
        }
        // The BOM is what makes Excel read UTF-8; without it Zoë would open as ZoÃ«.
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF));
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("Student,Username," + TITLE + " (%)," + TITLE + " submitted," + TITLE + " late,Average (%)",
                lines.get(0));
        assertTrue(lines.contains(csvRow("Ana Lind,ana", "ana", "2027-03-01 12:30", "")), String.join("\n", lines));
        assertTrue(lines.contains(csvRow("Ben Okafor,ben", "ben", "2027-03-03 17:00", "late")), String.join("\n", lines));
        assertTrue(lines.contains(csvRow("Zoë Ångström-Müller,zoe", "zoe", "2027-03-02 18:00", "late")),
                String.join("\n", lines));
        assertEquals(String.format(Locale.ROOT, "Average,,%.1f,3 of 3 submitted,,", mean() * 100), lines.get(4));
    }

    private static String csvRow(String nameAndUser, String student, String submitted, String late) {
        String score = String.format(Locale.ROOT, "%.1f", RIGHT.get(student) * 100.0 / KEYS.size());
        return nameAndUser + "," + score + "," + submitted + "," + late + "," + score;
    }

    private static double mean() {
        return RIGHT.values().stream().mapToInt(Integer::intValue).sum() / (3.0 * KEYS.size());
    }

    private static String percent(int right) {
        return String.format(Locale.ROOT, "%.0f %%", right * 100.0 / KEYS.size());
    }

    private static void assertCell(String student, int right, String submitted, boolean late) {
        WebElement row = browser.findElement(By.cssSelector("tr[data-student='" + student + "']"));
        WebElement cell = row.findElement(By.cssSelector("td[data-assignment='" + assignment + "']"));
        assertEquals(percent(right), cell.findElement(By.cssSelector(".cell-score")).getText(), student);
        assertTrue(cell.getText().contains(submitted), student + ": " + cell.getText());
        assertEquals(late, !cell.findElements(By.cssSelector(".late")).isEmpty(), student + " late: " + cell.getText());
        assertEquals(percent(right), row.findElement(By.cssSelector(".student-average")).getText(), student);
    }

    /** Starts the assignment from the student's home; the attempt's id from the quiz page it opens. */
    private static long start() {
        Browsers.submit(browser, By.cssSelector("#assigned button[aria-label='Start: " + TITLE + "']"));
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*/quiz/(\\d+)/\\d+$", "$1"));
    }

    /**
     * Answers the attempt's questions from the first, right or wrong as {@code rightOrWrong} says, choosing True or
     * False from the stem the page shows and {@link #KEYS}; counts the right ones in {@link #RIGHT}.
     */
    private static void answerAll(String student, long attempt, List<Boolean> rightOrWrong, boolean screenshots) {
        int right = 0;
        for (int p = 1; p <= rightOrWrong.size(); p++) {
            browser.get(app.origin() + "/quiz/" + attempt + "/" + p);
            String stem = browser.findElement(By.cssSelector(".quiz-stem")).getText().trim();
            // The fixed set keeps the teacher's order, so row p of the response matrix is question p.
            assertEquals(List.copyOf(KEYS.keySet()).get(p - 1), stem, "question " + p + " of the fixed set");
            String key = KEYS.get(stem);
            boolean r = rightOrWrong.get(p - 1);
            right += r ? 1 : 0;
            if (stem.equals(TYPED_STEM)) {
                browser.findElement(By.cssSelector("form.quiz-form input[name=answer]")).sendKeys(r ? key : ANAS_TYPED);
            } else {
                String choice = r ? key : (key.equals("True") ? "False" : "True");
                browser.findElement(By.cssSelector("form.quiz-form input[name=answer][value=" + choice + "]")).click();
            }
            if (screenshots && p == 1) {
                check("question", () -> { });
            }
            Browsers.submit(browser, By.cssSelector("form.quiz-form button[type=submit]"));
            if (screenshots && p == 1) {
                check("answer-saved", () -> {
                    String page = browser.findElement(By.tagName("main")).getText();
                    assertTrue(page.contains("Answer saved"), page);
                    assertFalse(page.contains("Correct answer"), "no key while the assignment is open");
                });
            }
        }
        RIGHT.put(student, right);
    }

    private static void signUpAndJoin(String username, String displayName) {
        browser.get(app.origin() + "/");
        browser.manage().deleteAllCookies();
        browser.get(app.origin() + "/signup");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("displayName")).sendKeys(displayName);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertEquals(displayName, browser.findElement(By.cssSelector(".nav__name")).getText());
        browser.get(app.origin() + "/join");
        browser.findElement(By.id("code")).sendKeys(code);
        Browsers.submit(browser, By.cssSelector("form.form button"));
        assertEquals("You joined History 9B.", browser.findElement(By.cssSelector(".alert--ok")).getText());
    }

    private static void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }

    private static void signIn(String username) {
        browser.get(app.origin() + "/");
        browser.manage().deleteAllCookies();
        Browsers.signIn(browser, app.origin(), username, PASSWORD);
    }

    private static void check(String name, Runnable check) {
        PageLayout.checkAtBothWidths(browser, "assignment-story-" + name, check);
    }
}
