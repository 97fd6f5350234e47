package app.factdeck.questions.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Moodle's grade list ({@code question_bank::fraction_options_full}): the shares of the marks an answer may earn,
 * in per cent, and their negatives as penalties for a wrong answer. The authoring form offers these, imports
 * must use them (Moodle refuses others on save), exports round to them.
 */
public final class MoodleGrades {

    /** The grades in per cent, highest first (each also negated). */
    public static final double[] PERCENT = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25,
        20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0};

    private MoodleGrades() {
    }

    /**
     * A grade as typed ("50", "50%", "-33.33333", "−25 %") as a fraction of the marks, when it is one of Moodle's;
     * empty otherwise (also for "").
     */
    public static Optional<Double> fraction(String typed) {
        String t = typed.strip().replace('\u2212', '-').replace("%", "").strip();
        if (t.isEmpty() || t.length() > 12) {
            return Optional.empty();
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        for (double g : PERCENT) {
            if (Math.abs(Math.abs(v) - g) < 0.001) {
                return Optional.of(Math.copySign(g, v) / 100);
            }
        }
        return Optional.empty();
    }

    /** The grade nearest to {@code fraction}, as a fraction (Moodle's "nearest" import option). */
    public static double nearest(double fraction) {
        double best = PERCENT[0];
        for (double g : PERCENT) {
            if (Math.abs(g - Math.abs(fraction) * 100) < Math.abs(best - Math.abs(fraction) * 100)) {
                best = g;
            }
        }
        return Math.copySign(best, fraction) / 100;
    }

    /** A fraction as a grade to write: "100", "50", "-33.33333", "0". */
    public static String percent(double fraction) {
        double p = Math.round(nearest(fraction) * 100 * 100000) / 100000.0;
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format(Locale.ROOT, "%s", p);
    }

    /** The grades a form's select offers, as {@link #percent} writes them: 100 … 5, 0, −5 … −100. */
    public static java.util.List<String> choices() {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (double g : PERCENT) {
            all.add(percent(g / 100));
        }
        for (int i = PERCENT.length - 2; i >= 0; i--) {
            all.add(percent(-PERCENT[i] / 100));
        }
        return all;
    }
}
