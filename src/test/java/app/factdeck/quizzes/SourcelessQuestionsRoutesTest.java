package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A teacher's question that cites no sentence (the form's default "Sentence: None", and every GIFT or Aiken import)
 * in article and mixed quizzes: its question, feedback, results and "Practise the ones I missed" all work.
 * The results page used to fail with a 500 on such a quiz.
 */
class SourcelessQuestionsRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static final String FORM_STEM = "Which city did the teacher pick for this sourceless question?";
    private static final String GIFT_STEM = "Which city hosted the imported summit question?";

    @BeforeAll
    static void aTeacherWritesOneQuestionAndImportsAnotherBothCitingNoSentence() {
        WebClient teacher = signedIn("tess", PASSWORD, "teacher");
        teacher.get("/articles/" + KI + "/questions/new?type=multiple-choice");
        HttpResponse<String> saved = teacher.post("/articles/" + KI + "/questions/new", Map.of("type",
                "multiple-choice", "stem", FORM_STEM, "option-0", "Vilnius", "option-1", "Riga", "option-2", "Warsaw",
                "correct", "0", "sentence", "", "action", "save"));
        assertEquals(302, saved.statusCode(), saved.body());

        teacher.get("/teacher/transfer");
        HttpResponse<String> imported = teacher.postMultipart("/teacher/import", Map.of("article", KI, "format",
                "gift"), "file", "summit.gift", (GIFT_STEM + " {=Vilnius ~Riga ~Tallinn}\n").getBytes(
                StandardCharsets.UTF_8));
        assertTrue(imported.body().contains("Imported 1 question"), imported.body());
    }

    @Test
    void anArticleQuizWithATeachersQuestionCitingNoSentenceShowsItsResultsAndPractisesTheMissedOnes()
            throws Exception {
        WebClient student = signedIn("stu", PASSWORD, "student");
        student.get("/articles/" + KI);
        String quiz = student.post("/articles/" + KI + "/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
        List<String> asked = questionsOf(quiz);
        int position = positionOfTeachersQuestion(asked);

        HttpResponse<String> page = student.get(quiz + "/" + position);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(302, student.post(quiz + "/" + position, Map.of("answer", "Riga")).statusCode());
        HttpResponse<String> feedback = student.get(quiz + "/" + position);
        assertEquals(200, feedback.statusCode(), feedback.body());
        assertTrue(feedback.body().contains("Vilnius"), "the right answer is shown");

        HttpResponse<String> summary = student.get(quiz + "/summary");
        assertEquals(200, summary.statusCode(), summary.body());
        assertTrue(summary.body().contains(FORM_STEM) || summary.body().contains(GIFT_STEM), summary.body());

        HttpResponse<String> practice = student.post(quiz + "/practice", Map.of());
        assertEquals(302, practice.statusCode(), practice.body());
        String again = practice.headers().firstValue("Location").orElseThrow();
        assertTrue(again.matches("/quiz/\\d+") && !again.equals(quiz), again);
        List<String> practised = questionsOf(again);
        assertTrue(practised.contains(asked.get(position - 1)), "the missed teacher's question is practised");
        int there = practised.indexOf(asked.get(position - 1)) + 1;
        assertEquals(200, student.get(again + "/" + there).statusCode());
        assertEquals(200, student.get(again + "/summary").statusCode());
    }

    @Test
    void aMixedQuizWithBothTeachersQuestionsShowsItsResults() throws Exception {
        WebClient student = signedIn("mia", PASSWORD, "student");
        student.get("/");
        String quiz = student.post("/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
        List<String> asked = questionsOf(quiz);
        // Both teacher's questions answer "Vilnius", and a quiz never asks one key twice: one of them is asked.
        assertEquals(1, asked.stream().filter(id -> id.startsWith("a/")).count(),
                "a teacher's question is asked first, not both with one key: " + asked);
        for (int p = 1; p <= asked.size(); p++) {
            if (asked.get(p - 1).startsWith("a/")) {
                student.get(quiz + "/" + p);
                assertEquals(302, student.post(quiz + "/" + p, Map.of("answer", "Vilnius")).statusCode());
            }
        }
        HttpResponse<String> summary = student.get(quiz + "/summary");
        assertEquals(200, summary.statusCode(), summary.body());
        assertTrue(summary.body().contains(FORM_STEM) != summary.body().contains(GIFT_STEM), summary.body());
        assertEquals(302, student.post(quiz + "/practice", Map.of()).statusCode());
    }

    private static int positionOfTeachersQuestion(List<String> asked) {
        for (int p = 1; p <= asked.size(); p++) {
            if (asked.get(p - 1).startsWith("a/")) {
                return p;
            }
        }
        throw new AssertionError("a new student's quiz asks the teacher's questions first: " + asked);
    }

    private static List<String> questionsOf(String quiz) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = app.connection();
             PreparedStatement q = c.prepareStatement(
                     "SELECT question_id FROM attempt_question WHERE attempt_id = ? ORDER BY position")) {
            q.setLong(1, Long.parseLong(quiz.substring("/quiz/".length())));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }
}
