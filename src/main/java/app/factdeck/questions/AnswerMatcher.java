package app.factdeck.questions;

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

    public static boolean matches(Question question, String typed) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        return switch (question.answerKind()) {
            // A date is never a typo of another date ("June" is two edits from "July"): parse or spell exactly.
            case DATE -> matchesDate(question, typed) || question.accepted().stream()
                    .anyMatch(a -> Text.normalise(a).equals(Text.normalise(typed)));
            case NUMBER -> matchesNumber(question, typed);
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

    private static boolean matchesNumber(Question question, String typed) {
        String t = Text.normalise(typed);
        int key = parseNumber(question.keys().get(0)).orElse(Integer.MIN_VALUE);
        return parseNumber(t).map(n -> n == key).orElse(false);
    }

    static Optional<Integer> parseNumber(String s) {
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

    private static boolean matchesDate(Question question, String typed) {
        FactDate key = FactDate.parseDisplay(question.keys().get(0));
        String t = typed.strip().replaceAll("\\s+", " ").replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (String pattern : List.of("d MMMM uuuu", "MMMM d, uuuu", "MMMM d uuuu", "d MMM uuuu", "MMM d, uuuu",
                "uuuu-MM-dd", "d/M/uuuu", "d.M.uuuu")) {
            try {
                LocalDate d = LocalDate.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
                return key.precision() == FactDate.Precision.DAY ? d.equals(key.start())
                        : YearMonth.from(d).equals(YearMonth.from(key.start()));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        for (String pattern : List.of("MMMM uuuu", "MMM uuuu", "uuuu-MM")) {
            try {
                YearMonth m = YearMonth.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
                return key.precision() == FactDate.Precision.MONTH && m.equals(YearMonth.from(key.start()));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        // Without a year (as the article often writes it: "October 3"), the day and month must match.
        for (String pattern : List.of("d MMMM", "MMMM d", "d MMM", "MMM d")) {
            try {
                MonthDay md = MonthDay.parse(t, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
                return key.precision() == FactDate.Precision.DAY && md.equals(MonthDay.from(key.start()));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return key.precision() == FactDate.Precision.MONTH
                    && java.time.Month.valueOf(t.toUpperCase(Locale.ROOT)) == key.start().getMonth();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String withoutArticle(String normalised) {
        return normalised.startsWith("the ") ? normalised.substring(4) : normalised;
    }
}
