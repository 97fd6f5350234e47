package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.types.matching.MatchingKind;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.numerical.NumericalKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Teachers' question versions stored before question types had their own packages: the JSON exactly as that code
 * wrote it (the type as an enum name, no grades, rows, extras or penalty) reads back and grades as it did.
 */
class StoredDraftsTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();
    private static final ObjectMapper JSON = app.factdeck.questions.QuestionKinds.JSON;

    @Test
    void aMultipleChoiceDraftWrittenByTheOldCodeReadsAndGradesAllOrNothing() throws Exception {
        String stored = """
                {"type":"MULTIPLE_CHOICE","stem":"Where was the summit?","format":"markdown","options":["Vilnius",\
                "Riga","Tallinn"],"correct":[0],"answer":"","tolerance":"","accepted":"","items":"","pairs":"",\
                "feedback":"It was in **Vilnius**.","sentence":"","title":"Summit city"}""";
        QuestionDraft d = JSON.readValue(stored, QuestionDraft.class);
        assertEquals(new QuestionDraft(MultipleChoiceKind.INSTANCE, "Where was the summit?", "markdown",
                List.of("Vilnius", "Riga", "Tallinn"), Set.of(0), "", "", "", "", "", "It was in **Vilnius**.", "",
                "Summit city"), d);
        Question q = DraftCheck.check(d, ARTICLE, 3, 1).question();
        assertEquals(1, q.grade(Response.of("Vilnius")).credit());
        assertEquals(0, q.grade(Response.of("Riga")).credit());
        assertEquals("Vilnius", q.correctAnswer());
    }

    @Test
    void aNumericalAndAMatchingDraftWrittenByTheOldCodeRead() throws Exception {
        QuestionDraft numerical = JSON.readValue("""
                {"type":"NUMERICAL","stem":"How many allies?","format":"markdown","options":[],"correct":[],\
                "answer":"32","tolerance":"1","accepted":"","items":"","pairs":"","feedback":"","sentence":"",\
                "title":""}""", QuestionDraft.class);
        assertEquals(NumericalKind.INSTANCE, numerical.type());
        Question n = DraftCheck.check(numerical, ARTICLE, 4, 2).question();
        assertTrue(n.grade(Response.of("31")).correct());
        assertEquals("32 (± 1)", n.correctAnswer());
        // Older still: no "title" at all.
        QuestionDraft matching = JSON.readValue("""
                {"type":"MATCHING","stem":"Match them.","format":"markdown","options":[],"correct":[],"answer":"",\
                "tolerance":"","accepted":"","items":"","pairs":"Rutte -> NATO\\nYermak -> Ukraine","feedback":"",\
                "sentence":""}""", QuestionDraft.class);
        assertEquals(MatchingKind.INSTANCE, matching.type());
        assertEquals("", matching.extras());
        Question m = DraftCheck.check(matching, ARTICLE, 5, 1).question();
        assertEquals(0.5, m.grade(new Response(List.of("NATO", "NATO"))).credit(), 1e-9);
    }

    @Test
    void aDraftWrittenNowReadsBackEqualAndNamesItsTypeBySlug() throws Exception {
        QuestionDraft d = QuestionDraft.empty(MatchingKind.INSTANCE).withPairs("a -> 1\nb -> 2", "3")
                .withPenalty("10");
        String json = JSON.writeValueAsString(d);
        assertTrue(json.contains("\"type\":\"matching\""), json);
        assertEquals(d, JSON.readValue(json, QuestionDraft.class));
    }
}
