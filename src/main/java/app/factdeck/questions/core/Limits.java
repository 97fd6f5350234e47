package app.factdeck.questions.core;

import app.factdeck.content.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The limits on a teacher's question, for the form and for imports alike, and the wording every type's draft check
 * shares. Every limit is far above what a question needs, and low enough that no question can make a page or a
 * quiz slow: a matching question's page holds pairs² options, so 1,500 pairs was 2.25 million of them and an
 * OutOfMemoryError.
 */
public final class Limits {

    /** Characters in the question text (the cloze text with its gap). */
    public static final int MAX_STEM = 4000;
    /** Characters in one option, ordering item, side of a matching pair, or accepted answer. */
    public static final int MAX_OPTION = 300;
    /** Characters in a question's name: Moodle's limit for a question name, which GIFT titles become. */
    public static final int MAX_TITLE = 255;
    /** Characters in the feedback (the question's, and each answer's). */
    public static final int MAX_FEEDBACK = 4000;
    /** Options of a multiple-choice or select-all question. */
    public static final int MAX_OPTIONS = 10;
    /** Items of a put-in-order question. */
    public static final int MAX_ITEMS = 10;
    /** Pairs of a matching question (extra right-hand items count too). */
    public static final int MAX_PAIRS = 10;
    /** Accepted answers of a short-answer question, alternatives in a cloze gap, or answers of a numerical one. */
    public static final int MAX_ACCEPTED = 20;
    /** Characters in a one-per-line field as typed (accepted answers, ordering items, matching pairs). */
    public static final int MAX_LINES_FIELD = 10_000;

    private Limits() {
    }

    /** "This question has 1,500 pairs; at most 10 are allowed. Split it…" */
    public static String tooMany(String what, int count, int limit, String fix) {
        return String.format(java.util.Locale.ENGLISH, "This question has %,d %s; at most %d are allowed. %s",
                count, what, limit, fix);
    }

    public static Optional<String> tooLong(List<String> items) {
        return items.stream().filter(i -> i.length() > MAX_OPTION).findFirst();
    }

    public static String longerThan(String item, int limit) {
        return String.format(java.util.Locale.ENGLISH, "%,d characters long; keep it to %d or fewer.", item.length(),
                limit);
    }

    /** The start of a long value, for a message that names it. */
    public static String shortened(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /**
     * The first item that appears twice, compared as students' answers are (case, accents, punctuation); items of
     * punctuation only ("=", "#") are compared as written, since they would all compare equal.
     */
    public static Optional<String> duplicate(List<String> items) {
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            String key = Text.normalise(item);
            if (!seen.add(key.isBlank() ? "\u0000" + item.strip() : key)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The non-blank lines of a one-per-line field, stripped. */
    public static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
