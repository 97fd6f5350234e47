package app.factdeck.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** "Read it in the article" from a flashcard opens the article with a way back to the flashcards. */
class FlashcardArticleReturnRoutesTest extends AppTest {

    private static final String PASSWORD = "orange piano window";
    private static final String DECK = "kyiv-independent-nato-troops-warning";
    private static final String OTHER = "espreso-nato-troops-warning";
    private static final Pattern CARD = Pattern.compile("data-card-id=\"([^\"]+)\"");
    private static final Pattern SOURCE = Pattern.compile("class=\"source-link\" href=\"([^\"]+)\"");

    private static String sourceLinkOfAFlippedCard(WebClient stu, String deck) {
        Matcher card = CARD.matcher(stu.get("/study/" + deck).body());
        assertTrue(card.find(), "a card in " + deck);
        String back = stu.get("/study/" + deck + "?card=" + card.group(1) + "&answer=shown").body();
        Matcher source = SOURCE.matcher(back);
        assertTrue(source.find(), back);
        return source.group(1).replace("&amp;", "&");
    }

    @Test
    void anArticleOpenedFromACardLeadsBackToThatDeck() {
        WebClient stu = signedIn("stu", PASSWORD, "student");
        String link = sourceLinkOfAFlippedCard(stu, DECK);
        assertTrue(link.contains("deck=" + DECK), link);
        HttpResponse<String> article = stu.get(link);
        assertEquals(200, article.statusCode());
        String body = article.body();
        assertTrue(body.contains("id=\"deck-return\""), body);
        assertTrue(body.contains("href=\"/study/" + DECK + "\">Back to your flashcards</a>"), body);
        assertTrue(body.contains("class=\"quiz-return__here\" href=\"/study/" + DECK + "\""),
                "a second way back beside the highlighted sentence");
        assertEquals(200, stu.get("/study/" + DECK).statusCode(), "the way back leads to the deck");
    }

    @Test
    void theDueDeckIsAKnownDeckToo() {
        WebClient stu = signedIn("dee", PASSWORD, "student");
        String body = stu.get("/articles/" + DECK + "?deck=" + StudyService.EVERYTHING_DUE).body();
        assertTrue(body.contains("href=\"/study/" + StudyService.EVERYTHING_DUE + "\">Back to your flashcards</a>"), body);
        assertEquals(200, stu.get("/study/" + StudyService.EVERYTHING_DUE).statusCode());
    }

    @Test
    void anUnknownOrForgedDeckGivesNoWayBackAndNoError() {
        WebClient stu = signedIn("sam", PASSWORD, "student");
        assertTrue(stu.get("/articles/" + DECK + "?deck=" + OTHER).body().contains("href=\"/study/" + OTHER + "\""),
                "any known article's deck is a valid way back");
        for (String forged : new String[] {"no-such-article", "%2F%2Fevil.example", "https:%2F%2Fevil.example",
                "DUE", "x".repeat(500), "due%0A", ""}) {
            HttpResponse<String> r = stu.get("/articles/" + DECK + "?deck=" + forged);
            assertEquals(200, r.statusCode(), forged);
            assertFalse(r.body().contains("id=\"deck-return\""), forged);
            assertFalse(r.body().contains("evil.example"), forged);
        }
        assertFalse(stu.get("/articles/" + DECK).body().contains("id=\"deck-return\""), "no deck, no way back");
    }
}
