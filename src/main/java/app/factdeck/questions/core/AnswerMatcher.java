package app.factdeck.questions.core;

import app.factdeck.content.FactDate;
import app.factdeck.content.Text;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Decides whether a typed answer means the key. Case, diacritics, punctuation and a leading "the" never
 * matter; small typos are forgiven in proportion to the answer's length, but never when the typing is at
 * least as close to another entity of the same kind ("Slovenia" is not a typo of "Slovakia").
 *
 * <pre>{@code
 * AnswerMatcher.matches(question, "zelensky") // true for Volodymyr Zelenskyy
 * }</pre>
 */
public final class AnswerMatcher {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    private AnswerMatcher() {
    }

    public static boolean matches(TypedAnswer question, String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        return switch (question.kind()) {
            // A date is never a typo of another date ("June" is two edits from "July"): parse or spell exactly.
            case DATE -> matchesDate(question, typed) || question.accepted().stream()
                    .anyMatch(a -> Text.normalise(a).equals(Text.normalise(typed)));
            // "156 million" or "28th" as the article writes it counts as well as the digits.
            case NUMBER -> matchesNumber(question, typed) || question.accepted().stream()
                    .anyMatch(a -> Text.normalise(a).equals(Text.normalise(typed)));
            case EXACT -> question.accepted().stream().anyMatch(
                    a -> withoutArticle(Text.normalise(a)).equals(withoutArticle(Text.normalise(typed))));
            default -> matchesText(typed, question.accepted(), question.nearMisses());
        };
    }

    /** Typo budget: none up to 4 characters, one up to 8, then one more per 8 characters, at most 3. */
    static int allowedEdits(int length) {
        if (length <= 4) {
            return 0;
        }
        return Math.min(3, 1 + (length - 1) / 8);
    }

