package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a student types is bounded: a number of sane size, an answer of at most 200 characters, and a repeat to
 * an answered question costs nothing. Over HTTP on the real app, with a teacher's numerical and short-answer
 * question in the quiz.
 */
class AnswerLimitsRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String SLUG = "kyiv-independent-nato-troops-warning";
    private static String numerical;
    private static String shortAnswer;

    @BeforeAll
    static void teacherWritesQuestions() {
        WebClient teacher = signedIn("tess", PASSWORD, "teacher");
        String bank = "/articles/" + SLUG + "/questions";
        teacher.get(bank + "/new?type=numerical");
        numerical = savedId(teacher.post(bank + "/new", Map.of("type", "numerical", "stem",
                "How many presidents signed the statement of 2 October 2022?", "answer", "9", "tolerance", "0",
                "action", "save"))) + "/1";
        teacher.get(bank + "/new?type=short-answer");
        shortAnswer = savedId(teacher.post(bank + "/new", Map.of("type", "short-answer", "stem",
                "Who co-chairs the group?", "accepted", "Rasmussen", "action", "save"))) + "/1";
    }

    @Test
    void aNumberWithAHugeExponentIsRefusedAtOnceWithTheNumberMessageAndTheInputKept() throws Exception {
        WebClient student = signedIn("nina", PASSWORD, "student");
        String quiz = startQuiz(student);
        int position = positionOf(quiz, numerical);
        student.get(quiz + "/" + position);
        long started = System.nanoTime();
        HttpResponse<String> refused = student.post(quiz + "/" + position, Map.of("answer", "1e30000000"));
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("&#39;1e30000000&#39; is not a number. Type it in digits"), refused.body());
        assertTrue(refused.body().contains("value=\"1e30000000\""), "the typed input kept");
        assertTrue(ms < 2_000, "answered in " + ms + " ms");
        assertEquals(null, storedAnswer(quiz, position));
    }

    @Test
    void aRepeatToAnAnsweredQuestionIsNeitherGradedNorStored() throws Exception {
        WebClient student = signedIn("omar", PASSWORD, "student");
        String quiz = startQuiz(student);
        int position = positionOf(quiz, numerical);
        student.get(quiz + "/" + position);
        assertEquals(302, student.post(quiz + "/" + position, Map.of("answer", "9")).statusCode());
        student.get(quiz + "/" + position);
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> again = student.post(quiz + "/" + position, Map.of("answer", "1e30000000"));
            assertEquals(302, again.statusCode(), "the feedback page, not a 400: the question is answered");
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertTrue(ms < 2_000, "five repeats in " + ms + " ms");
        student.post(quiz + "/" + position, Map.of("answer", "8"));
        assertEquals("[\"9\"]", storedAnswer(quiz, position), "the first answer wins");
        assertTrue(student.get(quiz + "/" + position).body().contains("class=\"feedback__verdict\">Right</h2>"));
    }

    @Test
    void aTypedAnswerOverTwoHundredCharactersIsRefusedAndNeverEchoedInFull() throws Exception {
        WebClient student = signedIn("pia", PASSWORD, "student");
        String quiz = startQuiz(student);
        int position = positionOf(quiz, shortAnswer);
        student.get(quiz + "/" + position);
        String typed = "Rasmussen-".repeat(500);
        HttpResponse<String> refused = student.post(quiz + "/" + position, Map.of("answer", typed));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Your answer is 5,000 characters long; an answer has at most 200. "
                + "Shorten it."), refused.body());
        Matcher kept = Pattern.compile("name=\"answer\" type=\"text\" autocomplete=\"off\" value=\"([^\"]*)\"")
                .matcher(refused.body());
        assertTrue(kept.find(), refused.body());
        assertEquals(typed.substring(0, 1000), kept.group(1), "the first 1000 characters kept, no more");
        assertFalse(refused.body().contains(typed.substring(0, 1001)));
        // A little too long comes back whole, so the student can shorten it without retyping.
        String wordy = "Anders Fogh Rasmussen, ".repeat(12);
        HttpResponse<String> again = student.post(quiz + "/" + position, Map.of("answer", wordy));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("value=\"" + wordy + "\""), "kept whole");
        assertEquals(null, storedAnswer(quiz, position));

        assertEquals(302, student.post(quiz + "/" + position, Map.of("answer", "Rasmussen")).statusCode());
        assertEquals("[\"Rasmussen\"]", storedAnswer(quiz, position));
    }

    private static String startQuiz(WebClient student) {
        student.get("/articles/" + SLUG);
        return student.post("/articles/" + SLUG + "/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
    }

    private static String savedId(HttpResponse<String> saved) {
        Matcher m = Pattern.compile("saved=a%2F(\\d+)").matcher(saved.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find(), saved.statusCode() + " " + saved.body());
        return "a/" + m.group(1);
    }

    /** Where the quiz asks {@code questionId} (a teacher's new question is among the first a new student gets). */
    private static int positionOf(String quiz, String questionId) throws Exception {
        try (Connection c = db(); PreparedStatement q = c.prepareStatement(
                "SELECT position FROM attempt_question WHERE attempt_id = ? AND question_id = ?")) {
            q.setLong(1, attemptId(quiz));
            q.setString(2, questionId);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), questionId + " is in " + quiz);
                return rs.getInt(1);
            }
        }
    }

    private static String storedAnswer(String quiz, int position) throws Exception {
        try (Connection c = db(); PreparedStatement q = c.prepareStatement(
                "SELECT answer FROM attempt_response WHERE attempt_id = ? AND position = ?")) {
            q.setLong(1, attemptId(quiz));
            q.setInt(2, position);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static long attemptId(String quiz) {
        return Long.parseLong(quiz.substring("/quiz/".length()));
    }

    private static Connection db() throws Exception {
        return app.connection();
    }
}
