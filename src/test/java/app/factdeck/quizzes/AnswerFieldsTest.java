package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.factdeck.content.ContentLoader;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.core.Question;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The first view rendered once per question and option order, with each attempt's own values pasted in. */
class AnswerFieldsTest {

    private static final Question QUESTION = new QuestionGenerator(new ContentLoader().load(Path.of("content")),
            QuestionGenerator.DEFAULT_SEED).generateAll().get(0);

    @Test
    void theFirstViewIsRenderedOnceAndCarriesEachAttemptsNumbersTokenAndFields() {
        AtomicInteger renders = new AtomicInteger();
        AnswerFields fields = new AnswerFields((template, fragment, model) -> {
            renders.incrementAndGet();
            return "<p>" + model.get("position") + " of " + model.get("size") + "</p><form action=\""
                    + model.get("action") + "\"><input name=\"csrf\" value=\"" + model.get("csrfToken") + "\">"
                    + model.get("fieldsHtml") + "</form>";
        });
        assertEquals("<p>3 of 10</p><form action=\"/quiz/42/3\"><input name=\"csrf\" value=\"tok_en-1\">"
                + "<i>a b</i></form>", fields.open(QUESTION, "<i>a b</i>", Map.of(), 42, 3, 10, "tok_en-1"));
        assertEquals("<p>1 of 5</p><form action=\"/quiz/7/1\"><input name=\"csrf\" value=\"other\">"
                + "<i>b a</i></form>", fields.open(QUESTION, "<i>b a</i>", Map.of(), 7, 1, 5, "other"));
        assertEquals(1, renders.get(), "rendered once for the question, whatever its option order");
        assertEquals("<p>1 of 5</p><form action=\"/quiz/7/1\"><input name=\"csrf\" value=\"other\">"
                + "<i>QFPOSITIONQF</i></form>", fields.open(QUESTION, "<i>QFPOSITIONQF</i>", Map.of(), 7, 1, 5,
                "other"), "the fields go in last: nothing in them is read as a stand-in");
        assertNull(fields.open(QUESTION, "<i/>", Map.of(), 7, 1, 5, "a\"b"), "a token that would need escaping: "
                + "the page renders it itself");
    }
}