    static boolean matchesText(String typed, List<String> accepted, List<String> nearMisses) {
        String t = withoutArticle(Text.normalise(typed));
        int best = Integer.MAX_VALUE;
        String closest = null;
        for (String a : accepted) {
            String n = withoutArticle(Text.normalise(a));
            if (n.equals(t)) {
                return true;
            }
            int d = DISTANCE.apply(n, t);
            if (d < best) {
                best = d;
                closest = n;
            }
        }
        if (closest == null || best > allowedEdits(closest.length())) {
            return false;
        }
        for (String other : nearMisses) {
            if (DISTANCE.apply(withoutArticle(Text.normalise(other)), t) <= best) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesNumber(TypedAnswer question, String typed) {
        String t = Text.normalise(typed);
        int key = parseNumber(question.key()).orElse(Integer.MIN_VALUE);
        return parseNumber(t).map(n -> n == key).orElse(false);
    }

    public static Optional<Integer> parseNumber(String s) {
        String t = Text.normalise(s);
        int word = NUMBER_WORDS.indexOf(t);
        if (word >= 0) {
            return Optional.of(word);
        }
        try {
            return Optional.of(Integer.parseInt(t.replace(" ", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The accepted spelling a typed answer was taken for when it was right only as a typo or without its
     * diacritics ("Anders Fogh Rasmssen" → "Anders Fogh Rasmussen"), so the student sees how it is written;
     * empty when the answer is spelled as accepted (case and punctuation aside) or is not right at all. Dates,
     * numbers and a teacher's exact answers are never typos, so they never have one.
     *
     * <pre>{@code
     * AnswerMatcher.correctSpelling(question, "Anders Fogh Rasmssen") // Optional[Anders Fogh Rasmussen]
     * }</pre>
     */
    public static Optional<String> correctSpelling(TypedAnswer question, String typed) {
        return switch (question.kind()) {
            case DATE, NUMBER, EXACT -> Optional.empty();
            default -> typed == null || typed.isBlank() ? Optional.empty()
                    : correctSpelling(typed, question.accepted(), question.nearMisses());
        };
    }

    static Optional<String> correctSpelling(String typed, List<String> accepted, List<String> nearMisses) {
        if (!matchesText(typed, accepted, nearMisses)) {
            return Optional.empty();
        }
        String t = withoutArticle(lettersOf(typed));
        if (accepted.stream().anyMatch(a -> withoutArticle(lettersOf(a)).equals(t))) {
            return Optional.empty();
        }
        String plain = withoutArticle(Text.normalise(typed));
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String a : accepted) {
            int d = DISTANCE.apply(withoutArticle(Text.normalise(a)), plain);
            if (d < best) {
                best = d;
                closest = a;
            }
        }
        return Optional.ofNullable(closest);
    }

    /** As {@link Text#normalise} but keeping diacritics: "Šefčovič" is not spelled "Sefcovic". */
    private static String lettersOf(String s) {
        String composed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return composed.replaceAll("[^\\p{L}\\p{M}\\p{N}+]+", " ").strip();
    }

    /**
     * Whether a typed answer to a date question reads as a date at all (any form {@link #matches} understands,
     * or one of the accepted spellings); one that does not, such as "Juy 2023", is refused with
     * {@link #dateHint} rather than marked wrong.
     */
    public static boolean readsAsDate(TypedAnswer question, String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        String t = dateText(typed);
        return readDay(t).isPresent() || readMonth(t).isPresent() || readDayOfMonth(t).isPresent()
                || readMonthName(t).isPresent()
                || question.accepted().stream().anyMatch(a -> Text.normalise(a).equals(Text.normalise(typed)));
    }

    /** The example dates of a hint: never the answer itself, so the hint gives nothing away. */
    static final LocalDate EXAMPLE = LocalDate.of(2023, 6, 7);
    static final LocalDate OTHER_EXAMPLE = LocalDate.of(2021, 3, 14);

    /**
     * What form a date question expects, as the refusal of an unreadable date says it: "Write a date such as
     * 7 June 2023 or 2023-06-07." (a month for a question whose answer is a month).
     */
    public static String dateHint(TypedAnswer question) {
        FactDate key = FactDate.parseDisplay(question.key());
        if (key.precision() == FactDate.Precision.MONTH) {
            YearMonth example = YearMonth.from(EXAMPLE).equals(YearMonth.from(key.start()))
                    ? YearMonth.from(OTHER_EXAMPLE) : YearMonth.from(EXAMPLE);
            return "Write a month and year such as " + FactDate.ofMonth(example).display() + " or " + example + ".";
        }
        LocalDate example = EXAMPLE.equals(key.start()) ? OTHER_EXAMPLE : EXAMPLE;
        return "Write a date such as " + FactDate.ofDay(example).display() + " or " + example + ".";
    }

    private static final List<DateTimeFormatter> DAYS = formats("d MMMM uuuu", "MMMM d, uuuu", "MMMM d uuuu",
            "d MMM uuuu", "MMM d, uuuu", "uuuu-MM-dd", "d/M/uuuu", "d.M.uuuu");
    private static final List<DateTimeFormatter> MONTHS = formats("MMMM uuuu", "MMM uuuu", "uuuu-MM");
    private static final List<DateTimeFormatter> DAYS_OF_MONTH = formats("d MMMM", "MMMM d", "d MMM", "MMM d");

    private static List<DateTimeFormatter> formats(String... patterns) {
        return java.util.Arrays.stream(patterns).map(p -> DateTimeFormatter.ofPattern(p, Locale.ENGLISH)).toList();
    }

    private static String dateText(String typed) {
        return typed.strip().replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
    }

    private static <T> Optional<T> read(String t, List<DateTimeFormatter> formats,
                                        java.util.function.BiFunction<String, DateTimeFormatter, T> parse) {
        for (DateTimeFormatter f : formats) {
            try {
                return Optional.of(parse.apply(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> readDay(String t) {
        return read(t, DAYS, LocalDate::parse);
    }

    private static Optional<YearMonth> readMonth(String t) {
        return read(t, MONTHS, YearMonth::parse);
    }

    private static Optional<MonthDay> readDayOfMonth(String t) {
        return read(t, DAYS_OF_MONTH, MonthDay::parse);
    }

    private static Optional<java.time.Month> readMonthName(String t) {
        try {
            return Optional.of(java.time.Month.valueOf(t.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean matchesDate(TypedAnswer question, String typed) {
        FactDate key = FactDate.parseDisplay(question.key());
        String t = dateText(typed);
        Optional<LocalDate> day = readDay(t);
        if (day.isPresent()) {
            return key.precision() == FactDate.Precision.DAY ? day.get().equals(key.start())
                    : YearMonth.from(day.get()).equals(YearMonth.from(key.start()));
        }
        Optional<YearMonth> month = readMonth(t);
        if (month.isPresent()) {
            return key.precision() == FactDate.Precision.MONTH && month.get().equals(YearMonth.from(key.start()));
        }
        // Without a year (as the article often writes it: "October 3"), the day and month must match.
        Optional<MonthDay> dayOfMonth = readDayOfMonth(t);
        if (dayOfMonth.isPresent()) {
            return key.precision() == FactDate.Precision.DAY && dayOfMonth.get().equals(MonthDay.from(key.start()));
        }
        return key.precision() == FactDate.Precision.MONTH
                && readMonthName(t).map(m -> m == key.start().getMonth()).orElse(false);
    }

    /**
     * A typed answer as the grader compares text answers: normalised, without a leading "the". Two typings with the
     * same form are one answer to a teacher who regrades it.
     */
    public static String comparable(String typed) {
        return withoutArticle(Text.normalise(typed == null ? "" : typed));
    }

    private static String withoutArticle(String normalised) {
        return normalised.startsWith("the ") ? normalised.substring(4) : normalised;
    }
}
