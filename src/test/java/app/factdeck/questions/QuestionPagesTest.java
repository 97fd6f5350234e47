package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The question bank page over HTTP, on the real app with a fresh database. */
class QuestionPagesTest extends AppTest {

    private static final String KI = "/articles/kyiv-independent-nato-troops-warning/questions";

    @Test
    void theBankListsQuestionsWithKeysDistractorsAndALinkToTheSourceSentence() {
        HttpResponse<String> page = app.get(KI);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("Who co-chairs the Group on International Security Guarantees for Ukraine?"));
        assertTrue(body.contains("<span class=\"visually-hidden\">Correct: </span><span>Andriy Yermak</span>"));
        assertTrue(body.contains("href=\"/articles/kyiv-independent-nato-troops-warning?hl=s-8#s-8\""));
        assertTrue(body.contains("Multiple choice (")); // the type filter with counts
    }

    @Test
    void theTypeFilterNarrowsTheListAndAnUnknownTypeIsA400ThatKeepsTheBank() {
        String cloze = app.get(KI + "?type=cloze").body();
        assertTrue(cloze.contains("Fill in the gap: Rasmussen also chairs"));
        assertTrue(!cloze.contains("True or false?"));

        HttpResponse<String> bad = app.get(KI + "?type=essay");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("There is no question type &#39;essay&#39;."));
        assertTrue(bad.body().contains("True or false?"), "the whole bank is still shown");
    }

    @Test
    void anUnknownArticleHasNoBank() {
        HttpResponse<String> page = app.get("/articles/nope/questions");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("There is no article called &#39;nope&#39;, so it has no questions."));
    }
}
