package app.factdeck.questions.types.cloze;

import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.TypedAnswer;
import app.factdeck.questions.types.shortanswer.TypedQuestion;
import java.util.List;
import java.util.Optional;

/**
 * A sentence with one gap to type into (Moodle's shortanswer in its missing-word form): the stem shows the gap
 * as {@value #GAP}; graded as a short answer.
 *
 * @param others further answers worth part of the marks (or a penalty), with feedback
 */
public record Cloze(Question.Common common, TypedAnswer answer, List<Choice> others) implements TypedQuestion {

    /** The gap as the stem shows it. */
    public static final String GAP = "_____";

    public Cloze {
        others = List.copyOf(others);
    }

    public Cloze(Question.Common common, TypedAnswer answer) {
        this(common, answer, List.of());
    }

    @Override
    public ClozeKind type() {
        return ClozeKind.INSTANCE;
    }

    /** The sentence with its gap (without the generator's "Fill in the gap: "), and what fills it. */
    @Override
    public Optional<CardSide> flashcard() {
        String prefix = "Fill in the gap: ";
        String sentence = stem().startsWith(prefix) ? stem().substring(prefix.length()) : stem();
        return sentence.contains(GAP) ? Optional.of(new CardSide(true, sentence, answer.key())) : Optional.empty();
    }
}
