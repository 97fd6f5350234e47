package app.factdeck.questions.types.truefalse;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * A statement to judge true or false (Moodle's truefalse). All or nothing.
 *
 * @param truth         whether the statement is true
 * @param substituted   the generator's evidence for a false statement: the value swapped in (the quality gates
 *                      check it is not also right); empty for a true one and for a teacher's
 * @param feedbackTrue  the teacher's feedback for answering "True" (sanitised HTML), or ""
 * @param feedbackFalse the same for "False"
 */
public record TrueFalse(Question.Common common, boolean truth, List<String> substituted, String feedbackTrue,
                        String feedbackFalse) implements Question {

    public static final List<String> OPTIONS = List.of("True", "False");

    public TrueFalse {
        substituted = List.copyOf(substituted);
        feedbackTrue = feedbackTrue == null ? "" : feedbackTrue;
        feedbackFalse = feedbackFalse == null ? "" : feedbackFalse;
    }

    public TrueFalse(Question.Common common, boolean truth, List<String> substituted) {
        this(common, truth, substituted, "", "");
    }

    @Override
    public TrueFalseKind type() {
        return TrueFalseKind.INSTANCE;
    }

    public String key() {
        return truth ? "True" : "False";
    }

    @Override
    public Optional<String> incomplete(Response r) {
        return OPTIONS.contains(r.single()) ? Optional.empty() : Optional.of("Choose one of the answers.");
    }

    @Override
    public Grade grade(Response r) {
        return Grade.of(key().equals(r.single()));
    }

    @Override
    public String correctAnswer() {
        return key();
    }

    @Override
    public String describe(Response r) {
        return String.join(", ", r.values());
    }

    /** True before False, always: a shuffled pair reads oddly. */
    @Override
    public List<String> optionsFor(long attemptSeed) {
        return OPTIONS;
    }

    /** A statement makes a poor card (half of them are false): none. */
    @Override
    public Optional<CardSide> flashcard() {
        return Optional.empty();
    }

    @Override
    public Listing listing() {
        return new Listing(OPTIONS, List.of(key()), substituted, List.of());
    }

    @Override
    public List<String> answerFeedback(Response r) {
        String f = "True".equals(r.single()) ? feedbackTrue : "False".equals(r.single()) ? feedbackFalse : "";
        return f.isEmpty() ? List.of() : List.of(f);
    }
}
