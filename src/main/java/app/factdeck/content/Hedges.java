package app.factdeck.content;

/**
 * The words that make a number a bound, not a count: "nearly 30", "more than 100", "up to 100 billion". One list, so
 * that reading a sentence ({@code proposals.QuantityReader}), checking a teacher's statement
 * ({@code articles.TeacherArticles}) and choosing a number's wrong options ({@code questions.QuestionGenerator}) agree
 * on which numbers are exact.
 */
public final class Hedges {

    /**
     * A regular-expression alternation, longest first where one contains another ("just over" before "over"); match
     * it case-insensitively.
     */
    public static final String WORDS = "just over|just under|more than|less than|fewer than|at least|at most|up to"
            + "|close to|as many as|as much as|upwards of|in excess of|an estimated|estimated|nearly|almost|about"
            + "|around|roughly|approximately|some|over|under";

    private Hedges() {
    }
}
