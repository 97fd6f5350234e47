package app.factdeck.study;

import java.time.Duration;
import java.util.Locale;

/** The short interval Anki prints on its answer buttons: 1m, 10m, 1h, 1d, 8d, 1.3mo, 2.1y. */
public final class IntervalLabel {

    private IntervalLabel() {
    }

    /**
     * @param wait          time until the card is due
     * @param scheduledDays the whole-day interval, or 0 inside learning steps (then {@code wait} is used)
     */
    public static String of(Duration wait, int scheduledDays) {
        if (scheduledDays <= 0) {
            long minutes = Math.max(1, Math.round(wait.toSeconds() / 60.0));
            if (minutes < 60) {
                return minutes + "m";
            }
            if (minutes < 1440) {
                return trim(minutes / 60.0) + "h";
            }
            scheduledDays = (int) Math.round(minutes / 1440.0);
        }
        if (scheduledDays < 30) {
            return scheduledDays + "d";
        }
        if (scheduledDays < 365) {
            return trim(scheduledDays / 30.4375) + "mo";
        }
        return trim(scheduledDays / 365.25) + "y";
    }

    /** One decimal, none when it is .0: "1.5", "2". */
    private static String trim(double x) {
        String s = String.format(Locale.ROOT, "%.1f", x);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
