package app.factdeck.proposals;

import java.math.BigDecimal;

/**
 * A number as a sentence writes it, with what it counts and how exact it is.
 *
 * @param start   offset of the first character in the sentence (the hedge included)
 * @param end     offset after the last character (the unit included)
 * @param written the words as written ("nearly 30", "£2.3 bn", "24 states", "ten years")
 * @param value   the number itself (2300000000 for "£2.3 bn", 10 for "ten years")
 * @param unit    what is counted or the currency ("states", "years", "GBP", "%"); "" when nothing follows
 * @param hedge   "nearly", "more than", "about" …; "" when the number is exact
 */
public record Quantity(int start, int end, String written, Kind kind, BigDecimal value, String unit, String hedge) {

    public enum Kind { COUNT, MONEY, PERCENT, DURATION, DECIMAL, ORDINAL, SCORE, YEAR }

    public boolean exact() {
        return hedge.isEmpty();
    }
}
