package app.factdeck.authoring;

import app.factdeck.questions.core.QuestionDraft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.questions.types.truefalse.TrueFalseKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A teacher's question may have a name (GIFT's title): bounded, on one line, and optional for old drafts. */
class QuestionNamesTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();

    private static QuestionDraft trueFalse(String title) {
        return new QuestionDraft(TrueFalseKind.INSTANCE, "Vilnius hosted the summit.", "markdown", List.of(),
                Set.of(), "true", "", "", "", "", "", "", title);
    }

    @Test
    void aDraftStoredBeforeNamesExistedReadsAsUnnamed() throws Exception {
        // A version row as stored before this change: the JSON has no "title".
        String old = """
                {"type":"TRUE_FALSE","stem":"Vilnius hosted the summit.","format":"markdown","options":[],\
                "correct":[],"answer":"true","tolerance":"","accepted":"","items":"","pairs":"","feedback":"",\
                "sentence":""}""";
        QuestionDraft d = app.factdeck.questions.QuestionKinds.JSON.readValue(old, QuestionDraft.class);
        assertEquals("", d.title());
        assertEquals("true", d.answer());
        QuestionDraft named = trueFalse("Summit city");
        ObjectMapper json = app.factdeck.questions.QuestionKinds.JSON;
        assertEquals(named, json.readValue(json.writeValueAsString(named), QuestionDraft.class));
    }

    @Test
    void aNameIsAtMost255CharactersAndTheMessageSaysSo() {
        assertTrue(DraftCheck.check(trueFalse("n".repeat(255)), ARTICLE, 1, 1).ok());
        Map<String, String> errors = DraftCheck.check(trueFalse("n".repeat(256)), ARTICLE, 1, 1).errors();
        assertEquals(Set.of("title"), errors.keySet());
        assertTrue(errors.get("title").startsWith("The name is 256 characters long; keep it to 255 or fewer"),
                errors.get("title"));
    }

    @Test
    void aNameIsOneLine() {
        assertEquals(Set.of("title"), DraftCheck.check(trueFalse("Summit\ncity"), ARTICLE, 1, 1).errors().keySet());
        QuestionDraft typed = QuestionDraft.fromForm(TrueFalseKind.INSTANCE, Map.of("stem", List.of("S."),
                "answer", List.of("true"), "title", List.of("  Summit \r\n\t city  ")));
        assertEquals("Summit city", typed.title(), "the form keeps a name on one line");
        assertEquals("Summit city", DraftCheck.check(typed, ARTICLE, 1, 1).question().authored().title());
    }
}
