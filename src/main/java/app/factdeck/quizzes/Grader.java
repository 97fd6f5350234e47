package app.factdeck.quizzes;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.Optional;

/**
 * Checks that a response is complete and grades it; pure. Each question type grades its own responses (see the
 * records under {@code questions.types}); credit runs from 0 to 1 and a response counts as correct only with full
 * credit.
 *
 * <pre>{@code
 * Grader.incomplete(question, response)   // Optional.of("Choose an answer.") or empty
 * Grader.grade(question, response)        // Grade(credit 0.5, correct false)
 * }</pre>
 */
public final class Grader {

    /** The longest typed answer (short answer, fill in the gap, numerical) a student may send. */
    public static final int MAX_TYPED_ANSWER = Response.MAX_TYPED_ANSWER;

    private Grader() {
    }

    /** Why a response cannot be graded yet (the student is told, nothing is stored), or empty. */
    public static Optional<String> incomplete(Question q, Response r) {
        return q.incomplete(r);
    }

    /** Grades a complete response (see {@link #incomplete}). */
    public static Grade grade(Question q, Response r) {
        return q.grade(r);
    }

    /**
     * How the answer is spelled, when a typed answer earned its credit as a typo of it ("Anders Fogh Rasmssen"
     * for "Anders Fogh Rasmussen"); empty otherwise. Shown beside "Right" so the typo is not learnt.
     */
    public static Optional<String> correctSpelling(Question q, Response r) {
        return q.correctSpelling(r);
    }
}
