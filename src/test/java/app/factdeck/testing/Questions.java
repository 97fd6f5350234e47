package app.factdeck.testing;

import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.TypedAnswer;
import app.factdeck.questions.types.cloze.Cloze;
import app.factdeck.questions.types.numerical.Numerical;
import app.factdeck.questions.types.shortanswer.ShortAnswer;

/** What tests read of a question's type-specific parts, in one place. */
public final class Questions {

    private Questions() {
    }

    /** The right answer of a typed question (short answer, fill in the gap) as the matcher compares it. */
    public static TypedAnswer typed(Question q) {
        if (q instanceof ShortAnswer s) {
            return s.answer();
        }
        if (q instanceof Cloze c) {
            return c.answer();
        }
        throw new IllegalArgumentException(q.id() + " is not a typed question");
    }

    /** A numerical question's first answer's tolerance. */
    public static double tolerance(Question q) {
        return ((Numerical) q).answers().get(0).tolerance();
    }
}
