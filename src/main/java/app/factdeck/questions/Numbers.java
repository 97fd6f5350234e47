package app.factdeck.questions;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number as people type one: "2.5", "2,5" (a decimal comma), "1,000" or "1 000" (grouped thousands),
 * "-3", "4e3". Pure.
 *
 * <pre>{@code
 * Numbers.parse("2,5")   // Optional[2.5]
 * Numbers.parse("1,000") // Optional[1000]
 * }</pre>
 */
public final class Numbers {

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");

    private Numbers() {
    }

    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.strip().replace("\u00a0", "").replace(" ", "").replace("_", "");
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(t).matches()) {
            t = t.replace(',', '.');
        }
        if (t.isEmpty() || !t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }

    /** The number as a teacher would write it: no trailing zeros, no exponent. */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
