package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void countsDaysInARowEndingTodayOrYesterday() {
        assertEquals(0, Streak.days(Set.of(), TODAY));
        assertEquals(1, Streak.days(Set.of(TODAY), TODAY));
        assertEquals(3, Streak.days(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4)), TODAY));
        assertEquals(2, Streak.days(Set.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY), "today not played yet");
        assertEquals(0, Streak.days(Set.of(TODAY.minusDays(2)), TODAY), "a missed day breaks it");
    }
}
