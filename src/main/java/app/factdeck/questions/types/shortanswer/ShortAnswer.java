package app.factdeck.questions.types.shortanswer;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.TypedAnswer;
import java.util.List;
import java.util.Optional;

/**
 * A typed answer (Moodle's shortanswer): right when it matches {@code answer} (see {@link AnswerMatcher});
 * otherwise it earns the grade of the first further answer it is, if any.
 *
 * @param others further answers, each with its fraction (part of the marks, or a penalty) and feedback; full-marks
 *               ones here carry feedback and are also in {@code answer}'s accepted spellings
 */
public record ShortAnswer(Question.Common common, TypedAnswer answer, List<Choice> others) implements TypedQuestion {

    public ShortAnswer {
        others = List.copyOf(others);
    }

    public ShortAnswer(Question.Common common, TypedAnswer answer) {
        this(common, answer, List.of());
    }

    @Override
    public ShortAnswerKind type() {
        return ShortAnswerKind.INSTANCE;
    }

    @Override
    public Optional<CardSide> flashcard() {
        return Optional.of(new CardSide(false, stem(), answer.key()));
    }
}
