package app.factdeck.quizzes;

import app.factdeck.questions.AnswerMatcher;
import app.factdeck.questions.Numbers;
import app.factdeck.questions.Question;
import app.factdeck.questions.QuestionType;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that a response is complete and grades it, per question type; pure. Credit runs from 0 to 1:
 * <ul>
 *   <li>multiple choice, true/false, fill in the gap, short answer: 1 or 0 (typed answers by
 *       {@link AnswerMatcher}: aliases, case, small typos);</li>
 *   <li>select all: as Moodle weights a multiple-answer question, the correct options together are worth +100 %
 *       and the wrong ones together −100 %: (correct ticked ÷ correct options) − (wrong ticked ÷ wrong options),
 *       never below 0 — so ticking everything earns nothing;</li>
 *   <li>put in order: the share of pairs of items in the right relative order (all right 1, reversed 0);</li>
 *   <li>matching: the share of left items matched to the right item;</li>
 *   <li>numerical: 1 when within the question's tolerance of the key, else 0.</li>
 * </ul>
 * A response counts as correct only with full credit.
 *
 * <pre>{@code
 * Grader.incomplete(question, response)   // Optional.of("Choose an answer.") or empty
 * Grader.grade(question, response)        // Grade(credit 0.5, correct false)
 * }</pre>
 */
public final class Grader {

    /** The longest typed answer (short answer, fill in the gap, numerical) a student may send. */
    public static final int MAX_TYPED_ANSWER = 200;

    private Grader() {
    }

    /** Credit in [0, 1]; {@code correct} only with full credit. */
    public record Grade(double credit, boolean correct) {
        static Grade of(double credit) {
            double c = Math.max(0, Math.min(1, credit));
            return new Grade(c, c >= 1.0 - 1e-9);
        }
    }

    /** Why a response cannot be graded yet (the student is told, nothing is stored), or empty. */
    public static Optional<String> incomplete(Question q, Response r) {
        if (q.type().isTyped() && r.single().length() > MAX_TYPED_ANSWER) {
            return Optional.of(String.format(java.util.Locale.ENGLISH, "Your answer is %,d characters long; an "
                    + "answer has at most %d. Shorten it.", r.single().length(), MAX_TYPED_ANSWER));
        }
        return switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> r.single().isBlank() || !q.options().contains(r.single())
                    ? Optional.of("Choose one of the answers.") : Optional.empty();
            case CLOZE, SHORT_ANSWER -> r.single().isBlank() ? Optional.of("Type your answer in the box.")
                    // A date that does not read as one ("Juy 2023") is a slip of the keys, not a wrong answer.
                    : q.answerKind() == Question.AnswerKind.DATE && !AnswerMatcher.readsAsDate(q, r.single())
                    ? Optional.of("'" + r.single() + "' is not a date this quiz can read. " + AnswerMatcher.dateHint(q))
                    : Optional.empty();
            case NUMERICAL -> r.single().isBlank() ? Optional.of("Type a number in the box.")
                    : Numbers.parse(r.single()).isEmpty()
                    ? Optional.of("'" + r.single() + "' is not a number. Type it in digits, e.g. 32 or 2.5 ("
                            + Numbers.BOUNDS + ").")
                    : Optional.empty();
            case MULTI_SELECT -> r.values().isEmpty() ? Optional.of("Tick at least one answer.")
                    : !q.options().containsAll(r.values()) ? Optional.of("Tick only answers from the list.")
                    : Optional.empty();
            case ORDERING -> r.values().size() != q.keys().size() || !Set.copyOf(r.values()).equals(Set.copyOf(q.keys()))
                    ? Optional.of("Give each event a different position, from 1 to " + q.keys().size() + ".")
                    : Optional.empty();
            case MATCHING -> r.values().size() != q.options().size() || r.values().stream().anyMatch(String::isBlank)
                    || !q.keys().containsAll(r.values())
                    ? Optional.of("Choose a role for each person.") : Optional.empty();
        };
    }

    /** Grades a complete response (see {@link #incomplete}). */
    public static Grade grade(Question q, Response r) {
        return switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> Grade.of(q.keys().contains(r.single()) ? 1 : 0);
            case CLOZE, SHORT_ANSWER -> Grade.of(AnswerMatcher.matches(q, r.single()) ? 1 : 0);
            case NUMERICAL -> Grade.of(withinTolerance(q, r.single()) ? 1 : 0);
            case MULTI_SELECT -> {
                Set<String> ticked = new HashSet<>(r.values());
                long right = ticked.stream().filter(q.keys()::contains).count();
                long wrong = ticked.size() - right;
                int wrongOptions = q.options().size() - q.keys().size();
                yield Grade.of((double) right / q.keys().size() - (wrongOptions == 0 ? 0 : (double) wrong / wrongOptions));
            }
            case ORDERING -> Grade.of(pairsInOrder(q.keys(), r.values()));
            case MATCHING -> {
                int right = 0;
                for (int i = 0; i < q.keys().size(); i++) {
                    if (i < r.values().size() && q.keys().get(i).equals(r.values().get(i))) {
                        right++;
                    }
                }
                yield Grade.of((double) right / q.keys().size());
            }
        };
    }

    /**
     * How the answer is spelled, when a typed answer earned its credit as a typo of it ("Anders Fogh Rasmssen"
     * for "Anders Fogh Rasmussen"); empty otherwise. Shown beside "Right" so the typo is not learnt.
     */
    public static Optional<String> correctSpelling(Question q, Response r) {
        return q.type() == QuestionType.CLOZE || q.type() == QuestionType.SHORT_ANSWER
                ? AnswerMatcher.correctSpelling(q, r.single()) : Optional.empty();
    }

    /** A numerical answer is right when it is no further from the key than the question's tolerance. */
    static boolean withinTolerance(Question q, String typed) {
        Optional<BigDecimal> key = Numbers.parse(q.keys().get(0));
        double t = q.isAuthored() ? q.authored().tolerance() : 0;
        if (key.isEmpty() || !Double.isFinite(t)) {
            return false; // a key or tolerance out of bounds (stored before they were bounded) matches nothing
        }
        BigDecimal tolerance = BigDecimal.valueOf(t);
        return Numbers.parse(typed).map(n -> n.subtract(key.get()).abs().compareTo(tolerance) <= 0).orElse(false);
    }

    /** Share of item pairs whose relative order in {@code given} matches {@code correct}. */
    static double pairsInOrder(List<String> correct, List<String> given) {
        int n = correct.size();
        if (n < 2) {
            return correct.equals(given) ? 1 : 0;
        }
        int good = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                total++;
                if (given.indexOf(correct.get(i)) < given.indexOf(correct.get(j))) {
                    good++;
                }
            }
        }
        return (double) good / total;
    }

}
