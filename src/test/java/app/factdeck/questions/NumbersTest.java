package app.factdeck.questions;

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
}
