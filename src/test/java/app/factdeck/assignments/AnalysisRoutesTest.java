package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.MovableClock;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The item analysis page and the regrade over HTTP. The fixed set is two true/false questions (both true) and a
 * short answer whose accepted answer is "Rasmussen"; four students answer so that their marks are ItemAnalysisTest's
 * hand-worked matrix, rows 111 / 110 / 100 / 001 (ana, ben, cat, dan), and the page must show that test's figures
 * (the working is there; here they are rounded to two decimals). Ben and cat type "Fogh" (wrong); the teacher then
 * accepts it, which must raise ben's score to 3 of 3 and cat's to 2 of 3, in the gradebook and on their summaries.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalysisRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";
    private static final MovableClock CLOCK = new MovableClock(Instant.parse("2027-03-01T07:00:00Z"));

    private static WebClient tess;
    private static WebClient theo;
    private static WebClient ana;
    private static WebClient ben;
    private static WebClient cat;
    private static WebClient dan;
    private static WebClient eve;
    private static long classId;
    private static long assignment;
    private static String analysis;
    private static final List<String> FIXED = new ArrayList<>();
    private static final Map<String, Long> ATTEMPTS = new LinkedHashMap<>();

    @BeforeAll
    static void aClassOfFiveAndAFixedSetOfThree() throws Exception {
        app.close();
        app = TestApp.start(Files.createTempDirectory("factdeck-analysis-"), Map.of(), CLOCK);
        tess = signedIn("tess", PASSWORD, "teacher");
        theo = signedIn("theo", PASSWORD, "teacher");
        ana = signedIn("ana", PASSWORD, "student");
        ben = signedIn("ben", PASSWORD, "student");
        cat = signedIn("cat", PASSWORD, "student");
        dan = signedIn("dan", PASSWORD, "student");
        eve = signedIn("eve", PASSWORD, "student");
        classId = classWith(tess, "History 9B", List.of(ana, ben, cat, dan, eve));
        String bank = "/articles/" + ESP + "/questions";
        for (String stem : List.of("Statement one is true.", "Statement two is true.")) {
            tess.get(bank + "/new?type=true-false");
            assertEquals(302, tess.post(bank + "/new", Map.of("type", "true-false", "stem", stem, "answer", "true",
                    "sentence", "", "action", "save")).statusCode(), stem);
        }
        tess.get(bank + "/new?type=short-answer");
        assertEquals(302, tess.post(bank + "/new", Map.of("type", "short-answer", "stem",
                "Who co-chairs the group?", "accepted", "Rasmussen", "action", "save")).statusCode());
        String form = tess.get("/teacher/classes/" + classId + "/assignments/new?article=" + ESP).body();
        for (String stem : List.of("Statement one is true.", "Statement two is true.", "Who co-chairs the group?")) {
            FIXED.add(first("(?s)name=\"question\" value=\"([^\"]+)\"[^>]*>\\s*<span><span class=\"tag\">[^<]*</span> <span>"
                    + Pattern.quote(stem), form));
        }
        String path = "/teacher/classes/" + classId + "/assignments";
        tess.get(path + "/new");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", "Week 2", "article", ESP, "mode", "fixed",
                "opens", "", "due", "", "lateUntil", "", "zone", "Europe/Kyiv", "attempts", "2", "counts", "best"));
        fields.put("answers", "immediately");
        for (int i = 0; i < FIXED.size(); i++) {
            fields.put("question" + WebClient.REPEAT + i, FIXED.get(i));
        }
        assertEquals(302, tess.post(path, fields).statusCode());
        assignment = Long.parseLong(first("/assignments/(\\d+)/analysis\"", tess.get(path).body()));
        analysis = path + "/" + assignment + "/analysis";
    }

    @Test
    @Order(1)
    void withFewerThanThreeFinishedAttemptsThePageSaysWhyThereAreNoStatistics() {
        answerAll(ana, "True", "True", "Rasmussen");
        answerAll(ben, "True", "True", "Fogh");
        // Dan starts and leaves after one: an attempt in progress is not counted.
        long danAttempt = start(dan);
        answer(dan, danAttempt, 1, "False");
        ATTEMPTS.put("dan", danAttempt);
        String page = tess.get(analysis).body();
        assertTrue(page.contains("id=\"no-statistics\""), page);
        assertTrue(page.contains("they need at least 3 finished attempts, and there are 2 so far"), page);
        assertFalse(page.contains("id=\"questions\""), "no question table");
    }

    @Test
    @Order(2)
    void theHandWorkedMatrixGivesItsFiguresOnThePage() {
        answerAll(cat, "True", "False", "Fogh");
        answer(dan, ATTEMPTS.get("dan"), 2, "False");
        answer(dan, ATTEMPTS.get("dan"), 3, "rasmussen");
        // Dan's second attempt (all right) must not count: the default is each student's first.
        CLOCK.advance(Duration.ofMinutes(5));
        answerAll(dan, "True", "True", "Rasmussen");
        String page = tess.get(analysis).body();
        // Totals 3, 2, 1, 1 of 3 (ItemAnalysisTest's working).
        assertEquals("4", figure(page, "attempts"));
        assertEquals("58.33 %", figure(page, "mean"));
        assertEquals("50.00 %", figure(page, "median"));
        assertEquals("31.91 %", figure(page, "sd"));
        assertEquals("0.85", figure(page, "skewness"));
        assertEquals("-1.29", figure(page, "kurtosis"));
        assertEquals("0.00 %", figure(page, "alpha"));
        assertEquals("100.00 %", figure(page, "error-ratio"));
        assertEquals("31.91 %", figure(page, "standard-error"));

        String q1 = question(page, FIXED.get(0));
        assertEquals("75.00 %", cell(q1, "q-facility"));
        assertEquals("50.00 %", cell(q1, "q-sd"));
        assertEquals("50.00 %", cell(q1, "q-guess"), "true/false: a guess scores 50");
        assertEquals("33.33 %", cell(q1, "q-intended"));
        assertEquals("30.95 %", cell(q1, "q-effective"));
        assertEquals("0.00 %", cell(q1, "q-discrimination"));
        assertEquals("0.00 %", cell(q1, "q-efficiency"));
        assertTrue(q1.contains(">dubious<"), "efficiency 0 < 15");
        String q2 = question(page, FIXED.get(1));
        assertEquals("50.00 %", cell(q2, "q-facility"));
        assertEquals("57.74 %", cell(q2, "q-sd"));
        assertEquals("43.77 %", cell(q2, "q-effective"));
        assertEquals("57.74 %", cell(q2, "q-discrimination"));
        assertEquals("100.00 %", cell(q2, "q-efficiency"));
        assertFalse(q2.contains(">dubious<"));
        String q3 = question(page, FIXED.get(2));
        assertEquals("0.00 %", cell(q3, "q-guess"), "a typed answer is not guessed");
        assertEquals("25.27 %", cell(q3, "q-effective"));
        assertEquals("-30.15 %", cell(q3, "q-discrimination"));
        assertEquals("-33.33 %", cell(q3, "q-efficiency"));
        assertTrue(q3.contains(">dubious<"));

        // Histogram: scores 100, 66.7, 33.3, 33.3 → bands 90–100: 1, 60–70: 1, 30–40: 2.
        assertTrue(page.contains("<svg id=\"histogram\""), "the histogram is drawn");
        String described = first("id=\"histogram-desc\">([^<]+)<", page);
        assertTrue(described.contains("2 in 30–40 %") && described.contains("1 in 60–70 %")
                && described.contains("1 in 90–100 %") && described.contains("0 in 50–60 %"), described);

        // Option counts: q1 True by ana, ben, cat; False by dan. q2 True 2, False 2.
        String r1 = responses(page, FIXED.get(0));
        assertEquals("3", first("(?s)data-option=\"True\">.*?class=\"option-count\">(\\d+)<", r1));
        assertEquals("1", first("(?s)data-option=\"False\">.*?class=\"option-count\">(\\d+)<", r1));
        String r2 = responses(page, FIXED.get(1));
        assertEquals("2", first("(?s)data-option=\"False\">.*?class=\"option-count\">(\\d+)<", r2));
        // Typed: "Rasmussen" and dan's "rasmussen" are one answer (case never matters), right; "Fogh" twice, wrong.
        String r3 = responses(page, FIXED.get(2));
        assertEquals("2", first("(?s)data-answer=\"rasmussen\">.*?class=\"typed-count\">(\\d+)<", r3));
        assertEquals("Right", first("(?s)data-answer=\"rasmussen\">.*?class=\"typed-verdict\">([^<]+)<", r3));
        assertEquals("2", first("(?s)data-answer=\"fogh\">.*?class=\"typed-count\">(\\d+)<", r3));
        assertEquals("Wrong", first("(?s)data-answer=\"fogh\">.*?class=\"typed-verdict\">([^<]+)<", r3));
        assertTrue(r3.contains(">Accept this answer<") && r3.contains(">Mark it wrong<"), r3);

        // All attempts: dan's second (3 of 3) joins, five attempts.
        assertEquals("5", figure(tess.get(analysis + "?attempts=all").body(), "attempts"));
    }

    @Test
    @Order(3)
    void acceptingATypedAnswerRegradesEveryResponseTheGradebookTheSummariesAndLaterAnswers() {
        String book = tess.get("/teacher/classes/" + classId + "/gradebook").body();
        assertTrue(row(book, "ben").contains(">67 %<"), row(book, "ben"));
        tess.get(analysis);
        HttpResponse<String> refused = tess.post(analysis.replace("/analysis", "/regrade"), Map.of(
                "question", FIXED.get(0), "answer", "True", "decision", "accept", "confirm", "yes"));
        assertEquals(400, refused.statusCode(), "a true/false answer is not regraded");

        HttpResponse<String> r = tess.post(analysis.replace("/analysis", "/regrade"), Map.of(
                "question", FIXED.get(2), "answer", "Fogh", "decision", "accept", "confirm", "yes"));
        assertEquals(302, r.statusCode(), r.body());
        String page = tess.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("The answer was accepted; 2 responses were regraded."), page);
        String r3 = responses(page, FIXED.get(2));
        assertEquals("Right", first("(?s)data-answer=\"fogh\">.*?class=\"typed-verdict\">([^<]+)<", r3));
        // The audit row: question 3, answer "fogh", 0 % → 100 %, 2 responses, by Tess.
        String audit = first("(?s)(<table[^>]*id=\"audit\".*?</table>)", page);
        assertTrue(audit.contains(">Q3<") && audit.contains("class=\"audit-answer\">fogh<")
                && audit.contains("class=\"audit-old\">0 %<") && audit.contains("class=\"audit-new\">100 %<")
                && audit.contains("class=\"audit-changed\">2<"), audit);
        // Mean of the first attempts now (3 + 3 + 2 + 1) / 4 = 2.25 of 3 = 75 %.
        assertEquals("75.00 %", figure(page, "mean"));

        // Ben 3 of 3 and cat 2 of 3 in the gradebook; ben's summary shows 100 % and says it was regraded.
        book = tess.get("/teacher/classes/" + classId + "/gradebook").body();
        assertTrue(row(book, "ben").contains(">100 %<"), row(book, "ben"));
        assertTrue(row(book, "cat").contains(">67 %<"), row(book, "cat"));
        String summary = ben.get("/quiz/" + ATTEMPTS.get("ben") + "/summary").body();
        assertEquals("100", first("id=\"score\">(\\d+) %<", summary));
        assertTrue(summary.contains("Your teacher regraded an answer in this attempt"), summary);
        assertFalse(ana.get("/quiz/" + ATTEMPTS.get("ana") + "/summary").body().contains("regraded"),
                "ana's answers did not change");

        // A later answer "FOGH" is graded by the teacher's decision.
        answerAll(eve, "True", "True", "FOGH");
        assertEquals("100", first("id=\"score\">(\\d+) %<", eve.get("/quiz/" + ATTEMPTS.get("eve") + "/summary").body()));

        // Marking it wrong again puts ben back at 2 of 3 (and eve, and cat), audited.
        tess.get(analysis);
        r = tess.post(analysis.replace("/analysis", "/regrade"), Map.of(
                "question", FIXED.get(2), "answer", "fogh", "decision", "reject", "confirm", "yes"));
        assertEquals(302, r.statusCode());
        assertTrue(tess.get(analysis).body().contains("class=\"audit-changed\">3<"), "ben, cat and eve changed");
        assertTrue(row(tess.get("/teacher/classes/" + classId + "/gradebook").body(), "ben").contains(">67 %<"));
    }

    @Test
    @Order(4)
    void onlyTheClassesTeacherOpensTheAnalysisAndRegrades() {
        assertEquals(403, theo.get(analysis).statusCode());
        theo.get("/");
        assertEquals(403, theo.post(analysis.replace("/analysis", "/regrade"), Map.of("question", FIXED.get(2),
                "answer", "x", "decision", "accept")).statusCode());
        assertEquals(403, ana.get(analysis).statusCode());
        ana.get("/");
        assertEquals(403, ana.post(analysis.replace("/analysis", "/regrade"), Map.of("question", FIXED.get(2),
                "answer", "x", "decision", "accept")).statusCode());
        assertEquals(404, tess.get("/teacher/classes/" + classId + "/assignments/999999/analysis").statusCode());
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static void answerAll(WebClient s, String... answers) {
        long attempt = start(s);
        ATTEMPTS.putIfAbsent(s == ana ? "ana" : s == ben ? "ben" : s == cat ? "cat" : s == dan ? "dan" : "eve", attempt);
        for (int p = 1; p <= answers.length; p++) {
            answer(s, attempt, p, answers[p - 1]);
        }
    }

    private static long start(WebClient student) {
        student.get("/");
        HttpResponse<String> r = student.post("/assignments/" + assignment + "/start", Map.of());
        assertEquals(302, r.statusCode(), r.body());
        return Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll("^/quiz/(\\d+)$", "$1"));
    }

    private static void answer(WebClient student, long attempt, int position, String value) {
        student.get("/quiz/" + attempt + "/" + position);
        HttpResponse<String> r = student.post("/quiz/" + attempt + "/" + position, Map.of("answer", value));
        assertEquals(302, r.statusCode(), r.body());
    }

    private static String figure(String page, String id) {
        return first("(?s)data-figure=\"" + id + "\">.*?class=\"figure-value\">([^<]+)<", page).replace('\u00a0', ' ');
    }

    private static String question(String page, String id) {
        return first("(?s)(<tr data-question=\"" + Pattern.quote(id) + "\".*?</tr>)", page);
    }

    private static String responses(String page, String id) {
        return first("(?s)(<section class=\"panel responses\"[^>]*data-question=\"" + Pattern.quote(id)
                + "\">.*?</section>)", page);
    }

    private static String cell(String row, String cls) {
        return first("class=\"" + cls + "\">([^<]+)<", row).replace('\u00a0', ' ');
    }

    private static String row(String book, String username) {
        return first("(?s)(<tr data-student=\"" + username + "\">.*?</tr>)", book);
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in:\n" + text);
        }
        return m.group(1);
    }
}
