package app.factdeck.quizzes;

import java.time.LocalDate;
import java.util.Set;

/** Days in a row with at least one answer, counted back from today (or from yesterday, if none yet today). */
public final class Streak {

    private Streak() {
    }

    public static int days(Set<LocalDate> activeDays, LocalDate today) {
        LocalDate day = activeDays.contains(today) ? today : today.minusDays(1);
        int n = 0;
        while (activeDays.contains(day)) {
            n++;
            day = day.minusDays(1);
        }
        return n;
    }
}
