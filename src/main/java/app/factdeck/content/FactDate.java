package app.factdeck.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A date as precise as the article states it: a day ("30 September 2022") or a month ("July 2023").
 * Distractors and ordering respect the precision.
 */
public record FactDate(LocalDate start, Precision precision) implements Comparable<FactDate> {

    public enum Precision { DAY, MONTH }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** Parses {@code 2022-09-30} (day) or {@code 2023-07} (month). */
    public static FactDate parse(String iso) {
        if (iso.matches("\\d{4}-\\d{2}")) {
            return new FactDate(YearMonth.parse(iso).atDay(1), Precision.MONTH);
        }
        return new FactDate(LocalDate.parse(iso), Precision.DAY);
    }

    /** Reads what {@link #display()} wrote. */
    public static FactDate parseDisplay(String text) {
        try {
            return new FactDate(LocalDate.parse(text, DAY), Precision.DAY);
        } catch (java.time.format.DateTimeParseException e) {
            return ofMonth(YearMonth.parse(text, MONTH));
        }
    }

    public static FactDate ofDay(LocalDate day) {
        return new FactDate(day, Precision.DAY);
    }

    public static FactDate ofMonth(YearMonth month) {
        return new FactDate(month.atDay(1), Precision.MONTH);
    }

    /** "30 September 2022" or "July 2023". */
    public String display() {
        return (precision == Precision.DAY ? DAY : MONTH).format(start);
    }

    public String iso() {
        return precision == Precision.DAY ? start.toString() : YearMonth.from(start).toString();
    }

    /** True when the two can be told apart at the coarser of their precisions (so they can be ordered). */
    public boolean distinguishableFrom(FactDate other) {
        if (precision == Precision.MONTH || other.precision == Precision.MONTH) {
            return !YearMonth.from(start).equals(YearMonth.from(other.start));
        }
        return !start.equals(other.start);
    }

    @Override
    public int compareTo(FactDate o) {
        return start.compareTo(o.start);
    }
}
