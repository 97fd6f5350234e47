package app.factdeck.questions.types.numerical;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Numbers;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A number to type (Moodle's numerical; teachers' questions only). Credit is the fraction of the first answer
 * the typed number is within the tolerance of, as in Moodle: the right one (full marks) first, then others worth
 * part of the marks ("1822 ± 2 for half").
 */
public record Numerical(Question.Common common, List<Answer> answers) implements Question {

    /**
     * @param value     the number as a plain decimal ("1822", "2.5")
     * @param tolerance how far from it a typed number may be (0 for exactly)
     * @param feedback  the teacher's feedback for an answer within it (sanitised HTML), or ""
     */
    public record Answer(String value, double tolerance, double fraction, String feedback) {
        public Answer {
            feedback = feedback == null ? "" : feedback;
        }

        /** Moodle's "any other answer": a catch-all row, usually 0 % with feedback for every other number. */
        public static final String ANY = "*";

        /** Whether {@code typed} is no further from the value than the tolerance (any number, for {@link #ANY}). */
        boolean matches(BigDecimal typed) {
            if (ANY.equals(value)) {
                return true;
            }
            Optional<BigDecimal> v = Numbers.parse(value);
            if (v.isEmpty() || !Double.isFinite(tolerance)) {
                return false; // a value or tolerance out of bounds (stored before they were bounded) matches nothing
            }
            return typed.subtract(v.get()).abs().compareTo(BigDecimal.valueOf(tolerance)) <= 0;
        }

        /** "1822", or "1822 (± 2)". */
        String shown() {
            // A tolerance is bounded when checked; an old stored one out of bounds is shown as no tolerance.
            return ANY.equals(value) ? "any other number" : tolerance > 0 && Double.isFinite(tolerance)
                    ? value + " (± " + Numbers.plain(BigDecimal.valueOf(tolerance)) + ")" : value;
        }
    }

    public Numerical {
        answers = List.copyOf(answers);
    }

    @Override
    public NumericalKind type() {
        return NumericalKind.INSTANCE;
    }

    private Optional<Answer> matching(Response r) {
        Optional<BigDecimal> typed = Numbers.parse(r.single());
        return typed.flatMap(t -> answers.stream().filter(a -> a.matches(t)).findFirst());
    }

    @Override
    public Optional<String> incomplete(Response r) {
        if (r.tooLong().isPresent()) {
            return r.tooLong();
        }
        return r.single().isBlank() ? Optional.of("Type a number in the box.")
                : Numbers.parse(r.single()).isEmpty()
                ? Optional.of("'" + r.single() + "' is not a number. Type it in digits, e.g. 32 or 2.5 ("
                        + Numbers.BOUNDS + ").")
                : Optional.empty();
    }

    @Override
    public Grade grade(Response r) {
        return Grade.of(matching(r).map(Answer::fraction).orElse(0.0));
    }

    /** The first full-marks answer. */
    @Override
    public String correctAnswer() {
        return answers.stream().filter(a -> a.fraction() >= 1 - 1e-9).findFirst()
                .or(() -> answers.stream().findFirst()).map(Answer::shown).orElse("");
    }

    @Override
    public String describe(Response r) {
        return String.join(", ", r.values());
    }

    @Override
    public List<String> optionsFor(long attemptSeed) {
        return List.of();
    }

    @Override
    public Optional<CardSide> flashcard() {
        return answers.isEmpty() ? Optional.empty() : Optional.of(new CardSide(false, stem(), correctAnswer()));
    }

    @Override
    public Listing listing() {
        return new Listing(List.of(), answers.stream().filter(a -> a.fraction() >= 1 - 1e-9).map(Answer::value)
                .toList(), List.of(), List.of());
    }

    @Override
    public List<String> answerFeedback(Response r) {
        return matching(r).map(Answer::feedback).filter(f -> !f.isEmpty()).stream().toList();
    }
}
