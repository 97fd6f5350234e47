package app.factdeck.questions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrong counts a student cannot argue are right, whatever the number's size. */
class NumberDistractorsTest {

    @Test
    void smallExactCountsAreOneOrTwoAway() {
        assertEquals(List.of(4, 2, 5), DistractorPicker.numbers(3, 3, false));
        assertEquals(List.of(2, 3, 4), DistractorPicker.numbers(1, 3, false), "never below one");
    }

    @Test
    void yearsAreFiveOrTenYearsAway() {
        assertEquals(List.of(2055, 2045, 2060), DistractorPicker.numbers(2050, 3, false));
    }

    @Test
    void largeCountsAreAQuarterOrAHalfAwayAtTheirOwnPrecision() {
        // 60,048,560 has no trailing zero: a quarter more is 75,060,700.
        assertEquals(List.of(75_060_700, 45_036_420, 90_072_840), DistractorPicker.numbers(60_048_560, 3, false));
        // 156 million keeps its round millions.
        assertEquals(List.of(195_000_000, 117_000_000, 234_000_000), DistractorPicker.numbers(156_000_000, 3, false));
        for (int n : DistractorPicker.numbers(697_000, 3, false)) {
            assertTrue(n % 1000 == 0 && Math.abs(n - 697_000) >= 697_000 / 5, n + " is a fair wrong count");
        }
    }

    @Test
    void anApproximateNumberIsNeverOneAway() {
        // "nearly 200": 201 and 199 are nearly 200 too.
        assertEquals(List.of(250, 150, 300), DistractorPicker.numbers(200, 3, true));
        assertEquals(List.of(15, 9, 18), DistractorPicker.numbers(12, 3, true));
    }
}
