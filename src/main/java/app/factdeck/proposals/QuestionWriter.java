package app.factdeck.proposals;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions written from a sentence, conservatively: the answer's words are replaced by a wh-phrase where they stand
 * ("Modi joined via video conferencing from which country?"), the sentence is cut after the clause that holds the
 * answer, and a question that would not stand on its own is not written: one that opens inside a quotation or with
 * a participle, that keeps a pronoun the reader cannot resolve, or that asks what the sentence negates.
 */
final class QuestionWriter {

    static final int MAX_QUESTION = 220;

    /** Where the clause that holds the answer ends: a comma before words, a relative clause, a dash, the end. */
    private static final Pattern CLAUSE_END = Pattern.compile(",\\s+(?!\\d{4}\\b)|;|\\s[–—-]\\s|\\s\\(|:\\s"
            + "|\\s(?:where|who|whose|which|while|as|because|amid|although|though|whereas|but|after|before|since|until)\\b"
            + "|[.!?…][\"”’')]*\\s*$");
    /** Pronouns a question must not keep: outside the article nobody knows who "he" or "this" is. */
    static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|him|[Hh]er|them|[Hh]is|[Ii]ts"
            + "|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Ww]e|[Oo]ur|us|I|me|[Mm]y|[Yy]ou|[Yy]our)\\b"
            + "|\\b[Hh]e['’]s\\b");
    static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|nor|neither|none|without|n['’]t|cannot"
            + "|denied|denies|refused|rejected|failed)\\b|n['’]t\\b");
    private static final Pattern OPENING = Pattern.compile("^(?:And|But|So|Also|However|Meanwhile),?\\s+");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]");

    private QuestionWriter() {
    }

    /**
     * The sentence as a question with {@code [start, end)} replaced by {@code wh}, cut after the answer's clause;
     * empty when it would not stand on its own.
     */
    static Optional<String> inPlace(String sentence, int start, int end, String wh) {
        if (start < 0 || end > sentence.length() || start >= end) {
            return Optional.empty();
        }
        String before = sentence.substring(0, start);
        if (QUOTE_MARK.matcher(before).results().count() % 2 == 1) {
            return Optional.empty(); // inside a quotation: its words are the speaker's
        }
        String after = sentence.substring(end);
        Matcher m = CLAUSE_END.matcher(after);
        String rest = m.find() ? after.substring(0, m.start()) : after;
        if (QUOTE_MARK.matcher(rest).results().count() % 2 == 1) {
            return Optional.empty();
        }
        // The clause the answer sits in starts after the last comma before it, unless that leaves no subject.
        String clause = before + wh + rest;
        clause = OPENING.matcher(clause).replaceFirst("");
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        String first = clause.split("\\s+", 2)[0];
        if (first.endsWith("ing") || Character.isLowerCase(clause.charAt(0)) && !clause.startsWith(wh)) {
            return Optional.empty(); // "Speaking after the meeting in which city, …": the subject is elsewhere
        }
        if (PRONOUN.matcher(clause).find() || NEGATION.matcher(clause).find()) {
            return Optional.empty();
        }
        String q = clause.strip();
        q = Character.toUpperCase(q.charAt(0)) + q.substring(1);
        q = q.replaceAll("[\\s,;:]+$", "") + "?";
        return q.length() <= MAX_QUESTION ? Optional.of(q) : Optional.empty();
    }

    /** "Who said “…”?" with the quotation's words untouched (a trailing comma inside it dropped). */
    static Optional<String> whoSaid(String verb, String quotation) {
        String q = quotation.strip();
        q = q.replaceAll("[,]+([”\"])$", "$1").replaceAll(",$", "");
        if (q.length() < 12 || q.length() > MAX_QUESTION - 12) {
            return Optional.empty();
        }
        return Optional.of("Who " + verb + " " + q + "?");
    }

    /** "Which country", "Who", "Which organisation": the wh-phrase for an answer of a type. */
    static String wh(String type) {
        return switch (type) {
            case "person" -> "who";
            case "organisation" -> "which organisation";
            case "newspaper" -> "which newspaper";
            default -> "which " + type.toLowerCase(Locale.ROOT);
        };
    }
}
