package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.MovableClock;
import app.factdeck.testing.QuizForms;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
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
 * Assignments over HTTP with a clock the test moves: the teacher's form (refused input keeps its values), a
 * student starting, resuming, refused after the attempts allowed and after the cut-off, an attempt in progress
 * closed at the cut-off with what was answered, late marking, answers hidden and shown per review option, the
 * gradebook's numbers and its CSV, and who may open what.
 *
 * <p>The fixed set is four true/false questions the teacher writes (the first two true, the last two false), so
 * every score below is worked by hand from which ones a student answers right.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssignmentsRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";
    /** Monday 1 March 2027, 09:00 in Kyiv (UTC+2 in winter). */
    private static final Instant T0 = Instant.parse("2027-03-01T07:00:00Z");
    private static final MovableClock CLOCK = new MovableClock(T0);
    private static final List<String> STEMS = List.of("Statement one is true.", "Statement two is true.",
            "Statement three is false.", "Statement four is false.");

    private static WebClient tess;
    private static WebClient ana;
    private static WebClient ben;
    private static WebClient cat;
    private static WebClient olga;
    private static WebClient theo;
    private static long classId;
    /** The fixed set's ids, in the order of {@link #STEMS}. */
    private static final List<String> FIXED = new ArrayList<>();
    private static long fixedAssignment;
    private static long anaAttempt;
    private static long benAttempt;

    @BeforeAll
    static void aClassWithThreeStudentsAndFourTrueFalseQuestions() throws Exception {
        // AppTest's app runs on the system clock; this class needs one it moves.
        app.close();
        app = TestApp.start(Files.createTempDirectory("factdeck-assignments-"), Map.of(), CLOCK);
        tess = signedIn("tess", PASSWORD, "teacher");
        theo = signedIn("theo", PASSWORD, "teacher");
        ana = signedIn("ana", PASSWORD, "student");
        ben = signedIn("ben", PASSWORD, "student");
        cat = signedIn("cat", PASSWORD, "student");
        olga = signedIn("olga", PASSWORD, "student");
        classId = classWith(tess, "History 9B — Année", List.of(ana, ben, cat));
        theo.get("/teacher/classes");
        theo.post("/teacher/classes", Map.of("name", "Theo's class"));
        for (int i = 0; i < STEMS.size(); i++) {
            tess.get("/articles/" + ESP + "/questions/new?type=true-false");
            assertEquals(302, tess.post("/articles/" + ESP + "/questions/new", Map.of("type", "true-false",
                    "stem", STEMS.get(i), "answer", i < 2 ? "true" : "false", "sentence", "", "action", "save"))
                    .statusCode(), STEMS.get(i));
        }
        String form = tess.get("/teacher/classes/" + classId + "/assignments/new?article=" + ESP).body();
        for (String stem : STEMS) {
            FIXED.add(first("(?s)name=\"question\" value=\"([^\"]+)\"[^>]*>\\s*<span><span class=\"tag\">[^<]*</span> <span>"
                    + Pattern.quote(stem), form));
        }
    }

    @Test
    @Order(1)
    void badInputIsRefusedWith400AMessagePerFieldAndEveryValueKept() {
        String path = "/teacher/classes/" + classId + "/assignments";
        tess.get(path + "/new");
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "", "article", ESP, "mode", "drawn",
                "drawn", "99", "opens", "2027-03-05T17:00", "due", "2027-03-04T17:00", "lateUntil", "tomorrow",
                "zone", "Europe/Kyiv", "attempts", "3", "counts", "last"));
        form.put("answers", "after-due");
        HttpResponse<String> r = tess.post(path, form);
        assertEquals(400, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("Give the assignment a title"), "title");
        assertTrue(page.contains("Give a number of questions from 1 to 50."), "drawn");
        assertTrue(page.contains("The due time must be after the opening time."), "due");
        assertTrue(page.contains("Give a date and time such as 2027-03-05T17:00"), "late until");
        assertTrue(page.contains("value=\"99\""), "the number typed is kept");
        assertTrue(page.contains("value=\"2027-03-05T17:00\"") && page.contains("value=\"2027-03-04T17:00\"")
                && page.contains("value=\"tomorrow\""), "the times typed are kept");
        assertTrue(page.contains("<option value=\"Europe/Kyiv\" selected"), "the zone is kept");
        assertTrue(page.contains("<option value=\"3\" selected"), "the attempts are kept");
        assertTrue(page.contains("value=\"last\" id=\"counts-last\" checked"), "which counts is kept");
        assertEquals(0, countOf(tess.get(path).body(), "data-label=\"Title\""), "nothing was saved");

        // A fixed set with nothing ticked, and answers after the due time with no due time.
        tess.get(path + "/new");
        r = tess.post(path, Map.of("title", "Week 1", "article", ESP, "mode", "fixed", "zone", "Europe/Kyiv",
                "attempts", "1", "counts", "best", "answers", "after-due"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Tick the questions every student answers"), "question");
        assertTrue(r.body().contains("needs a due time"), "answers");
        assertTrue(r.body().contains("value=\"Week 1\""), "the title is kept");

        // A title over the limit, and a question that is not the article's.
        tess.get(path + "/new");
        r = tess.post(path, Map.of("title", "x".repeat(121), "article", ESP, "mode", "fixed",
                "question", "no/such/question", "zone", "Europe/Kyiv", "attempts", "1", "counts", "best",
                "answers", "immediately"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("at most 120 characters; this one has 121"), "title length");
        assertTrue(r.body().contains("Some ticked questions are not this article"), "foreign question");
    }

    @Test
    @Order(2)
    void aFixedSetWithACutOffHidesAnswersUntilItClosesAndClosesWhatIsInProgress() throws Exception {
        // Due Tuesday 17:00 Kyiv (15:00 UTC), late until Wednesday 17:00; two attempts, the best counts.
        fixedAssignment = create(Map.of("title", "Week 1: the summit", "article", ESP, "mode", "fixed",
                "opens", "2027-03-01T08:00", "due", "2027-03-02T17:00", "lateUntil", "2027-03-03T17:00",
                "zone", "Europe/Kyiv", "attempts", "2", "counts", "best", "answers", "after-due"), FIXED);
        String home = ana.get("/").body();
        assertTrue(home.contains("Assigned to you") && home.contains("Week 1: the summit"), home);
        assertTrue(home.contains("Due 2 March 2027 at 17:00 (Europe/Kyiv), in 32 hours"), "due in words");
        assertTrue(home.contains("Not started") && home.contains(">Start<"), "not started, with Start");
        assertFalse(olga.get("/").body().contains("Week 1: the summit"), "not on another class's student's home");

        // Ana starts: the attempt holds the fixed set in its order; she answers two, leaves, and resumes the same one.
        anaAttempt = start(ana, fixedAssignment);
        assertEquals(FIXED, app.questionsOf(anaAttempt));
        answer(ana, anaAttempt, 1, "True");
        answer(ana, anaAttempt, 2, "True");
        assertTrue(ana.get("/").body().contains("In progress"), "in progress");
        assertTrue(ana.get("/").body().contains(">Resume<"), "resume");
        assertEquals(anaAttempt, start(ana, fixedAssignment), "Start again resumes the attempt in progress");
        assertEquals("/quiz/" + anaAttempt + "/3", ana.get("/quiz/" + anaAttempt).headers().firstValue("Location")
                .orElseThrow(), "resumes at the first unanswered question");
        // Answers are withheld until the assignment closes: a saved answer says only that.
        String feedback = ana.get("/quiz/" + anaAttempt + "/2").body();
        assertTrue(feedback.contains("Answer saved"), "saved");
        assertFalse(feedback.contains("Correct answer") || feedback.contains(">Right<"), "no verdict, no key");
        answer(ana, anaAttempt, 3, "False");
        answer(ana, anaAttempt, 4, "True"); // wrong: 3 of 4
        String summary = ana.get("/quiz/" + anaAttempt + "/summary").body();
        assertTrue(summary.contains("75 %"), "the score is shown");
        assertTrue(summary.contains("You will see the right answers after the assignment closes on 3 March 2027 at "
                + "17:00 (Europe/Kyiv)."), "when the answers will be shown");
        assertFalse(summary.contains("Your answers") || summary.contains("Correct answer"), "answers hidden");
        assertEquals(302, ana.post("/quiz/" + anaAttempt + "/practice", Map.of()).statusCode());
        assertTrue(ana.get("/").body().contains("Try again"), "a second attempt is allowed");

        // Ben answers two (one right, one wrong), then stops.
        benAttempt = start(ben, fixedAssignment);
        answer(ben, benAttempt, 1, "True");
        answer(ben, benAttempt, 2, "False");

        // After the due time, before the cut-off: Cat starts late and answers all four right.
        CLOCK.set(Instant.parse("2027-03-02T16:00:00Z"));
        assertTrue(cat.get("/").body().contains("Was due 2 March 2027 at 17:00 (Europe/Kyiv); late attempts until "
                + "3 March 2027 at 17:00 (Europe/Kyiv)"), "late window in words");
        long catAttempt = start(cat, fixedAssignment);
        for (int p = 1; p <= 4; p++) {
            answer(cat, catAttempt, p, p <= 2 ? "True" : "False");
        }
        String catHome = cat.get("/").body();
        assertTrue(catHome.contains("100 %") && catHome.contains("late"), "submitted late: " + catHome);

        // Past the cut-off: no new attempt; Ben's open one is closed at the cut-off with 2 of 4 answered.
        CLOCK.set(Instant.parse("2027-03-03T15:00:01Z"));
        HttpResponse<String> refused = ana.post("/assignments/" + fixedAssignment + "/start", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("This assignment closed on 3 March 2027 at 17:00 (Europe/Kyiv); no new "
                + "attempts are taken."), refused.body());
        assertEquals("/quiz/" + benAttempt + "/summary", ben.get("/quiz/" + benAttempt + "/3").headers()
                .firstValue("Location").orElseThrow(), "the closed attempt takes no more answers");
        assertEquals(302, ben.post("/quiz/" + benAttempt + "/3", Map.of("answer", "False")).statusCode());
        String closed = ben.get("/quiz/" + benAttempt + "/summary").body();
        assertTrue(closed.contains("closed at the assignment&#39;s cut-off, 3 March 2027 at 17:00 (Europe/Kyiv), with "
                + "2 of 4 questions answered"), closed);
        assertTrue(closed.contains("25 %"), "1 of 4 right");
        // Closed, so the answers are shown now.
        assertTrue(closed.contains("Your answers") && closed.contains("Correct answer"), "answers shown after closing");
        assertTrue(ana.get("/quiz/" + anaAttempt + "/summary").body().contains("Correct answer"), "Ana's too");
    }

    @Test
    @Order(3)
    void theGradebookShowsEachCountingScoreWithLateMarksAndAveragesAndItsCsv() {
        String book = tess.get("/teacher/classes/" + classId + "/gradebook").body();
        String anaRow = row(book, "ana");
        String benRow = row(book, "ben");
        String catRow = row(book, "cat");
        assertTrue(anaRow.contains(">75 %<") && !anaRow.contains(">late<"), anaRow);
        // Ben's closed attempt counts as submitted at the cut-off, which is after the due time: late.
        assertTrue(benRow.contains(">25 %<") && benRow.contains(">late<") && benRow.contains("3 Mar 2027 17:00"), benRow);
        assertTrue(catRow.contains(">100 %<") && catRow.contains(">late<") && catRow.contains("2 Mar 2027 18:00"), catRow);
        assertTrue(anaRow.contains("/teacher/classes/" + classId + "/attempts/" + anaAttempt), "links to the attempt");
        // (75 + 25 + 100) / 3 = 66.67: 67 % on the page (whole percents), 66.7 in the CSV
        assertTrue(book.matches("(?s).*class=\"assignment-average\" data-label=\"[^\"]*\"><span>67 %</span>\\s*"
                + "<span class=\"meta\">3 of 3 submitted.*"), book);

        HttpResponse<String> csv = tess.get("/teacher/classes/" + classId + "/gradebook/csv");
        assertEquals(200, csv.statusCode());
        assertEquals("attachment; filename=\"history-9b-annee-gradebook.csv\"",
                csv.headers().firstValue("Content-Disposition").orElseThrow());
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFFStudent,Username,Week 1: the summit (%),Week 1: the summit submitted,Week 1: the summit late,"
                + "Average (%)", lines[0]);
        assertEquals("Ana,ana,75.0,2027-03-01 09:00,,75.0", lines[1]);
        assertEquals("Ben,ben,25.0,2027-03-03 17:00,late,25.0", lines[2]);
        assertEquals("Cat,cat,100.0,2027-03-02 18:00,late,100.0", lines[3]);
        assertEquals("Average,,66.7,3 of 3 submitted,,", lines[4]);

        String review = tess.get("/teacher/classes/" + classId + "/attempts/" + benAttempt).body();
        assertTrue(review.contains("Closed at the cut-off, 2 of 4 answered") && review.contains("Not answered")
                && review.contains(STEMS.get(3)), review);
    }

    @Test
    @Order(4)
    void oneAttemptAllowedIsRefusedAfterItAndAnswersShowAfterTheLastAttempt() {
        CLOCK.set(Instant.parse("2027-03-04T08:00:00Z"));
        long one = create(Map.of("title", "Week 2", "article", ESP, "mode", "fixed", "zone", "UTC",
                "attempts", "1", "counts", "first", "answers", "after-last-attempt"), FIXED.subList(0, 2));
        long attempt = start(ana, one);
        answer(ana, attempt, 1, "True");
        assertTrue(ana.get("/quiz/" + attempt + "/1").body().contains("Answer saved"), "hidden while attempts remain");
        answer(ana, attempt, 2, "True");
        // The last allowed attempt is submitted: the answers show.
        assertTrue(ana.get("/quiz/" + attempt + "/2").body().contains(">Right<"), "shown after the last attempt");
        HttpResponse<String> refused = ana.post("/assignments/" + one + "/start", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("You have used your one attempt at this assignment."), refused.body());
        assertTrue(ana.get("/").body().contains("You have used your one attempt"), "said on the home too");

        long drawn = create(Map.of("title", "Week 3", "article", ESP, "mode", "drawn", "drawn", "3", "zone", "UTC",
                "attempts", "0", "counts", "last", "answers", "immediately"), List.of());
        long a = start(ben, drawn);
        assertEquals(3, assertDrawn(a));
        answer(ben, a, 1, null);
        String page = ben.get("/quiz/" + a + "/1").body();
        assertTrue(page.contains("feedback__verdict") && !page.contains("Answer saved"), "shown immediately");
    }

    @Test
    @Order(5)
    void onlyTheClassesTeacherOpensItsAssignmentsAndOnlyItsStudentsStartThem() {
        String cls = "/teacher/classes/" + classId;
        for (String path : List.of(cls + "/assignments", cls + "/assignments/new", cls + "/gradebook",
                cls + "/gradebook/csv", cls + "/attempts/" + anaAttempt, cls + "/assignments/" + fixedAssignment + "/edit",
                cls + "/assignments/" + fixedAssignment + "/delete")) {
            assertEquals(403, theo.get(path).statusCode(), "another teacher: " + path);
            assertEquals(403, ana.get(path).statusCode(), "a student: " + path);
            assertEquals(200, tess.get(path).statusCode(), "the class's teacher: " + path);
        }
        olga.get("/");
        assertEquals(403, olga.post("/assignments/" + fixedAssignment + "/start", Map.of()).statusCode());
        assertEquals(403, olga.get("/quiz/" + anaAttempt + "/summary").statusCode());
        theo.get("/teacher/classes");
        assertEquals(403, theo.post(cls + "/assignments/" + fixedAssignment + "/delete", Map.of()).statusCode());
        // An assignment of this class under another class's address is not found.
        String theirs = first("href=\"/teacher/classes/(\\d+)\"", theo.get("/teacher/classes").body());
        assertEquals(404, theo.get("/teacher/classes/" + theirs + "/assignments/" + fixedAssignment + "/edit").statusCode());
        assertEquals(404, theo.get("/teacher/classes/" + theirs + "/attempts/" + anaAttempt).statusCode());
    }

    @Test
    @Order(6)
    void editingKeepsTheAttemptsAndDeletingLeavesThemAsOrdinaryQuizzes() {
        String base = "/teacher/classes/" + classId + "/assignments/" + fixedAssignment;
        String edit = tess.get(base + "/edit").body();
        assertTrue(edit.contains("value=\"Week 1: the summit\"") && edit.contains("value=\"2027-03-02T17:00\""), edit);
        Map<String, String> form = new LinkedHashMap<>(Map.of("title", "Week 1 (renamed)", "article", ESP, "mode",
                "fixed", "opens", "2027-03-01T08:00", "due", "2027-03-02T17:00", "lateUntil", "2027-03-03T17:00",
                "zone", "Europe/Kyiv", "attempts", "2", "counts", "best"));
        form.put("answers", "after-due");
        for (int i = 0; i < FIXED.size(); i++) {
            form.put("question" + WebClient.REPEAT + i, FIXED.get(i));
        }
        assertEquals(302, tess.post(base + "/edit", form).statusCode());
        assertTrue(tess.get("/teacher/classes/" + classId + "/gradebook").body().contains("Week 1 (renamed)"));
        assertTrue(tess.get(base + "/delete").body().contains("The 3 attempts made for it stay"));
        assertEquals(302, tess.post(base + "/delete", Map.of()).statusCode());
        assertFalse(tess.get("/teacher/classes/" + classId + "/gradebook").body().contains("Week 1 (renamed)"));
        assertEquals(200, ana.get("/quiz/" + anaAttempt + "/summary").statusCode(), "the attempt is an ordinary quiz now");
    }

    private static int assertDrawn(long attempt) {
        try {
            return app.questionsOf(attempt).size();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long create(Map<String, String> fields, List<String> fixed) {
        String path = "/teacher/classes/" + classId + "/assignments";
        tess.get(path + "/new");
        Map<String, String> form = new LinkedHashMap<>(fields);
        for (int i = 0; i < fixed.size(); i++) {
            form.put("question" + WebClient.REPEAT + i, fixed.get(i));
        }
        HttpResponse<String> r = tess.post(path, form);
        assertEquals(302, r.statusCode(), r.body());
        String list = tess.get(path).body();
        return Long.parseLong(first("/assignments/(\\d+)/edit\"[^>]*aria-label=\"Edit " + Pattern.quote(fields.get("title"))
                + "\"", list));
    }

    private static long start(WebClient student, long assignment) {
        student.get("/");
        HttpResponse<String> r = student.post("/assignments/" + assignment + "/start", Map.of());
        assertEquals(302, r.statusCode(), r.body());
        return Long.parseLong(r.headers().firstValue("Location").orElseThrow().replaceAll("^/quiz/(\\d+)$", "$1"));
    }

    /** Answers one question: {@code choice} for a true/false one, any complete answer when null. */
    private static void answer(WebClient student, long attempt, int position, String choice) {
        String page = student.get("/quiz/" + attempt + "/" + position).body();
        Map<String, String> form = choice == null ? QuizForms.anyCompleteAnswer(page, "x")
                : Map.of("answer", choice);
        assertEquals(302, student.post("/quiz/" + attempt + "/" + position, form).statusCode());
    }

    private static String row(String book, String username) {
        return first("(?s)(<tr data-student=\"" + username + "\">.*?</tr>)", book);
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static String first(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in:\n" + text);
        }
        return m.group(1);
    }
}
