package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Amount facts as questions: the forms a student writes are right, another amount is never a typo of the key. */
class AmountQuestionsTest {

    private static final Library FIXTURE = new ContentLoader().load(Path.of("src/test/resources/content-fixtures/amounts"));
    private static final List<Question> QUESTIONS = new QuestionGenerator(FIXTURE, QuestionGenerator.DEFAULT_SEED, false)
            .generate("club-sale");

    private static List<Question> of(String factId) {
        return QUESTIONS.stream().filter(q -> q.factIds().equals(List.of(factId))).toList();
    }

    @Test
    void aPriceIsRightInEitherCurrencyOfTheSentenceAndNoOtherPriceIs() {
        Cloze gap = (Cloze) of("cs-1").stream().filter(q -> q instanceof Cloze).findFirst().orElseThrow();
        for (String typed : List.of("40 million pounds", "£40m", "€46 million", "46 million euros", "GBP 40 million")) {
            assertTrue(AnswerMatcher.matches(gap.answer(), typed), typed);
        }
        // One digit off is another price, not a typo.
        for (String typed : List.of("48 million pounds", "40 million dollars", "4 million pounds")) {
            assertFalse(AnswerMatcher.matches(gap.answer(), typed), typed);
        }
    }

    @Test
    void aLowerBoundHasNoMultipleChoice() {
        // "More than 12,000": every smaller option would be "more than" too.
        assertTrue(of("cs-2").stream().noneMatch(q -> q instanceof MultipleChoice), of("cs-2").toString());
        assertTrue(of("cs-3").stream().anyMatch(q -> q instanceof MultipleChoice), "an exact count keeps its choice");
    }

    @Test
    void aCountIsRightWithOrWithoutTheNounItCounts() {
        ShortAnswer typed = (ShortAnswer) of("cs-3").stream().filter(q -> q instanceof ShortAnswer).findFirst()
                .orElseThrow();
        for (String answer : List.of("11", "eleven", "11 days", "eleven days")) {
            assertTrue(AnswerMatcher.matches(typed.answer(), answer), answer);
        }
        assertFalse(AnswerMatcher.matches(typed.answer(), "12 days"));
    }

    @Test
    void aCountAboveTwelveIsRightSpelledOutAndItsOptionsAreAllDigits() {
        ShortAnswer typed = (ShortAnswer) of("cs-4").stream().filter(q -> q instanceof ShortAnswer).findFirst()
                .orElseThrow();
        assertTrue(AnswerMatcher.matches(typed.answer(), "thirteen"));
        MultipleChoice choice = (MultipleChoice) of("cs-4").stream().filter(q -> q instanceof MultipleChoice)
                .findFirst().orElseThrow();
        // "twelve" among "13, 14, 15" would stand out as the odd one.
        assertTrue(choice.optionsFor(1L).stream().allMatch(o -> o.matches("\\d+")), choice.optionsFor(1L).toString());
    }
}
