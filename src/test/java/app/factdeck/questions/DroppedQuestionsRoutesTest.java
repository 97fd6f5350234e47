package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Fact;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.truefalse.TrueFalse;
import app.factdeck.testing.AppTest;
import app.factdeck.testing.QuizForms;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/**
 * Stored progress that names a question the bank no longer offers: one the ranking left out (a quiz taken before
 * the bank was ranked), and one that no generator makes any more (its article's facts changed). The quiz is made and
 * answered through the app; only its stored question ids are then pointed at such questions, as an older bank
 * would have stored them. Results, progress, flashcards, the teacher's bank page and exports must all still work,
 * and the student's answers keep counting.
 */
class DroppedQuestionsRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String ESP = "espreso-nato-troops-warning";

    @Test
    void aQuizTakenBeforeTheBankWasRankedStillShowsItsResultsAndCountsTowardsProgress() throws Exception {
        QuestionBank bank = QuestionBank.build(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED);
        Set<String> offered = bank.all().stream().map(Question::id).collect(Collectors.toSet());
        QualityGates gates = new QualityGates(TestLibrary.SHIPPED);
        TrueFalse dropped = new QuestionGenerator(TestLibrary.SHIPPED, QuestionGenerator.DEFAULT_SEED, false)
                .generate(ESP).stream().filter(q -> q instanceof TrueFalse && !offered.contains(q.id()))
                .filter(q -> gates.violations(q).isEmpty()).map(TrueFalse.class::cast).findFirst().orElseThrow();
        String droppedFact = dropped.factIds().get(0);
        String goneFact = TestLibrary.SHIPPED.factsOf(ESP).stream().map(Fact::id)
                .filter(f -> !f.equals(droppedFact)).findFirst().orElseThrow();
        String gone = goneFact + "/short-answer/no-longer-generated";
        assertTrue(bank.find(gone).isEmpty(), "no bank has " + gone);

        WebClient student = signedIn("pat", PASSWORD, "student");
        student.get("/articles/" + ESP);
        String quiz = student.post("/articles/" + ESP + "/quiz", Map.of()).headers().firstValue("Location")
                .orElseThrow();
        long attempt = Long.parseLong(quiz.substring("/quiz/".length()));

        // Question 1 becomes the dropped true/false, before it is shown: the student answers it right.
        setQuestion(attempt, 1, dropped.id());
        HttpResponse<String> page = student.get(quiz + "/1");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(text(page).contains(dropped.stem()), "the question a quiz was planned with is still asked");
        assertEquals(302, student.post(quiz + "/1", Map.of("answer", dropped.correctAnswer())).statusCode());
        // Question 2 is answered as planned, and then its question leaves every bank.
        String second = student.get(quiz + "/2").body();
        // Typed as a name, a date or a number, whichever the question reads (a date's box refuses "Vilnius").
        int status = 0;
        for (String typed : List.of("Vilnius", "7 June 2023", "June 2023", "3")) {
            status = student.post(quiz + "/2", QuizForms.anyCompleteAnswer(second, typed)).statusCode();
            if (status == 302) {
                break;
            }
        }
        assertEquals(302, status);
        setQuestion(attempt, 2, gone);

        HttpResponse<String> summary = student.get(quiz + "/summary");
        assertEquals(200, summary.statusCode(), summary.body());
        assertTrue(text(summary).contains(dropped.stem()), "the dropped question is listed with its answer");
        Matcher words = Pattern.compile("id=\"score-words\">([^<]*)<").matcher(summary.body());
        assertTrue(words.find(), summary.body());
        assertTrue(words.group(1).matches("[12] right.*"), "both stored answers still count: " + words.group(1));

        HttpResponse<String> gonePage = student.get(quiz + "/2");
        assertNotEquals(500, gonePage.statusCode());
        assertEquals(404, gonePage.statusCode(), "the gone question says where the results are");
        assertTrue(gonePage.body().contains("/quiz/" + attempt + "/summary"), gonePage.body());

        HttpResponse<String> progress = student.get("/progress");
        assertEquals(200, progress.statusCode(), progress.body());
        Matcher row = Pattern.compile("(?s)data-article=\"" + ESP + "\".*?class=\"mastered\">(\\d+)<.*?"
                + "class=\"learning\">(\\d+)<").matcher(progress.body());
        assertTrue(row.find(), progress.body());
        assertEquals(2, Integer.parseInt(row.group(1)) + Integer.parseInt(row.group(2)),
                "the facts of both answers (" + droppedFact + ", " + goneFact + ") are no longer new");
    }

    @Test
    void aFlashcardReviewAndATeachersHideRecordOfADroppedQuestionBreakNoPage() throws Exception {
        WebClient student = signedIn("kim", PASSWORD, "student");
        String card = student.get("/study/" + ESP).body();
        Matcher shown = Pattern.compile("data-card-id=\"([^\"]+)\"").matcher(card);
        assertTrue(shown.find(), card);
        String cardId = StringEscapeUtils.unescapeHtml4(shown.group(1));
        HttpResponse<String> rated = student.post("/study/" + ESP + "/review",
                Map.of("card", cardId, "reps", "0", "rating", "3"));
        assertEquals(302, rated.statusCode(), rated.body());
        String droppedCard = ESP.substring(0, 3) + "-001/cloze/no-longer-generated";
        try (Connection c = connection()) {
            for (String table : List.of("card_state", "review_log")) {
                try (PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET card_id = ? WHERE card_id = ?")) {
                    u.setString(1, droppedCard);
                    u.setString(2, cardId);
                    assertEquals(1, u.executeUpdate(), table);
                }
            }
        }
        for (String path : List.of("/study", "/study/" + ESP, "/study/due", "/progress", "/")) {
            HttpResponse<String> r = student.get(path);
            assertTrue(r.statusCode() == 200 || r.statusCode() == 404, path + ": " + r.statusCode());
            assertNotEquals(500, r.statusCode(), path);
        }
        String stats = student.get("/progress").body();
        Matcher studied = Pattern.compile("id=\"cards-studied\">(\\d+) of (\\d+)<").matcher(stats);
        assertTrue(studied.find(), stats);
        assertEquals(0, Integer.parseInt(studied.group(1)), "a card no deck holds is not counted as studied");
        String undoForm = student.get("/study/" + ESP).body();
        Matcher review = Pattern.compile("name=\"review\" value=\"(\\d+)\"").matcher(undoForm);
        if (review.find()) {
            HttpResponse<String> undone = student.post("/study/" + ESP + "/undo", Map.of("review", review.group(1)));
            assertEquals(302, undone.statusCode(), undone.body());
        }

        WebClient teacher = signedIn("tia", PASSWORD, "teacher");
        try (Connection c = connection();
             PreparedStatement hide = c.prepareStatement("INSERT INTO question_review (question_id, article_slug, "
                     + "status, changed_at) VALUES (?, ?, 'hidden', 0)")) {
            hide.setString(1, droppedCard);
            hide.setString(2, ESP);
            hide.executeUpdate();
        }
        for (String path : List.of("/articles/" + ESP + "/questions", "/", "/teacher/export?format=gift&article="
                + ESP, "/teacher/export?format=quizlet&article=" + ESP)) {
            HttpResponse<String> r = teacher.get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
        }
        assertFalse(teacher.get("/articles/" + ESP + "/questions").body().contains(droppedCard));
    }

    private static void setQuestion(long attempt, int position, String questionId) throws Exception {
        try (Connection c = connection();
             PreparedStatement u = c.prepareStatement(
                     "UPDATE attempt_question SET question_id = ? WHERE attempt_id = ? AND position = ?")) {
            u.setString(1, questionId);
            u.setLong(2, attempt);
            u.setInt(3, position);
            assertEquals(1, u.executeUpdate());
        }
    }

    private static Connection connection() throws Exception {
        return app.connection();
    }

    private static String text(HttpResponse<String> r) {
        return StringEscapeUtils.unescapeHtml4(r.body());
    }
}
