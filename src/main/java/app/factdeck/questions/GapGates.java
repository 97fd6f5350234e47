package app.factdeck.questions;

import app.factdeck.content.References;
import app.factdeck.content.Text;
import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Question.AnswerKind;
import app.factdeck.questions.types.cloze.Cloze;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gates a fill-in-the-gap item passes besides the common ones ({@link QualityGates}): a gap text is read
 * without the article, so it must be one whole sentence that stands alone, and nothing else in it may fill
 * the gap for the student.
 *
 * <ul>
 *   <li>G1 the rest of the text holds no spelling of the key, nor a word formed from it ("Lithuanian");</li>
 *   <li>G1 a count in the gap is not given away by an enumeration of as many items ("— a political one and a
 *       practical one —");</li>
 *   <li>G5 the text is a sentence: it starts with a capital letter (or the gap), ends with '.', '?' or '!',
 *       closes every quotation it opens and does not stop at "namely", "such as" or a colon;</li>
 *   <li>G7 it does not open with a back-reference to the sentence before ("For example, …", "The decision
 *       to …", "It …").</li>
 * </ul>
 */
final class GapGates {

    /** Words that introduce what follows; a sentence ending on one was cut open. */
    private static final Pattern DANGLING_END = Pattern.compile(
            "(?i)(?:[,:;]|\\b(?:namely|such as|including|as follows|for example|the following|i\\.e|e\\.g))"
                    + "\\s*[.?!]?[\"“”’]?\\s*$");
    private static final Pattern SENTENCE_START = Pattern.compile("^(?:" + Pattern.quote(QuestionGenerator.GAP)
            + "|[\"“‘]?[\\p{Lu}\\p{N}])");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!][\"”’]?$");
    /** Spans that list things: between dashes or brackets, after a colon, after "namely"/"such as"/"including". */
    private static final Pattern ENUMERATION = Pattern.compile(
            "[—–]([^—–]+)[—–]|\\s-\\s(.+?)\\s-\\s|\\(([^)]+)\\)|:\\s*([^.;!?]+)"
                    + "|\\b(?:namely|such as|including)\\s+([^.;!?—–]+)");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");
    /** "a political one and a practical one": items named by "one" count too, wherever they stand. */
    private static final Pattern ONE_ITEM = Pattern.compile("(?i)\\b(?:a|an|the|one) [\\p{L}-]+ one\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private GapGates() {
    }

    static List<String> violations(Cloze q) {
        List<String> v = new ArrayList<>();
        String stem = q.stem();
        String text = stem.startsWith(QuestionGenerator.CLOZE_PROMPT)
                ? stem.substring(QuestionGenerator.CLOZE_PROMPT.length()) : stem;
        giveaway(text, q.answer().key(), q.answer().accepted(), q.answer().kind()).ifPresent(v::add);
        countGivenAway(text, q.answer().key()).ifPresent(v::add);
        notASentence(text).ifPresent(v::add);
        References.openingBackReference(text)
                .ifPresent(r -> v.add("G7 the gap text opens with a back-reference '" + r + "'"));
        return v;
    }

    /** G1: the key, any accepted spelling, or a word formed from a one-word key, outside the gap. */
    static Optional<String> giveaway(String text, String key, List<String> accepted, AnswerKind kind) {
        String rest = text.replace(QuestionGenerator.GAP, " ");
        List<String> forms = new ArrayList<>(accepted);
        forms.add(0, key);
        for (String form : forms) {
            if (Text.containsPhrase(rest, form)) {
                return Optional.of("G1 the gap text gives away its key: it says '" + form + "' outside the gap");
            }
        }
        if (kind == AnswerKind.ENTITY) {
            for (String form : forms) {
                String f = Text.normalise(form);
                if (f.contains(" ") || f.length() < 5) {
                    continue;
                }
                // "Lithuania" → "Lithuanian", "practical" → "practically": the same word with another ending.
                String stemOfKey = f.substring(0, Math.max(4, f.length() - 2));
                Matcher w = WORD.matcher(Text.normalise(rest));
                while (w.find()) {
                    if (w.group().startsWith(stemOfKey)) {
                        return Optional.of("G1 the gap text gives away its key: '" + w.group() + "' is a form of '"
                                + form + "'");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** G1: "_____ packages — a political one and a practical one —" counts the answer out for the student. */
    static Optional<String> countGivenAway(String text, String key) {
        // Any kind whose key reads as a number: a whole-sentence gap on "two" is a phrase answer, but counted out
        // all the same (a blind review, G6).
        int n = AnswerMatcher.parseNumber(key).orElse(-1);
        if (n < 2) {
            return Optional.empty();
        }
        Matcher ones = ONE_ITEM.matcher(text);
        int oneItems = 0;
        while (ones.find()) {
            oneItems++;
        }
        if (oneItems == n) {
            return Optional.of("G1 the gap text lists " + n + " items, which gives away the count in the gap");
        }
        Matcher m = ENUMERATION.matcher(text);
        while (m.find()) {
            String span = java.util.stream.IntStream.rangeClosed(1, m.groupCount()).mapToObj(m::group)
                    .filter(g -> g != null).findFirst().orElse("");
            long items = ITEM_SEPARATOR.splitAsStream(span.strip()).filter(s -> !s.isBlank()).count();
            if (items == n) {
                return Optional.of("G1 the gap text lists " + n + " items ('" + span.strip()
                        + "'), which gives away the count in the gap");
            }
        }
        return Optional.empty();
    }

    /** G5: one whole sentence, not a fragment the sentence splitter cut open. */
    static Optional<String> notASentence(String text) {
        String t = text.strip();
        if (!SENTENCE_START.matcher(t).find()) {
            return Optional.of("G5 the gap text does not start a sentence (capital letter or the gap)");
        }
        if (!SENTENCE_END.matcher(t).find()) {
            return Optional.of("G5 the gap text does not end a sentence with '.', '?' or '!'");
        }
        long quotes = t.chars().filter(c -> c == '"' || c == '“' || c == '”').count();
        if (quotes % 2 != 0) {
            return Optional.of("G5 the gap text opens a quotation it does not close");
        }
        Matcher dangling = DANGLING_END.matcher(t.substring(0, t.length() - 1));
        if (dangling.find()) {
            return Optional.of("G5 the gap text stops at '" + dangling.group().strip().toLowerCase(Locale.ROOT)
                    + "', so what it introduces is missing");
        }
        return Optional.empty();
    }
}
