package app.factdeck.questions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mechanical checks and fixes of how a true/false statement is worded (issue 17, item 2): a date sits with the
 * event it dates, and a true paraphrase keeps the hedge of the sentence it paraphrases.
 *
 * <pre>{@code
 * Wording.dateFirst("Kuleba announced three steps to make the summit a success on {answer}.")
 *     // "On {answer}, Kuleba announced three steps to make the summit a success."
 * Wording.hedged("Some countries may decide to send troops") // true
 * }</pre>
 */
final class Wording {

    static final String ANSWER = "{answer}";
    /**
     * Words that make a claim conditional or uncertain. Lower case only for "may", so that the month ("In May,")
     * is not a hedge; the others in any case.
     */
    private static final Pattern HEDGE = Pattern.compile(
            "(?<![\\p{L}])(?:may|(?i:might|could|would|wouldn|possible|possibly|possibility|if|unless|likely"
                    + "|unlikely|maybe|perhaps|probably))(?![\\p{L}])");
    /** A date written out by the generator or the author: "7 June 2023", "April 2023", or the answer slot. */
    private static final String DATE = "(?:\\{answer\\}|\\d{1,2} [A-Z][a-z]+ \\d{4}|[A-Z][a-z]+ \\d{4})";
    private static final Pattern TRAILING_DATE = Pattern.compile("^(.+?),? (on|in) (" + DATE + ")\\.?$");

    private Wording() {
    }

    /** True when the text has a hedge or a condition (may, might, could, would, possible, if, likely…). */
    static boolean hedged(String text) {
        return HEDGE.matcher(text.replace('’', '\'')).find();
    }

    /**
     * A statement whose date comes last ("… for the Vilnius summit on {answer}.", "… accession to NATO on
     * 3 October 2022.") with the date moved to the front ("On {answer}, …"), where it can only date the
     * statement's own event; other statements unchanged.
     */
    static String dateFirst(String statement) {
        return dateFirst(statement, true);
    }

    /** As {@link #dateFirst(String)}; the {@code {answer}} slot counts as a date only when the answer is one. */
    static String dateFirst(String statement, boolean answerIsDate) {
        Matcher m = TRAILING_DATE.matcher(statement.strip());
        if (!m.matches() || !answerIsDate && m.group(3).equals(ANSWER)) {
            return statement;
        }
        String rest = m.group(1);
        String first = rest.split(" ", 2)[0];
        if (first.equals("The") || first.equals("A") || first.equals("An")) {
            rest = first.toLowerCase(Locale.ROOT) + rest.substring(first.length());
        }
        String preposition = m.group(2).equals("on") ? "On" : "In";
        return preposition + " " + m.group(3) + ", " + rest + ".";
    }

    /** True when the statement ends with a date after the rest of its clause ("… on 3 October 2022."). */
    static boolean endsWithDate(String statement) {
        return TRAILING_DATE.matcher(statement.strip()).matches();
    }

    /** True when a dated statement opens with its date ("On {answer}, …", "In {answer}, …"). */
    static boolean opensWithDate(String statement) {
        return statement.startsWith("On " + ANSWER + ",") || statement.startsWith("In " + ANSWER + ",");
    }

    /**
     * One to six words. Each word is whole (letters up to a space): "(?:letters+\\s*){1,6}" would let the regex
     * split one word in every possible way and backtrack for minutes over a long sentence.
     */
    private static final String WORDS = "(?<![\\p{L}’'-])[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,5}";
    private static final Pattern GROUP_AFTER = Pattern.compile(
            "(?i)\\b(?:part of|a member of|members of|one of)\\s+(" + WORDS + ")");
    private static final Pattern GROUP_BEFORE = Pattern.compile(
            "(?i)(" + WORDS + "),?\\s+(?:including|such as|among them)\\b");

    /**
     * The words that name a group the sentence puts its answer in ("the alliance, including {answer}", "which
     * country … as part of the alliance"): a member of that group in the answer's place would be arguably true.
     */
    static java.util.List<String> groupContexts(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Pattern p : java.util.List.of(GROUP_AFTER, GROUP_BEFORE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
