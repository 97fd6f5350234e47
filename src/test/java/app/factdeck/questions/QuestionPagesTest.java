package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import org.junit.jupiter.api.BeforeAll;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The question bank page over HTTP, on the real app with a fresh database. */
class QuestionPagesTest extends AppTest {

    private static WebClient teacher;

    @BeforeAll
    static void signInAsTeacher() {
        app.addUser("tess", "orange piano window", "teacher");
        teacher = new WebClient(app);
        teacher.signIn("tess", "orange piano window");
    }

    @Test
    void studentsAndVisitorsDoNotSeeTheBank() {
        assertEquals(302, app.get(KI).statusCode(), "a visitor is sent to sign in");
        app.addUser("stu", "orange piano window", "student");
        WebClient student = new WebClient(app);
        student.signIn("stu", "orange piano window");
        assertEquals(403, student.get(KI).statusCode());
    }

    private static final String KI = "/articles/kyiv-independent-nato-troops-warning/questions";

    @Test
    void theBankListsQuestionsWithKeysDistractorsAndALinkToTheSourceSentence() {
        HttpResponse<String> page = teacher.get(KI);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Who co-chairs the Group on International Security Guarantees for Ukraine?"));
        assertTrue(body.contains("<span class=\"visually-hidden\">Correct: </span><span>Andriy Yermak</span>"));
        assertTrue(body.contains("href=\"/articles/kyiv-independent-nato-troops-warning?hl=s-8#s-8\""));
        assertTrue(body.contains("Multiple choice (")); // the type filter with counts
    }

    @Test
    void theTypeFilterNarrowsTheListAndAnUnknownTypeIsA400ThatKeepsTheBank() {
        String cloze = teacher.get(KI + "?type=cloze").body();
        assertTrue(cloze.contains("Fill in the gap: Anders Rasmussen co-chairs"));
        assertTrue(!cloze.contains("True or false?"));

        HttpResponse<String> bad = teacher.get(KI + "?type=essay");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("There is no question type &#39;essay&#39;."));
        assertTrue(bad.body().contains("True or false?"), "the whole bank is still shown");
    }

    @Test
    void anUnknownArticleHasNoBank() {
        HttpResponse<String> page = teacher.get("/articles/nope/questions");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is no article called &#39;nope&#39;, so it has no questions."));
    }
}
