package app.factdeck.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(MultipleChoiceKind.INSTANCE, first.draft().type());
        assertEquals("What is the correct answer to this question?", first.draft().stem());
        assertEquals(List.of("Is it this one?", "Maybe this answer?", "Possibly this one?", "Must be this one!"),
                first.draft().options());
        assertEquals(Set.of(3), first.draft().correct());
        assertEquals(7, r.questions().get(1).line());
        assertEquals("plain", first.draft().format(), "Aiken text is plain: <, > and & stay characters");
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
