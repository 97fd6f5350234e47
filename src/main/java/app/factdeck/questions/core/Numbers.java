package app.factdeck.questions.core;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a number as people type one: "2.5", "2,5" (a decimal comma), "1,000" or "1 000" (grouped thousands),
 * "-3", "4e3". Pure. Only numbers of a sane size are numbers here: at most {@link #MAX_DIGITS} significant
 * digits and no bigger than 10^{@value #MAX_EXPONENT} (nor, other than 0, smaller than 10^−{@value #MAX_EXPONENT}),
 * so that grading (a subtraction) stays cheap and every number fits a finite double. "1e30000000" is not a
 * number: as a BigDecimal it is cheap, but subtracting it from a key builds thirty million digits.
 *
 * <pre>{@code
 * Numbers.parse("2,5")   // Optional[2.5]
 * Numbers.parse("1,000") // Optional[1000]
 * Numbers.parse("1e999") // Optional.empty
 * }</pre>
 */
public final class Numbers {

    /** Significant digits a number may have. */
    public static final int MAX_DIGITS = 30;
    /** The largest power of ten a number may reach, and the smallest (negated) a non-zero one may reach. */
    public static final int MAX_EXPONENT = 30;
    /** Longer than any number within the bounds as people type it (grouping, spaces, sign, exponent). */
    static final int MAX_TYPED = 100;
    /** The bounds in words, for messages that refuse a number. */
    public static final String BOUNDS = "at most " + MAX_DIGITS + " digits, and no bigger than 1e" + MAX_EXPONENT;

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(?:[eE]([+-]?\\d+))?");

    private Numbers() {
    }

    public static Optional<BigDecimal> parse(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        String t = typed.strip().replace("\u00a0", "").replace(" ", "").replace("_", "");
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(t).matches()) {
            t = t.replace(',', '.');
        }
        Matcher m = PLAIN.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        // An exponent of more than 4 digits is out of bounds whatever the digits before it; refusing it here
        // also keeps BigDecimal from an exponent that overflows an int.
        String exponent = m.group(2);
        if (exponent != null && exponent.replaceFirst("^[+-]?0*", "").length() > 4) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(t);
        if (n.signum() == 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        BigDecimal s = n.stripTrailingZeros();
        int magnitude = s.precision() - s.scale() - 1; // n = d.ddd × 10^magnitude
        if (s.precision() > MAX_DIGITS || Math.abs(magnitude) > MAX_EXPONENT) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** The number as a teacher would write it: no trailing zeros, no exponent. */
    public static String plain(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
