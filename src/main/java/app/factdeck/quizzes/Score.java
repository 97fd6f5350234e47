package app.factdeck.quizzes;

import java.util.Locale;

/**
 * An attempt's result in the words the results page uses: a percentage and how many answers were right, partly
 * right and missed (an unanswered question counts as missed), with the points behind it, never a bare "4.6 / 10".
 *
 * <pre>{@code
 * Score.of(attempt).percent()  // 46
 * Score.of(attempt).inWords()  // "4 right, 1 partly right, 5 missed: 4.6 of 10 points"
 * }</pre>
 */
public record Score(double points, int size, int right, int partlyRight, int missed) {

    public static Score of(AttemptRepository.Attempt a) {
        int right = 0;
        int partly = 0;
        for (AttemptRepository.Answer answer : a.answers().values()) {
            if (answer.correct()) {
                right++;
            } else if (answer.credit() > 0) {
                partly++;
            }
        }
        return new Score(a.score(), a.size(), right, partly, a.size() - right - partly);
    }

    /** The share of the points earned, rounded to a whole percent. */
    public int percent() {
        return size == 0 ? 0 : (int) Math.round(100 * points / size);
    }

    public String inWords() {
        StringBuilder s = new StringBuilder(right + " right");
        if (partlyRight > 0) {
            s.append(", ").append(partlyRight).append(" partly right");
        }
        s.append(", ").append(missed).append(" missed");
        String earned = String.format(Locale.ENGLISH, points == Math.rint(points) ? "%.0f" : "%.1f", points);
        return s + ": " + earned + " of " + size + (size == 1 ? " point" : " points");
    }
}
