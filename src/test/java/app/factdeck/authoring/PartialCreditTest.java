package app.factdeck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionDraft.Row;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.types.cloze.ClozeKind;
import app.factdeck.questions.types.matching.MatchingKind;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import app.factdeck.questions.types.multiselect.SelectAllKind;
import app.factdeck.questions.types.numerical.NumericalKind;
import app.factdeck.questions.types.shortanswer.ShortAnswerKind;
import app.factdeck.questions.types.truefalse.TrueFalseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Moodle's partial credit, as a teacher writes it: grades per option and answer from Moodle's list, penalties that
 * never take a question below 0, several numerical answers, extra matching items and per-answer feedback. Credits
 * worked out by hand from Moodle's rules.
 */
class PartialCreditTest {

    private static final Article ARTICLE = new ContentLoader().load(Path.of("content"))
            .article("kyiv-independent-nato-troops-warning").orElseThrow();

    private static DraftCheck.Checked check(QuestionDraft d) {
        return DraftCheck.check(d, ARTICLE, 1, 1);
    }

    private static double credit(Question q, String... answer) {
        return q.grade(new Response(List.of(answer))).credit();
    }

    @Test
    void multipleChoiceGivesTheChosenOptionsGradeAndItsFeedbackButNeverLessThanNothing() {
        QuestionDraft d = QuestionDraft.of(MultipleChoiceKind.INSTANCE, "Where?", "markdown", "", "", "")
                .withOptions(List.of("Vilnius", "Vilna", "Riga", "Warsaw"), Set.of(0), List.of("", "50", "-33.33333", ""),
                        List.of("", "Its *old* name.", "<script>alert(1)</script>Latvia's.", ""));
        Question q = check(d).question();
        assertEquals(1, credit(q, "Vilnius"), 1e-9);
        assertEquals(0.5, credit(q, "Vilna"), 1e-9);
        assertEquals(0, credit(q, "Riga"), 1e-9, "a penalty, but a question's credit is never below 0");
        assertEquals(0, credit(q, "Warsaw"), 1e-9);
        assertEquals("Vilnius", q.correctAnswer());
        assertEquals(List.of("<p>Its <em>old</em> name.</p>"), q.answerFeedback(Response.of("Vilna")));
        assertFalse(q.answerFeedback(Response.of("Riga")).get(0).contains("<script"), "feedback is sanitised");
        assertEquals(List.of(), q.answerFeedback(Response.of("Vilnius")));
        assertEquals(Map.of("options", "Option 2's grade '42' is not one of Moodle's grades (100, 90, 83.33333, … 5, "
                + "0 per cent, or one of them negative): choose one from the list."),
                check(d.withOptions(d.options(), d.correct(), List.of("", "42", "", ""), List.of())).errors());
    }

    @Test
    void selectAllWeighsByDefaultOrByTheTeachersGrades() {
        QuestionDraft plain = QuestionDraft.of(SelectAllKind.INSTANCE, "Which?", "markdown", "", "", "")
                .withOptions(List.of("A", "B", "C", "D"), Set.of(0, 1), List.of(), List.of());
        Question auto = check(plain).question();
        assertEquals(0.5, credit(auto, "A"), 1e-9);
        assertEquals(0.5, credit(auto, "A", "B", "C"), 1e-9, "+1/2 +1/2 −1/2");
        Question graded = check(plain.withOptions(plain.options(), Set.of(0, 1), List.of("75", "25", "-100", ""),
                List.of())).question();
        assertEquals(0.75, credit(graded, "A"), 1e-9);
        assertEquals(1, credit(graded, "A", "B", "D"), 1e-9, "D is worth 0, no penalty");
        assertEquals(0, credit(graded, "A", "C"), 1e-9, "never below 0");
        assertTrue(check(plain.withOptions(plain.options(), Set.of(0, 1), List.of("100", "", "", ""), List.of()))
                .errors().get("correct").startsWith("Option 2 is ticked but has no grade"));
        assertTrue(check(plain.withOptions(plain.options(), Set.of(0), List.of("50", "", "50", ""), List.of()))
                .errors().get("correct").startsWith("Option 3 is not ticked but worth 50 %"));
    }

