package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * /progress reads the same mastery rule as quiz planning: a teacher's question is an item of its own on its
 * article's row (it used to be left out, so a quiz asked about what the progress page never showed).
 */
class ProgressMasteryRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String KI = "kyiv-independent-nato-troops-warning";

    @Test
    void aTeachersQuestionAnsweredRightCountsOnTheProgressPageAsQuizPlanningCountsIt() throws Exception {
        WebClient student = signedIn("stu", PASSWORD, "student");
        int[] before = row(student.get("/progress"));
        assertEquals(0, before[0] + before[1], "a new student has mastered and is learning nothing");

        WebClient teacher = signedIn("tess", PASSWORD, "teacher");
        teacher.get("/articles/" + KI + "/questions/new?type=multiple-choice");
        HttpResponse<String> saved = teacher.post("/articles/" + KI + "/questions/new", Map.of("type",
                "multiple-choice", "stem", "Which city did the teacher ask about?", "option-0", "Vilnius",
                "option-1", "Riga", "option-2", "Warsaw", "correct", "0", "sentence", "", "action", "save"));
        assertEquals(302, saved.statusCode(), saved.body());
        int[] withIt = row(student.get("/progress"));
        assertEquals(before[2] + 1, withIt[2], "the teacher's question is a new item on its article's row");

        student.get("/articles/" + KI);
        String quiz = student.post("/articles/" + KI + "/quiz", Map.of()).headers().firstValue("Location").orElseThrow();
        List<String> asked = app.questionsOf(Long.parseLong(quiz.substring("/quiz/".length()).replaceAll("/.*", "")));
        int position = asked.indexOf(asked.stream().filter(id -> id.startsWith("a/")).findFirst()
                .orElseThrow(() -> new AssertionError("a new student's quiz asks the teacher's question first: " + asked)))
                + 1;
        student.get(quiz + "/" + position);
        assertEquals(302, student.post(quiz + "/" + position, Map.of("answer", "Vilnius")).statusCode());

        int[] after = row(student.get("/progress"));
        assertEquals(List.of(0, 1, withIt[2] - 1), List.of(after[0], after[1], after[2]),
                "one right answer: the teacher's question is learning (mastered, learning, new)");
    }

    /** The article's mastered, learning and new counts on /progress. */
    private static int[] row(HttpResponse<String> progress) {
        assertEquals(200, progress.statusCode());
        Matcher m = Pattern.compile("data-article=\"" + KI + "\"(?s).*?class=\"mastered\"[^>]*>(\\d+)<.*?"
                + "class=\"learning\"[^>]*>(\\d+)<.*?class=\"new\"[^>]*>(\\d+)<").matcher(progress.body());
        if (!m.find()) {
            throw new AssertionError("no row for " + KI + " on /progress");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }
}
