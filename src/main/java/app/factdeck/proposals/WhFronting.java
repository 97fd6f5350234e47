package app.factdeck.proposals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English word order for a question written in place ({@link QuestionWriter#inPlace}). A wh-phrase may stay where
 * the answer stood only at the clause's end or as its subject ("Mbappe won the Golden Boot with how many goals?",
 * "Which country invaded …?"). Elsewhere it moves to the front with do-support and the verb's base form from the
 * lemmatizer, or with the auxiliary inverted:
 *
 * <pre>{@code
 * turned("After how many days of talks, delegates agreed to the deal", "how many")
 *     // "After how many days of talks did delegates agree to the deal"
 * turned("The minister said in which city that prices would fall", "in which city")
 *     // "In which city did the minister say that prices would fall"
 * }</pre>
 * A phrase that cannot be turned safely is not asked (empty): one inside a hedge or a determiner ("from nearly how
 * many countries", "from all how many members", "or how many votes"), one after the noun it names ("beat incumbent
 * whom"), a verb whose past and base forms are the same ("beat": did or do?), a subject holding a relative clause.
 */
final class WhFronting {

    /** What marks a real wh-phrase (and not the claim's {answer} slot, which stays a statement). */
    private static final Pattern WH = Pattern.compile("(?i)(?:^|\\s)(?:who|whom|what|which|how many|how much)\\b");
    /** Words before a wh-phrase that leave it inside a noun phrase or a hedge: "nearly how many", "all how many". */
    private static final Set<String> INSIDE = Set.of("all", "nearly", "almost", "about", "around", "over", "some",
            "roughly", "approximately", "than", "least", "most", "up", "only", "just", "another", "the", "a", "an",
            "or", "and", "estimated", "exactly", "precisely", "every", "each", "both");
    /** Verbs whose past is their base: "Lula beat X" could be "did" or "do" (G5: the tense would be guessed). */
    private static final Set<String> SAME_PAST = Set.of("beat", "put", "cut", "set", "hit", "let", "cost", "quit",
            "spread", "hurt", "read", "shut", "bet", "cast", "bid", "burst", "split", "broadcast", "forecast",
            "upset", "thrust", "shed", "rid");
    /** Auxiliaries that invert themselves: "was the deal signed", "will the court rule", "has the bank agreed". */
    private static final Set<String> INVERTING = Set.of("be", "will", "would", "can", "could", "shall", "should",
            "may", "might", "must");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:who|whom|which|that|whose|where)\\b|[,;:]");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)^(?:in|on|at|from|to|by|with|for|into"
            + "|after|before|during|since|until|under|over|against|between|through|via|of|near)\\s");

    private WhFronting() {
    }

    /** True when {@code wh} is a question's wh-phrase ("in which city", "how many"), not a slot for a statement. */
    static boolean isQuestion(String wh) {
        return WH.matcher(" " + wh).find();
    }

    /**
     * The in-place question (without its "?") in English word order, or empty when it cannot be turned safely.
     *
     * @param clause the sentence's clause with the answer replaced by {@code wh}
     * @param wh     the wh-phrase as written into it, lower case ("in which city", "how many", "whom")
     */
    static Optional<String> turned(String clause, String wh) {
        int at = indexOf(clause, wh);
        if (at < 0) {
            return Optional.of(clause);
        }
        String prefix = clause.substring(0, at);
        String after = clause.substring(at + wh.length());
        if (!LEADING_PREPOSITION.matcher(wh).find() && insideAPhrase(clause, at)) {
            return Optional.empty();
        }
        // "After how many days of talks, delegates agreed …": the wh-phrase is in a fronted adjunct.
        int comma = after.indexOf(", ");
        boolean opensWithIt = prefix.isBlank() && LEADING_PREPOSITION.matcher(wh).find()
                || LEADING_PREPOSITION.matcher(prefix).find()
                && prefix.strip().split("\\s+").length <= 2;
        if (opensWithIt && comma >= 0) {
            String adjunct = clause.substring(0, at + wh.length() + comma);
            if (QuestionWriter.hasVerb(adjunct.replace(wh, "").replace(capitalised(wh), ""))) {
                return prefix.isBlank() ? Optional.of(clause) : Optional.empty();
            }
            return inverted(adjunct + ", ", after.substring(comma + 2)).map(main -> capitalised(adjunct) + " " + main);
        }
        if (prefix.isBlank()) {
            return Optional.of(clause); // the subject: "Which country invaded …"
        }
        // "X said in which city that …": the clause goes on after the wh-phrase, which must come first.
        if (after.matches("(?s)^\\s+that\\s.*")) {
            if (!LEADING_PREPOSITION.matcher(wh).find()) {
                return Optional.empty();
            }
            return inverted("", prefix.stripTrailing() + after).map(main -> capitalised(wh) + " " + main);
        }
        return Optional.of(clause);
    }

    /**
     * "Representatives agreed to the deal" → "did representatives agree to the deal"; "the deal was signed" → "was
     * the deal signed"; empty when the subject or the tense is unsure.
     */
    static Optional<String> inverted(String main) {
        return inverted("", main);
    }

    /** As {@link #inverted(String)}, with the words before {@code main} tagged too: the tagger reads words in context. */
    private static Optional<String> inverted(String lead, String main) {
        int shift = lead.length();
        List<Tagged.Token> tokens = Nlp.tagWithLemmas(lead + main).tokens().stream().filter(t -> t.start() >= shift)
                .map(t -> new Tagged.Token(t.start() - shift, t.end() - shift, t.word(), t.tag(), t.lemma())).toList();
        // The first word is the subject's even when the tagger reads it as a verb ("Representatives agreed …").
        int v = 1;
        while (v < tokens.size() && !tokens.get(v).is("VERB", "AUX") && !pastReadAsAdjective(tokens, v)) {
            v++;
        }
        if (v >= tokens.size()) {
            return Optional.empty();
        }
        Tagged.Token verb = tokens.get(v);
        String subject = main.substring(0, verb.start()).strip();
        if (RELATIVE.matcher(subject).find() || tokens.get(0).is("ADP", "SCONJ")) {
            return Optional.empty();
        }
        String subjectWritten = tokens.get(0).is("PROPN") || tokens.get(0).word().equals("I") ? subject
                : Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
        String rest = main.substring(verb.end());
        String word = verb.word().toLowerCase(Locale.ROOT);
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        boolean participleNext = v + 1 < tokens.size() && tokens.get(v + 1).is("VERB", "AUX", "ADV", "PART");
        if (verb.is("AUX") && (INVERTING.contains(lemma) || lemma.equals("have") && participleNext)) {
            return Optional.of(word + " " + subjectWritten + rest);
        }
        if (lemma.isEmpty() || word.endsWith("ing") || !lemma.matches("\\p{L}+")) {
            return Optional.empty();
        }
        String doForm;
        if (word.equals(lemma)) {
            if (SAME_PAST.contains(lemma)) {
                return Optional.empty();
            }
            doForm = "do";
        } else if (word.equals(lemma + "s") || word.equals(lemma + "es")
                || lemma.endsWith("y") && word.equals(lemma.substring(0, lemma.length() - 1) + "ies")) {
            doForm = "does";
        } else {
            doForm = "did";
        }
        return Optional.of(doForm + " " + subjectWritten + " " + lemma + rest);
    }

    /**
     * "The chief executive announced in …": the tagger reads some past forms as adjectives; a lower-case "-ed" word
     * whose lemma differs and that describes no noun after it is the verb.
     */
    private static boolean pastReadAsAdjective(List<Tagged.Token> tokens, int i) {
        Tagged.Token t = tokens.get(i);
        boolean describesNext = i + 1 < tokens.size() && tokens.get(i + 1).is("NOUN", "PROPN", "ADJ");
        return i > 0 && t.is("ADJ") && t.word().matches("\\p{Ll}+ed") && !t.lemma().isEmpty()
                && !t.lemma().equals(t.word()) && !describesNext;
    }

    /** True when the word before the wh-phrase keeps it inside a noun phrase or a hedge. */
    private static boolean insideAPhrase(String clause, int at) {
        Tagged.Token before = null;
        for (Tagged.Token token : Nlp.tag(clause).tokens()) {
            if (token.end() <= at) {
                before = token;
            }
        }
        if (before == null) {
            return false;
        }
        return INSIDE.contains(before.word().toLowerCase(Locale.ROOT))
                || before.is("NOUN", "ADJ", "PROPN", "NUM", "DET", "CCONJ");
    }

    private static int indexOf(String clause, String wh) {
        if (clause.startsWith(capitalised(wh))) {
            return 0;
        }
        java.util.regex.Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(wh) + "(?![\\p{L}])")
                .matcher(clause);
        return m.find() ? m.start() : -1;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
