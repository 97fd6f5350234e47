package app.factdeck.quizzes;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.Optional;

/**
 * What another feature decides about attempts it started (an assignment's cut-off and review options), asked on
 * every page of an attempt. The quizzes feature reads no assignment: the assignments feature supplies this.
 */
public interface AttemptPolicy {

    /** Before a page of the attempt: ends it when its time is up; true when it was ended now. */
    boolean closeIfDue(AttemptRepository.Head a);

    /** Empty when the student may see the right answers now; else the sentence saying when they will. */
    Optional<String> answersWithheld(AttemptRepository.Head a);

    /** How the attempt ended when the student did not end it ("Closed at the cut-off with 3 of 5 answered."). */
    Optional<String> endNote(AttemptRepository.Head a);

    /** The grade to store for a new response: the grader's, unless a teacher regraded that answer to that question. */
    default Grade graded(Question q, Response r, Grade byGrader) {
        return byGrader;
    }

    /** For ordinary quizzes: never closed, answers always shown. */
    AttemptPolicy NONE = new AttemptPolicy() {
        @Override
        public boolean closeIfDue(AttemptRepository.Head a) {
            return false;
        }

        @Override
        public Optional<String> answersWithheld(AttemptRepository.Head a) {
            return Optional.empty();
        }

        @Override
        public Optional<String> endNote(AttemptRepository.Head a) {
            return Optional.empty();
        }
    };
}
