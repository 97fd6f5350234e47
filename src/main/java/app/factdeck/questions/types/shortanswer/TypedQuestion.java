package app.factdeck.questions.types.shortanswer;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.core.TypedAnswer;
import java.util.List;
import java.util.Optional;

/**
 * A question answered by typing one answer: short answer and fill in the gap grade, describe and list it alike
 * (only their type and flashcard differ), so they share this instead of two copies of the same eight methods.
 */
public interface TypedQuestion extends Question {

    /** The right answer with its accepted spellings and how a typed answer is compared. */
    TypedAnswer answer();

    /** Other answers with their grades and feedback (Moodle's grade list), first match counts. */
    List<Choice> others();

    @Override
    default Optional<String> incomplete(Response r) {
        return TypedAnswers.incomplete(answer(), r);
    }

    @Override
    default Grade grade(Response r) {
        return TypedAnswers.grade(answer(), others(), r);
    }

    @Override
    default String correctAnswer() {
        return answer().key();
    }

    @Override
    default String describe(Response r) {
        return String.join(", ", r.values());
    }

    @Override
    default List<String> optionsFor(long attemptSeed) {
        return List.of();
    }

    @Override
    default Listing listing() {
        return new Listing(List.of(), List.of(answer().key()), List.of(), answer().accepted());
    }

    @Override
    default Optional<String> correctSpelling(Response r) {
        return AnswerMatcher.correctSpelling(answer(), r.single());
    }

    @Override
    default List<String> answerFeedback(Response r) {
        return TypedAnswers.feedback(others(), r);
    }
}