    @Test
    void shortAnswerAndClozeGiveAFurtherAnswersGradeTypedExactly() {
        QuestionDraft sa = QuestionDraft.of(ShortAnswerKind.INSTANCE, "Capital?", "markdown", "", "", "")
                .withAccepted("Vilnius").withAnswers(List.of(new Row("Vilna", "50", "", "Its old name."),
                        new Row("Riga", "-50", "", "")));
        Question q = check(sa).question();
        assertEquals(1, credit(q, "vilnius"), 1e-9);
        assertEquals(0.5, credit(q, "the VILNA"), 1e-9, "case and a leading 'the' never matter");
        assertEquals(0, credit(q, "Vilnaa"), 1e-9, "a partial answer's typo is not forgiven");
        assertEquals(0, credit(q, "Riga"), 1e-9);
        assertEquals(List.of("<p>Its old name.</p>"), q.answerFeedback(Response.of("vilna")));
        assertEquals("Further answer 1 ('Vilna') needs a grade from Moodle's list (100, 90, … 5, 0 per cent, or a "
                + "penalty below 0): choose one.", check(sa.withAnswers(List.of(new Row("Vilna", "", "", ""))))
                .errors().get("answers"));
        assertEquals("'vilnius' is listed twice.", check(sa.withAnswers(List.of(new Row("vilnius", "50", "", ""))))
                .errors().get("answers"));
        Question gap = check(QuestionDraft.of(ClozeKind.INSTANCE, "Held in [[Vilnius]].", "markdown", "", "", "")
                .withAnswers(List.of(new Row("Vilna", "50", "", "")))).question();
        assertEquals(0.5, credit(gap, "Vilna"), 1e-9);
        assertEquals("Held in _____.", gap.stem());
    }

    @Test
    void numericalTakesTheFirstAnswerATypedNumberIsWithin() {
        QuestionDraft d = QuestionDraft.of(NumericalKind.INSTANCE, "When?", "markdown", "", "", "")
                .withAnswer("2004", "").withAnswers(List.of(new Row("2004", "50", "1", "One year off."),
                        new Row("*", "0", "", "Not quite.")));
        Question q = check(d).question();
        assertEquals(1, credit(q, "2004"), 1e-9);
        assertEquals(0.5, credit(q, "2005"), 1e-9);
        assertEquals(0.5, credit(q, "2003,5"), 1e-9);
        assertEquals(0, credit(q, "1999"), 1e-9);
        assertEquals(List.of("<p>One year off.</p>"), q.answerFeedback(Response.of("2003")));
        assertEquals(List.of("<p>Not quite.</p>"), q.answerFeedback(Response.of("1999")), "Moodle's * catch-all");
        assertEquals("2004", q.correctAnswer());
        assertTrue(check(d.withAnswers(List.of(new Row("x", "50", "", "")))).errors().get("answers")
                .startsWith("Further answer 1: 'x' is not a number."));
    }

    @Test
    void matchingOffersExtraItemsThatAreNeverAnAnswer() {
        QuestionDraft d = QuestionDraft.of(MatchingKind.INSTANCE, "Match.", "markdown", "", "", "")
                .withPairs("Lithuania -> Vilnius\nLatvia -> Riga", "Warsaw\nTallinn");
        Question q = check(d).question();
        assertEquals(Set.of("Vilnius", "Riga", "Warsaw", "Tallinn"), Set.copyOf(q.optionsFor(3)));
        assertEquals(0.5, credit(q, "Vilnius", "Warsaw"), 1e-9);
        assertEquals(java.util.Optional.empty(), q.incomplete(new Response(List.of("Tallinn", "Warsaw"))),
                "an extra item is a wrong answer, not an incomplete one");
        assertEquals("Lithuania: Vilnius; Latvia: Riga", q.correctAnswer());
        assertTrue(check(d.withPairs(d.pairs(), "riga")).errors().get("extras").startsWith("'riga' is offered twice"));
    }

    @Test
    void trueFalseFeedbackPerAnswerAndAPenaltyKeptForMoodleThatChangesNoGrade() {
        Question q = check(QuestionDraft.of(TrueFalseKind.INSTANCE, "Vilnius hosted it.", "markdown", "", "", "")
                .withAnswer("true", "").withOptions(List.of(), Set.of(), List.of(), List.of("Yes.", "It did."))
                .withPenalty("10")).question();
        assertEquals(List.of("<p>It did.</p>"), q.answerFeedback(Response.of("False")));
        assertEquals(0.1, q.authored().penalty(), 1e-9);
        assertEquals(0, credit(q, "False"), 1e-9);
        assertEquals(1, credit(q, "True"), 1e-9, "one try per question: the penalty never applies");
        assertEquals(1.0 / 3, check(QuestionDraft.of(TrueFalseKind.INSTANCE, "S.", "markdown", "", "", "")
                .withAnswer("true", "")).question().authored().penalty(), 1e-9, "Moodle's default");
        assertTrue(check(QuestionDraft.of(TrueFalseKind.INSTANCE, "S.", "markdown", "", "", "").withAnswer("true", "")
                .withPenalty("-50")).errors().containsKey("penalty"));
    }
}
