package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.types.multichoice.MultipleChoiceKind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Aiken as FORMATS.md §8 describes Moodle's reader, with the problems reported on their lines. */
class AikenParserTest {

    @Test
    void readsBothChoiceStylesWithOrWithoutBlankLines() {
        AikenParser.Result r = AikenParser.parse("""
                What is the correct answer to this question?
                A. Is it this one?
                B. Maybe this answer?
                C. Possibly this one?
                D. Must be this one!
                ANSWER: D
                Which LMS has the most quiz import formats?\r
                A) Moodle\r
                B) ATutor\r
                ANSWER: A
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(2, r.questions().size());
        var first = r.questions().get(0);
        assertEquals(1, first.line());
        assertEquals(MoodleQuestion.Type.MULTICHOICE, first.type());
        assertTrue(first.single(), "one right answer");
        assertFalse(first.titled(), "Aiken has no titles");
        assertEquals("What is the correct answer to this question?", first.text().text());
        assertEquals(List.of("Is it this one?", "Maybe this answer?", "Possibly this one?", "Must be this one!"),
                first.answers().stream().map(a -> a.text().text()).toList());
        assertEquals(List.of(0.0, 0.0, 0.0, 1.0), first.answers().stream().map(MoodleQuestion.Answer::fraction).toList());
        assertEquals(7, r.questions().get(1).line());
        assertEquals("plain", first.text().format(), "Aiken text is plain: <, > and & stay characters");

        // Converted as GIFT's questions are: a multiple-choice draft with the fourth option right.
        QuestionDraft draft = GiftImport.convert(first).draft();
        assertEquals(MultipleChoiceKind.INSTANCE, draft.type());
        assertEquals("What is the correct answer to this question?", draft.stem());
        assertEquals(Set.of(3), draft.correct());
        assertEquals("plain", draft.format());
        assertEquals("", draft.title());
    }

    @Test
    void problemsCarryTheirLineNumbers() {
        AikenParser.Result r = AikenParser.parse("""
                A. a choice before any question
                First question
                A. one
                Second question starts before the first is answered
                A. one
                B. two
                ANSWER: B
                Only one choice
                A. lonely
                ANSWER: A
                Answer out of range
                A. one
                B. two
                ANSWER: E
                answer: lower case is not an answer line, so this starts a question
                """);
        assertEquals(1, r.questions().size());
        assertEquals(List.of(1, 2, 8, 14, 15), r.problems().stream().map(GiftParser.Problem::line).toList());
        assertTrue(r.problems().get(1).message().startsWith("Question not completed before the next one starts"));
        assertTrue(r.problems().get(2).message().startsWith("A question must have at least 2 choices"));
        assertTrue(r.problems().get(3).message().startsWith("The answer 'E' names none of the 2 choices"));
        assertTrue(r.problems().get(4).message().contains("file ends before"));
    }
}
