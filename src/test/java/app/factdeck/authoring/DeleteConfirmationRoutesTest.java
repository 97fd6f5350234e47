package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Delete a/1" in the bank opens a confirmation page (which question, that it cannot be undone, how many quiz
 * attempts used it) whose Cancel goes back; only its POST deletes.
 */
class DeleteConfirmationRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String SLUG = "kyiv-independent-nato-troops-warning";
    private static final String BANK = "/articles/" + SLUG + "/questions";
    private static WebClient teacher;

    @BeforeAll
    static void signIn() {
        teacher = signedIn("tess", PASSWORD, "teacher");
    }

    @Test
    void deleteAsksFirstSaysHowManyAttemptsUsedItAndOnlyThePostDeletes() throws Exception {
        long id = save("Rasmussen chaired NATO from 2009 to 2014.");
        String confirmPath = BANK + "/a/" + id + "/delete";
        assertTrue(teacher.get(BANK).body().contains("href=\"" + confirmPath + "\""), "the bank links to the question");

        HttpResponse<String> ask = teacher.get(confirmPath);
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("<h1>Delete question a/" + id + "?</h1>"), ask.body());
        assertTrue(ask.body().contains("Rasmussen chaired NATO from 2009 to 2014."), "which question");
        assertTrue(ask.body().contains("This cannot be undone."));
        assertTrue(ask.body().contains("No quiz attempt has used it yet."), ask.body());
        assertTrue(ask.body().contains("href=\"" + BANK + "#q-a-" + id + "\">Cancel</a>"), "Cancel goes back");
        assertTrue(teacher.get(BANK).body().contains(">a/" + id + "/1<"), "asking deleted nothing");

        // Two students' quizzes ask it (a teacher's new question comes first among new facts).
        for (String name : new String[] {"ana", "ben"}) {
            WebClient student = signedIn(name, PASSWORD, "student");
            student.get("/articles/" + SLUG);
            String quiz = student.post("/articles/" + SLUG + "/quiz", Map.of()).headers().firstValue("Location")
                    .orElseThrow();
            assertTrue(app.questionsOf(Long.parseLong(quiz.substring("/quiz/".length()))).contains("a/" + id + "/1"));
        }
        assertTrue(teacher.get(confirmPath).body().contains("2 quiz attempts used it; their answers and scores are kept."));

        HttpResponse<String> deleted = teacher.post(confirmPath, Map.of());
        assertEquals(302, deleted.statusCode());
        String after = teacher.get(deleted.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(after.contains("Deleted question a/" + id + "."), after);
        assertFalse(after.contains(">a/" + id + "/1<"), "gone from the bank");
        assertEquals(404, teacher.get(confirmPath).statusCode(), "a deleted question cannot be deleted again");
    }

    @Test
    void onlyTeachersSeeTheConfirmationAndAnUnknownQuestionIsNotFound() {
        long id = save("Vilnius hosted the 2023 NATO summit.");
        assertEquals(403, signedIn("cal", PASSWORD, "student").get(BANK + "/a/" + id + "/delete").statusCode());
        assertEquals(404, teacher.get(BANK + "/a/999999/delete").statusCode());
        assertEquals(404, teacher.get("/articles/espreso-nato-troops-warning/questions/a/" + id + "/delete").statusCode(),
                "the question belongs to another article");
    }

    private static long save(String stem) {
        teacher.get(BANK + "/new?type=true-false");
        HttpResponse<String> saved = teacher.post(BANK + "/new", Map.of("type", "true-false", "stem", stem,
                "answer", "true", "action", "save"));
        Matcher m = Pattern.compile("saved=a%2F(\\d+)").matcher(saved.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find(), saved.body());
        return Long.parseLong(m.group(1));
    }
}
