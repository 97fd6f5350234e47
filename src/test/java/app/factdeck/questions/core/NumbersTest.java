package app.factdeck.questions.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertEquals(new BigDecimal("2.5"), Numbers.parse("2.5").orElseThrow());
        assertEquals(new BigDecimal("2.5"), Numbers.parse(" 2,5 ").orElseThrow());
        assertEquals(new BigDecimal("1000"), Numbers.parse("1,000").orElseThrow());
        assertEquals(new BigDecimal("1000"), Numbers.parse("1 000").orElseThrow());
        assertEquals(new BigDecimal("-3"), Numbers.parse("-3").orElseThrow());
        assertEquals(0, new BigDecimal("4000").compareTo(Numbers.parse("4e3").orElseThrow()));
        for (String bad : new String[] {"", "nine", "1.2.3", "1,00,0", "--1", "."}) {
            assertTrue(Numbers.parse(bad).isEmpty(), bad);
        }
        assertEquals("4000", Numbers.plain(new BigDecimal("4.0E+3")));
        assertEquals("2.5", Numbers.plain(new BigDecimal("2.500")));
    }

    @Test
    void refusesNumbersPastThirtyDigitsOrTenToTheThirtyWithoutBuildingThem() {
        String thirtyDigits = "123456789012345678901234567890";
        long started = System.nanoTime();
        for (String huge : new String[] {"1e30000000", "1e20000000", "-1e30000000", "1e-30000000", "1e999", "1e400",
            "1e31", "-1e31", "1e-31", "10000000000000000000000000000000", thirtyDigits + "1", "0." + thirtyDigits + "1",
            "1e99999999999999999999", "9".repeat(Numbers.MAX_TYPED + 1), " ".repeat(1_000_000) + "1"}) {
            assertTrue(Numbers.parse(huge).isEmpty(), huge.length() > 60 ? huge.length() + " characters" : huge);
        }
        assertTrue(System.nanoTime() - started < 500_000_000L, "refused at once, not after building 10^30,000,000");
        for (String edge : new String[] {"1e30", "-1e30", "1e-30", "9.99e30", thirtyDigits, "0." + thirtyDigits,
            "2.50000000000000000000000000000000000000", "0e-99", "1e0030"}) {
            BigDecimal n = Numbers.parse(edge).orElseThrow(() -> new AssertionError(edge));
            assertTrue(Double.isFinite(n.doubleValue()), edge + " fits a double");
        }
        assertEquals(0, BigDecimal.ZERO.compareTo(Numbers.parse("0e-99").orElseThrow()));
    }
}
