package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Fact;
import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A claim's items over HTTP: on the teacher's bank page, in the GIFT export and as a flashcard. */
class ClaimRoutesTest extends AppTest {

    private static final String KI = "kyiv-independent-nato-troops-warning";
    private static WebClient teacher;

    @BeforeAll
    static void signInAsTeacher() {
        app.addUser("tess", "orange piano window", "teacher");
        teacher = new WebClient(app);
        teacher.signIn("tess", "orange piano window");
    }

    private static Fact claim(String id) {
        return TestLibrary.SHIPPED.facts().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theBankPageShowsAClaimsGapWithItsKeyPhraseAndItsFalseItem() {
        Fact f = claim("ki-015");
        String gapped = f.statement().replace("{answer}", "_____");
        HttpResponse<String> cloze = teacher.get("/articles/" + KI + "/questions?type=cloze");
        assertEquals(200, cloze.statusCode());
        assertTrue(cloze.body().contains("Fill in the gap: " + gapped), cloze.body());
        assertTrue(cloze.body().contains(f.claim().answer()));
        String trueFalse = teacher.get("/articles/" + KI + "/questions?type=true-false").body();
        assertTrue(trueFalse.contains("True or false? " + f.claim().contradiction().replace("'", "&#39;")), trueFalse);
    }

    @Test
    void theGiftExportAndTheFlashcardsCarryAClaimsGapWithEveryAcceptedWording() {
        Fact f = claim("ki-015");
        HttpResponse<String> gift = teacher.get("/teacher/export?format=gift&article=" + KI);
        assertEquals(200, gift.statusCode());
        assertTrue(gift.body().contains("::ki-015/cloze/1::"), gift.body());
        for (String wording : f.claim().accepted()) {
            assertTrue(gift.body().contains("=%100%" + wording + "#"), wording);
        }
        String quizlet = teacher.get("/teacher/export?format=quizlet&article=" + KI).body();
        assertTrue(quizlet.contains("\t" + f.claim().answer()), quizlet);
    }
}
