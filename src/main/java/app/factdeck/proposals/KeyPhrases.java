package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.ClaimFields;
import app.factdeck.content.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key-phrase facts (the content format's {@code claim}): amounts a count cannot hold (percentages, money, decimals,
 * ordinals, scores) and short phrases (what "X is …", what a named subject's verb takes). Each has a statement with
 * {@code {answer}} cut to the answer's clause by {@link QuestionWriter#inPlace} (so it keeps no pronoun, negation or
 * back-reference) and a contradiction that changes exactly one thing:
 * <ul>
 *   <li>an amount: the same statement with another value of the same kind that the article does not write anywhere
 *       ("50.88%" → "40.88%", "third" → "fourth", "4-2" → "4-3"); an approximate amount ("around 156 million") is
 *       changed far beyond what its hedge allows; a cap ("up to 100 billion francs") is asked with "up to" kept
 *       before the gap, and a lower bound ("more than") is not asked: a smaller value is "more than" too;</li>
 *   <li>a phrase: the clause's verb negated with its lemma ("is compulsory" → "is not compulsory", "scored a
 *       hat-trick" → "did not score a hat-trick"); a clause that holds a negation is never proposed.</li>
 * </ul>
 * A subject counted by a quantifier ("many polls", "some voters") is not negated: "many did not" is no opposite of
 * "many did". Two less certain shapes, shown to the teacher but not pre-ticked: an amount in the phrase a sentence opens with,
 * kept with its main clause ("With {99.55%} of the count completed, Lula had garnered 50.88%."), and a short
 * quotation right after a named speaker's verb of saying ("Lula tweeted “{democracy}”"), whose false item negates the
 * verb ("did not tweet") and never touches the quoted words. An amount coordinated with another ("the 80th and
 * 81st minutes", "3.2% and 4.1%") is not asked alone: the other, beside the gap, all but gives it away; two
 * ordinals are asked as the pair ("in the {80th and 81st} minutes", false item "70th and 71st"). An amount in a
 * name's relative clause is asked with the name as subject, not pre-ticked ("The UAE Consensus will help limit
 * global heating to {1.5°C} …"). Not asked: how much of a count was done ("With 99.55% of the count completed",
 * G9), and an amount whose framing words stand before another amount of its kind elsewhere in the article ("Lula
 * had garnered {50.88%}" beside the first round's "who garnered 48%", G2).
 * Longer quotations are {@link QuotedWords}' gaps, whose false item negates only the verb of saying: no false item
 * changes a speaker's words. A phrase a verb's preposition takes ("were deprived of {a vote on the deal}") and the
 * object of a bare-noun subject ("Membership would require {unanimous agreement} …") are asked too, unless the same
 * subject's verb takes another phrase elsewhere in the article (the gap would have two keys). Pure and topic-free: the
 * only word lists are general English (auxiliaries, prepositions, particles, weak adjectives and nouns).
 */
final class KeyPhrases {

    static final double AMOUNT_NAMED = 0.75;
    static final double AMOUNT = 0.6;
    static final double ORDINAL = 0.55;
    static final double PHRASE = 0.45;
    /** An amount in the phrase a sentence opens with, or a speaker's short quotation: shown, not pre-ticked. */
    static final double OPENING_AMOUNT = 0.5;
    static final double QUOTED = 0.5;
    /** An amount in a name's relative clause, asked with the name as subject: a rewording, so not pre-ticked. */
    static final double RELATIVE_AMOUNT = 0.55;
    /** The longest quotation asked as a key phrase: a word or a slogan, not a statement. */
    static final int MAX_QUOTED_WORDS = 3;
    static final String GAP = "{answer}";
    /** The claim's key phrase and statement as the content format bounds them. */
    /** The longest phrase the proposer's own shapes cut: shorter than the format allows, so a typed answer is recalled. */
    static final int MAX_ANSWER_WORDS = 4;
    /** A phrase with its "of"/"on" phrase ("a vote on the deal") may take the format's full length. */
    static final int MAX_LONG_ANSWER_WORDS = ClaimFields.MAX_ANSWER_WORDS;
    static final int MAX_ANSWER_CHARS = ClaimFields.MAX_ANSWER_CHARS;
    static final int MAX_STATEMENT = ClaimFields.MAX_SENTENCE_CHARS;
    private static final int MAX_TAGS = 2_000;

    private static final Set<Quantity.Kind> AMOUNTS = Set.of(Quantity.Kind.PERCENT, Quantity.Kind.MONEY,
            Quantity.Kind.DECIMAL, Quantity.Kind.ORDINAL, Quantity.Kind.SCORE);
    /** Hedges that only blur a number: a value twice as large (or half) is still ruled out. */
    private static final Set<String> APPROXIMATE = Set.of("nearly", "almost", "about", "around", "roughly",
            "approximately", "some", "close to", "an estimated", "estimated");
    private static final Pattern COMPARISON = Pattern.compile("\\s(?:less|more|lower|higher|fewer|cheaper)\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern SCORE = Pattern.compile("(\\d{1,2})(\\s?[-–]\\s?)(\\d{1,2})");
    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d{1,4})(st|nd|rd|th)");
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    /** The ordinal within an ordinal quantity's words ("day 478", "36th minute", "fourth nation"). */
    private static final Pattern ORDINAL_ITSELF = Pattern.compile("\\d+(?:st|nd|rd|th)?|(?i:"
            + String.join("|", ORDINAL_WORDS) + ")\\b");
    /** Ordinals that are phrasing, not a fact: "for the first time", "the second half". */
    private static final Set<String> ORDINAL_NOT_A_FACT = Set.of("time", "half", "place", "person", "round", "leg",
            "quarter", "period");
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s", "’s");
    private static final Set<String> NEGATABLE_AUX = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "should", "must", "can", "does", "do", "did");
    /** Adjectives that say too little to be a key phrase on their own. */
    static final Set<String> WEAK_ADJECTIVES = Set.of("able", "unable", "likely", "unlikely", "sure",
            "possible", "impossible", "important", "necessary", "ready", "clear", "true", "false", "available", "aware",
            "due", "right", "wrong", "good", "bad", "new", "different", "same", "other", "much", "many", "more", "less",
            "full", "open", "set", "high", "low", "big", "small", "large", "great", "certain", "free", "sorry", "happy",
            "glad", "confident", "concerned", "pleased", "proud");
    /** Nouns too general to be asked ("a way", "the time", "a lot"). */
    static final Set<String> WEAK_NOUNS = Set.of("way", "time", "thing", "lot", "part", "number", "kind",
            "sort", "place", "point", "fact", "case", "end", "day", "year", "week", "month", "people", "one", "step",
            "role", "issue", "matter", "question", "statement", "comment", "news", "move", "decision");
    /** Verbs whose object is what was said or done in general, not a fact ("said", "made it", "got"). */
    private static final Set<String> WEAK_VERBS = Set.of("be", "have", "do", "say", "tell", "add", "get", "make",
            "take", "give", "go", "come", "see", "know", "think", "want", "need", "use", "find", "put", "let", "seem",
            "become", "include", "mean", "show", "continue", "remain", "keep", "hold", "call");

    /** An amount another of its kind is coordinated with: "the 80th and 81st", "3.2% and 4.1%", "from 3% to 5%". */
    private static final String AN_AMOUNT = "(?:[$€£]?\\d|(?i:" + String.join("|", ORDINAL_WORDS) + ")\\b)";
    static final Pattern COORDINATED_AFTER = Pattern.compile("\\s*(?:,|and|or|to|-|–)\\s*" + AN_AMOUNT);
    static final Pattern COORDINATED_BEFORE = Pattern.compile(AN_AMOUNT + "[\\p{L}\\d.,%]*\\s*(?:,|and|or|to|-|–)"
            + "\\s*$");
    /**
     * Bounds that state a cap ("assistance of up to 100 billion francs"): the cap is a fact, and any other cap is
     * false, so it is asked with the bound kept before the gap. A lower bound ("more than 697,000") is not: a smaller
     * value is "more than" too, so it has no false item.
     */
    private static final Set<String> CAPS = Set.of("up to", "at most");
    /** Words that say nothing of what an amount is: "their {answer}" frames every team's ordinal. */
    private static final Set<String> FRAME_STOP = Set.of("their", "there", "these", "those", "this", "that", "with",
            "from", "into", "about", "than", "some", "each", "every", "over", "under");
    /** Two ordinals joined by "and": "the 80th and 81st minutes", asked as the pair. */
    private static final Pattern ORDINAL_PAIR = Pattern.compile("^(\\d{1,3})(?:st|nd|rd|th) and (\\d{1,3})(?:st|nd|rd|th)\\b");
    /**
     * The progress of a count an opening phrase reports ("With 99.55% of the count completed", "With 80% of ballots
     * counted"): a reporting detail, not a fact worth a question (G9).
     */
    static final Pattern PROGRESS_OPENING = Pattern.compile("(?s)With\\s.*\\s\\p{Ll}+ed");
    /** A name and its relative clause: "… to the UAE Consensus, which will help limit heating to 1.5°C". */
    private static final Pattern NAME_WHICH = Pattern.compile("(?<![\\p{L}])((?:the\\s+)?(?:\\p{Lu}[\\p{L}\\d’'-]*\\s+)*"
            + "\\p{Lu}[\\p{L}\\d’'-]*),\\s+which\\s+(?=(?:will|would|has|have|had|is|was|are|were|can|could|may|might"
            + "|must|should|\\p{Ll}+s|\\p{Ll}+ed)\\s)");
    /** A sentence opening with a phrase of circumstance, up to its comma: "With 99.55% of the count completed, ". */
    static final Pattern OPENING_PHRASE = Pattern.compile("((?:With|After|At|By|Following)\\s[^,;:“”\"]{3,80}),\\s+");
    private static final Pattern MAIN_CLAUSE_END = Pattern.compile(",\\s|;|\\s(?:while|as|but|after|before|which|who)\\s"
            + "|[.!?…]\\s*$");
    /** A verb of saying right before a short quotation: "tweeted “democracy”". */
    private static final Pattern QUOTING = Pattern.compile("\\s(tweeted|wrote|posted|said|declared|shouted|chanted"
            + "|replied|answered)\\s+“([^“”]{1,40}?)[,.]?”");

    /**
     * A subject counted by a quantifier: "many polls did not suggest a clear win" is not the opposite of "many polls
     * suggested a clear win" (both may be true), so such a statement has no false item by negation.
     */
    private static final Pattern QUANTIFIED = Pattern.compile("(?i)\\b(?:many|some|several|few|most|all|both|each"
            + "|every|any|numerous|various|certain|much)\\b");

    /** Times told from the sentence before: "A minute later", "the next day". */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)\\b(?:later|earlier|afterwards|previously"
            + "|meanwhile|the next|the following|the previous|that day|that year)\\b");

    private final String article;
    private final List<String> sentences;
    /** Tags already read: the same words before a gap are read for the subject and for the verb group. */
    private final Map<String, Tagged> tags = new HashMap<>();
    /** The sentence read last and its possessives hidden: every candidate of a sentence needs the same. */
    private String lastSentence;
    private String lastHidden;
    private String lemmaSentence;
    private Tagged lemmaTags;

    /** @param sentences the article's sentences: a false value must not be written anywhere among them */
    KeyPhrases(List<String> sentences) {
        this.article = String.join(" \n ", sentences);
        this.sentences = List.copyOf(sentences);
    }

    private Tagged withLemmas(String sentence) {
        if (!sentence.equals(lemmaSentence)) {
            lemmaSentence = sentence;
            lemmaTags = Nlp.tagWithLemmas(sentence);
        }
        return lemmaTags;
    }

    private Tagged tag(String words) {
        if (tags.size() > MAX_TAGS) {
            tags.clear();
        }
        return tags.computeIfAbsent(words, Nlp::tag);
    }

    /** The key-phrase proposals of one sentence, amounts first. */
    List<Proposal> in(String sentence) {
        List<Proposal> out = new ArrayList<>();
        amounts(sentence, out);
        Tagged t = tag(sentence);
        quotations(sentence, t, out);
        QuotedWords.in(sentence).stream().map(this::withOtherWordings).forEach(out::add);
        predicates(sentence, t, out);
        objects(sentence, t, out);
        prepositionalObjects(sentence, t, out);
        return out;
    }

    /**
     * A quotation's gap "under {an accelerated approach}" also accepts what the article writes after the same
     * preposition with the same article and describing word and another noun ("under an accelerated procedure", in
     * another sentence): the article says both, so a student who gives the other is right (a blind review, G2).
     */
    private Proposal withOtherWordings(Proposal p) {
        MarkedFact f = p.fact();
        String[] key = f.answerWords().get(0).split("\\s+");
        Matcher before = Pattern.compile("(\\p{L}+)\\s+" + Pattern.quote(GAP)).matcher(f.statement());
        if (key.length != 3 || !key[0].matches("(?i)a|an|the") || !before.find()) {
            return p;
        }
        Pattern same = Pattern.compile("(?i)\\b" + Pattern.quote(before.group(1)) + "\\s+" + Pattern.quote(key[0])
                + "\\s+" + Pattern.quote(key[1]) + "\\s+(\\p{L}+)\\b");
        java.util.LinkedHashSet<String> other = new java.util.LinkedHashSet<>();
        for (String s : sentences) {
            Matcher m = same.matcher(s);
            while (m.find()) {
                if (!m.group(1).equalsIgnoreCase(key[2]) && !WEAK_NOUNS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    other.add(key[0] + " " + key[1] + " " + m.group(1));
                    other.add(key[1] + " " + m.group(1));
                }
            }
        }
        if (other.isEmpty()) {
            return p;
        }
        String aliases = (f.aliases().isBlank() ? "" : f.aliases() + ", ") + String.join(", ", other);
        return new Proposal(p.key(), f.withAliases(aliases), p.confidence(), p.reason());
    }

    // --- amounts -------------------------------------------------------------------------------------------------

    private void amounts(String s, List<Proposal> out) {
        for (Quantity q : QuantityReader.in(s)) {
            boolean cap = CAPS.contains(q.hedge()) && (q.kind() == Quantity.Kind.MONEY
                    || q.kind() == Quantity.Kind.PERCENT);
            if (!AMOUNTS.contains(q.kind()) || !q.exact() && !APPROXIMATE.contains(q.hedge()) && !cap) {
                continue;
            }
            int start = cap ? q.start() + q.hedge().length() + 1 : q.start();
            int end = q.end();
            String wrongPair = null;
            if (q.kind() == Quantity.Kind.ORDINAL) {
                // The ordinal alone is the answer: "the {fourth} nation", "day {478}", "the {36th} minute".
                Matcher m = ORDINAL_ITSELF.matcher(q.written());
                if (!m.find() || ORDINAL_NOT_A_FACT.contains(q.unit().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                start = q.start() + m.start();
                end = q.start() + m.end();
                Matcher pair = ORDINAL_PAIR.matcher(s.substring(start));
                if (pair.lookingAt() && !COORDINATED_BEFORE.matcher(s.substring(0, start)).find()) {
                    // "in the {80th and 81st} minutes": the pair is one fact; its false item moves both.
                    end = start + pair.end();
                    wrongPair = shiftedPair(Integer.parseInt(pair.group(1)), Integer.parseInt(pair.group(2)));
                }
            }
            Matcher comparison = COMPARISON.matcher(s.substring(end));
            if (q.kind() == Quantity.Kind.PERCENT && comparison.lookingAt()) {
                end += comparison.end(); // "60% less than …": the comparison is part of the amount
            }
            if (s.substring(0, start).matches("(?s).*\\(\\s*")) {
                continue; // "(€3.02 billion)": a conversion of the amount before it, which would give it away
            }
            if (wrongPair == null && (COORDINATED_AFTER.matcher(s.substring(end)).lookingAt()
                    && !equivalentAfter(s, end, q.kind()) || COORDINATED_BEFORE.matcher(s.substring(0, start)).find())) {
                continue; // "in the 80th and {81st} minutes": the other amount all but gives this one away
            }
            String answer = s.substring(start, end);
            Optional<String> wrong = wrongPair != null
                    ? Optional.of(wrongPair).filter(w -> !Text.containsPhrase(article, w))
                    : wrongAmount(q.kind(), answer, cap ? "" : q.hedge());
            if (wrong.isEmpty()) {
                continue;
            }
            Optional<String> statement = statement(s, start, end);
            if (statement.isEmpty()) {
                Optional<String> opening = inOpeningPhrase(s, start, end);
                Optional<String> relative = opening.isPresent() ? Optional.empty() : inRelativeClause(s, start, end);
                if (opening.isPresent() && !fitsAnotherAmount(s, opening.get(), q.kind(), answer)) {
                    add(s, answer, opening.get(), withArticle(opening.get(), wrong.get()), OPENING_AMOUNT,
                            "an amount in the opening phrase", out);
                } else if (relative.isPresent() && !fitsAnotherAmount(s, relative.get(), q.kind(), answer)) {
                    add(s, answer, relative.get(), withArticle(relative.get(), wrong.get()), RELATIVE_AMOUNT,
                            "an amount in what the sentence says of a name", out);
                }
                continue;
            }
            if (fitsAnotherAmount(s, statement.get(), q.kind(), answer)) {
                continue; // "Lula had garnered {answer}" fits the first round's 48% as well (G2)
            }
            Subject subject = subject(statement.get());
            if (subject == Subject.DEFINITE) {
                continue;
            }
            boolean named = subject == Subject.NAMED;
            double confidence = q.kind() == Quantity.Kind.ORDINAL ? ORDINAL : named ? AMOUNT_NAMED : AMOUNT;
            String reason = switch (q.kind()) {
                case PERCENT -> "a percentage";
                case MONEY -> "an amount of money";
                case ORDINAL -> "an ordinal (first, 28th …)";
                case SCORE -> "a score";
                default -> "a number with decimals";
            };
            add(s, answer, statement.get(), withArticle(statement.get(), wrong.get()), confidence, reason, out);
        }
    }

    /**
     * "With {answer} of the count completed, Lula had garnered 50.88%.": an amount in the phrase a sentence opens
     * with, kept with the main clause that follows up to its first comma, when that clause opens with a name and
     * its verb and holds no pronoun, negation or quotation. The false item changes only the amount.
     */
    Optional<String> inOpeningPhrase(String s, int start, int end) {
        Matcher m = OPENING_PHRASE.matcher(s);
        if (!m.lookingAt() || end > m.end(1) || insideQuote(s, start)
                || PROGRESS_OPENING.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        String opening = s.substring(0, start) + GAP + s.substring(end, m.end(1));
        String rest = s.substring(m.end());
        Matcher stop = MAIN_CLAUSE_END.matcher(rest);
        String main = stop.find() ? rest.substring(0, stop.start()) : rest;
        if (main.isBlank() || QuestionWriter.PRONOUN.matcher(main).find() || QuestionWriter.NEGATION.matcher(s).find()
                || main.matches("(?s).*[\"“”].*") || opening.matches("(?s).*[\"“”].*")
                || RELATIVE_TIME.matcher(opening + main).find()) {
            return Optional.empty();
        }
        List<Tagged.Token> tokens = tag(main).tokens();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).is("PROPN")) {
            i++;
        }
        if (i == 0 || i == tokens.size() || !tokens.get(i).is("AUX", "VERB")) {
            return Optional.empty();
        }
        String statement = opening + ", " + main.strip() + ".";
        return statement.length() > MAX_STATEMENT ? Optional.empty() : Optional.of(statement);
    }

    /**
     * "… agreed to the UAE Consensus, which will help limit global heating to {answer} above preindustrial levels."
     * → "The UAE Consensus will help limit global heating to {answer} above preindustrial levels.": an amount in the
     * relative clause of a name (capitalised words, not after "of", where "which" could be the larger phrase's) is
     * asked with the name as the clause's subject. The clause must open with its verb and hold no pronoun, negation,
     * quotation or time told from elsewhere.
     */
    Optional<String> inRelativeClause(String s, int start, int end) {
        Matcher m = NAME_WHICH.matcher(s.substring(0, start));
        int from = -1;
        String name = null;
        while (m.find()) {
            from = m.end();
            name = m.group(1);
            if (m.start() >= 3 && s.substring(0, m.start()).matches("(?s).*\\bof\\s+$")) {
                name = null;
            }
        }
        if (name == null || insideQuote(s, start) || name.split("\\s+").length > 6) {
            return Optional.empty();
        }
        String rest = s.substring(end);
        Matcher stop = MAIN_CLAUSE_END.matcher(rest);
        String tail = stop.find() ? rest.substring(0, stop.start()) : rest;
        String clause = s.substring(from, start) + GAP + tail;
        if (QuestionWriter.PRONOUN.matcher(clause).find() || QuestionWriter.NEGATION.matcher(clause).find()
                || clause.matches("(?s).*[\"“”(].*") || RELATIVE_TIME.matcher(clause).find()
                || s.substring(from, start).contains(",")) {
            return Optional.empty();
        }
        String subject = name.startsWith("the ") ? "The" + name.substring(3) : name;
        String statement = subject + " " + clause.strip() + ".";
        return statement.length() > MAX_STATEMENT ? Optional.empty() : Optional.of(statement);
    }

    /**
     * True when the words right before the gap are written in another sentence of the article before an amount of the
     * same kind: "Lula had garnered {answer}" fits "Lula, who garnered 48%" of the first round as well as the
     * runoff's 50.88% (G2). The frame runs from the last word that says something (four letters or more, not a
     * possessive or determiner) to the gap: "clinched their {answer}" is not framed by "their" alone, and "in the
     * {answer}" frames nothing.
     */
    boolean fitsAnotherAmount(String source, String statement, Quantity.Kind kind, String answer) {
        String before = statement.substring(0, Math.max(0, statement.indexOf(GAP))).strip();
        String[] words = before.split("\\s+");
        if (words.length == 0 || words[words.length - 1].isEmpty()) {
            return false;
        }
        int i = words.length - 1;
        while (i >= 0 && words.length - i <= 3 && (!words[i].matches("[\\p{L}’'-]{4,}")
                || FRAME_STOP.contains(words[i].toLowerCase(Locale.ROOT)))) {
            i--;
        }
        if (i < 0 || words.length - i > 3) {
            return false; // "(€3.02 billion), {answer}", "in the {answer}": no words say what the amount is of
        }
        String frame = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        if (!frame.matches("[\\p{L}’'-]+(?: [\\p{L}’'-]+)*")) {
            return false;
        }
        Pattern at = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(frame) + "\\s+");
        for (String sentence : article.split(" \n ")) {
            if (sentence.equals(source)) {
                continue; // the answer's own sentence: its other amounts are the coordination rule's
            }
            Matcher m = at.matcher(sentence);
            while (m.find()) {
                for (Quantity other : QuantityReader.in(sentence)) {
                    if (other.kind() == kind && other.start() >= m.end() && other.start() <= m.end() + 12
                            && !Text.normalise(other.written()).contains(Text.normalise(answer))
                            && !Text.normalise(answer).contains(Text.normalise(other.written()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * True when the amount is followed by "or" and an amount of another kind, the same figure said another way
     * ("received 49.12% or 57,976,538 votes"): not a second figure that gives this one away.
     */
    private static boolean equivalentAfter(String s, int end, Quantity.Kind kind) {
        if (!s.substring(end).matches("(?s)^\\s+or\\s+.*")) {
            return false;
        }
        for (Quantity next : QuantityReader.in(s)) {
            if (next.start() >= end && next.start() <= end + 5) {
                return next.kind() != kind;
            }
        }
        return false;
    }

    /** "80th and 81st" → "70th and 71st" (or "90th and 91st" when that would go below one). */
    private static String shiftedPair(int a, int b) {
        int by = Math.min(a, b) > 10 ? -10 : 10;
        return ordinal(a + by) + " and " + ordinal(b + by);
    }

    /** The statement with {@code words} in the gap and "a"/"an" before it agreeing: "an 80th" but "a 79th". */
    static String withArticle(String statement, String words) {
        Matcher m = Pattern.compile("\\b([Aa])n?\\s+" + Pattern.quote(GAP)).matcher(statement);
        if (!m.find()) {
            return statement.replace(GAP, words);
        }
        boolean vowel = words.matches("(?i)[aeio].*|8.*|1[18](?:\\D.*|$)|1[18]\\d\\d(?:\\D.*|$)");
        return statement.substring(0, m.start()) + m.group(1) + (vowel ? "n " : " ") + words
                + statement.substring(m.end());
    }

    /**
     * Another value of the same kind, written the same way, that the article nowhere writes: the false item changes
     * only the amount. Empty when no such value is found.
     */
    Optional<String> wrongAmount(Quantity.Kind kind, String answer, String hedge) {
        for (String candidate : candidates(kind, answer, hedge)) {
            String bare = candidate.substring(hedge.isEmpty() ? 0 : Math.min(candidate.length(),
                    hedgeLength(candidate, hedge)));
            if (!candidate.equals(answer) && !Text.containsPhrase(article, bare.strip())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static int hedgeLength(String candidate, String hedge) {
        return candidate.toLowerCase(Locale.ROOT).startsWith(hedge) ? hedge.length() : 0;
    }

    private static List<String> candidates(Quantity.Kind kind, String answer, String hedge) {
        List<String> out = new ArrayList<>();
        if (kind == Quantity.Kind.SCORE) {
            Matcher m = SCORE.matcher(answer);
            if (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                // A draw stays a draw and a win a win by the same side: only the margin changes.
                if (a == b) {
                    out.add(replace(answer, m, (a + 1) + m.group(2) + (b + 1)));
                    if (a > 0) {
                        out.add(replace(answer, m, (a - 1) + m.group(2) + (b - 1)));
                    }
                } else if (a > b) {
                    out.add(replace(answer, m, a + m.group(2) + (b + 1 < a ? b + 1 : b)));
                    out.add(replace(answer, m, (a + 1) + m.group(2) + b));
                } else {
                    out.add(replace(answer, m, (a + 1 < b ? a + 1 : a) + m.group(2) + b));
                    out.add(replace(answer, m, a + m.group(2) + (b + 1)));
                }
            }
            return out;
        }
        if (kind == Quantity.Kind.ORDINAL) {
            Matcher d = ORDINAL_DIGITS.matcher(answer);
            if (d.matches()) {
                int n = Integer.parseInt(d.group(1));
                out.add(ordinal(n + 1));
                if (n > 1) {
                    out.add(ordinal(n - 1));
                }
                return out;
            }
            if (answer.matches("\\d+")) {
                int n = Integer.parseInt(answer);
                out.add(String.valueOf(n + 1));
                if (n > 1) {
                    out.add(String.valueOf(n - 1));
                }
                return out;
            }
            int i = ORDINAL_WORDS.indexOf(answer.toLowerCase(Locale.ROOT));
            if (i >= 0) {
                for (int j : new int[] {i + 1, i - 1}) {
                    if (j >= 0 && j < ORDINAL_WORDS.size()) {
                        String w = ORDINAL_WORDS.get(j);
                        out.add(Character.isUpperCase(answer.charAt(0))
                                ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
                    }
                }
            }
            return out;
        }
        Matcher m = DIGITS.matcher(answer);
        if (!m.find()) {
            return out;
        }
        BigDecimal v = new BigDecimal(m.group().replace(",", ""));
        List<BigDecimal> values = new ArrayList<>();
        if (!hedge.isEmpty()) {
            // "around 156 million" allows 150 million, not 312 million or 78 million.
            values.add(v.multiply(BigDecimal.valueOf(2)));
            values.add(v.divide(BigDecimal.valueOf(2)));
        } else if (kind == Quantity.Kind.PERCENT) {
            BigDecimal ten = BigDecimal.TEN;
            if (v.compareTo(BigDecimal.valueOf(50)) > 0) {
                values.add(v.subtract(ten));
                values.add(v.subtract(ten.add(ten)));
            } else if (v.compareTo(ten) >= 0) {
                values.add(v.add(ten));
                values.add(v.subtract(BigDecimal.valueOf(5)));
            } else {
                values.add(v.add(BigDecimal.valueOf(3)));
                values.add(v.add(BigDecimal.valueOf(5)));
            }
        } else if (kind == Quantity.Kind.MONEY) {
            values.add(v.multiply(BigDecimal.valueOf(2)));
            values.add(v.add(v.divide(BigDecimal.valueOf(2))));
        } else {
            // A measurement ("44.5 degrees", "1.5°C") stays near its value: a fifth more, or less.
            values.add(v.multiply(new BigDecimal("1.2")));
            values.add(v.multiply(new BigDecimal("0.8")));
        }
        for (BigDecimal w : values) {
            if (w.signum() > 0) {
                out.add(replace(answer, m, written(w, m.group())));
            }
        }
        return out;
    }

    /** The value written as {@code like} is: the same decimals, thousands separators when it has them. */
    static String written(BigDecimal value, String like) {
        int dot = like.indexOf('.');
        int decimals = dot < 0 ? 0 : like.length() - dot - 1;
        BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
        if (like.contains(",")) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", v);
        }
        return v.toPlainString();
    }

    private static String replace(String answer, Matcher m, String with) {
        return answer.substring(0, m.start()) + with + answer.substring(m.end());
    }

    private static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    // --- phrases -------------------------------------------------------------------------------------------------

    /**
     * "Lula tweeted “democracy”": a short quotation (a word or a slogan) right after a verb of saying whose subject
     * is a name. The speaker's words are the answer and stay as they are: the false item negates the verb ("did not
     * tweet “democracy”"), never the quotation.
     */
    private void quotations(String s, Tagged t, List<Proposal> out) {
        Matcher m = QUOTING.matcher(s);
        while (m.find()) {
            String words = m.group(2).strip();
            if (words.isEmpty() || words.split("\\s+").length > MAX_QUOTED_WORDS || insideQuote(s, m.start())
                    || !words.matches("[\\p{L}][\\p{L}\\s'’-]*") || QuestionWriter.NEGATION.matcher(words).find()) {
                continue;
            }
            int verbAt = m.start(1);
            List<Tagged.Token> tokens = t.tokens();
            int first = -1;
            for (int i = tokens.size() - 1; i >= 0; i--) {
                Tagged.Token tok = tokens.get(i);
                if (tok.end() > verbAt) {
                    continue;
                }
                if (!tok.is("PROPN")) {
                    break;
                }
                first = i;
            }
            if (first < 0) {
                continue;
            }
            String speaker = s.substring(tokens.get(first).start(), m.start()).strip();
            if (first > 0 && tokens.get(first - 1).word().matches("[Tt]he")) {
                continue; // "the Brazil striker …": a description that may point back
            }
            int answerAt = s.indexOf(words, m.start(2));
            String statement = speaker + " " + m.group(1) + " “" + GAP + "”.";
            Optional<String> negated = negated(statement.replace(GAP, words));
            if (answerAt < 0 || negated.isEmpty() || !Text.containsPhrase(s, words)) {
                continue;
            }
            add(s, words, statement, negated.get(), QUOTED, "a short quotation with its speaker", out);
        }
    }

    /** "… where voting is compulsory": the adjective a clause ends on after a form of "be". */
    private void predicates(String s, Tagged t, List<Proposal> out) {
        List<Tagged.Token> tokens = t.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Tagged.Token adj = tokens.get(i);
            Tagged.Token be = tokens.get(i - 1);
            boolean closes = i + 1 == tokens.size() || tokens.get(i + 1).is("PUNCT");
            if (!adj.is("ADJ") || !BE.contains(be.word().toLowerCase(Locale.ROOT)) || !closes || adj.word().length() < 4
                    || WEAK_ADJECTIVES.contains(adj.word().toLowerCase(Locale.ROOT))
                    || !adj.word().matches("\\p{Ll}[\\p{Ll}-]+")) {
                continue;
            }
            phrase(s, adj.start(), adj.end(), "what the subject is", out, () -> true);
        }
    }

    /** "Kylian Mbappe scored a hat-trick": the common-noun phrase right after a named subject's verb. */
    private void objects(String s, Tagged t, List<Proposal> out) {
        List<Tagged.Token> tokens = t.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Tagged.Token verb = tokens.get(i);
            if (!verb.is("VERB") || verb.word().endsWith("ing")) {
                continue;
            }
            int j = i + 1;
            if (tokens.get(j).is("DET") && tokens.get(j).word().matches("(?i)a|an|the")) {
                j++;
            }
            int first = j;
            while (j < tokens.size() && (tokens.get(j).is("ADJ", "NOUN") || tokens.get(j).word().equals("-"))) {
                j++;
            }
            if (j == first || j - (i + 1) > MAX_ANSWER_WORDS || !tokens.get(j - 1).is("NOUN")) {
                continue;
            }
            boolean ends = j == tokens.size() || tokens.get(j).is("PUNCT", "ADP", "CCONJ", "SCONJ")
                    && !tokens.get(j).word().equals("of") && !tokens.get(j).word().matches("['’]");
            Tagged.Token head = tokens.get(j - 1);
            boolean named = tokens.subList(0, i).stream().anyMatch(x -> x.is("PROPN"));
            boolean bare = bareNounSubject(tokens, i);
            if (!ends || !named && !bare || !head.word().matches("\\p{Ll}[\\p{L}-]+")) {
                continue;
            }
            int verbAt = i;
            int headAt = j - 1;
            String answer = s.substring(tokens.get(i + 1).start(), head.end());
            phrase(s, tokens.get(i + 1).start(), head.end(), named ? "what the named subject's verb takes"
                    : "what the subject's verb takes", bare && !named, out, () -> {
                // Lemmas only for a phrase that makes a statement: the lemmatizer is the slow part of tagging.
                List<Tagged.Token> lemmas = withLemmas(s).tokens();
                return lemmas.size() == tokens.size()
                        && !WEAK_VERBS.contains(lemmas.get(verbAt).lemma().toLowerCase(Locale.ROOT))
                        && !WEAK_NOUNS.contains(lemmas.get(headAt).lemma().toLowerCase(Locale.ROOT))
                        && !otherObjectElsewhere(s, subjectHead(tokens, verbAt), lemmas.get(verbAt).lemma(), answer);
            });
        }
    }

    /** Prepositions a verb's complement follows: "deprived of", "belongs to", "operations along", "moved away from". */
    private static final Pattern PARTICLE = Pattern.compile("(?i)up|down|out|off|away|back");
    private static final Set<String> GOVERNED = Set.of("of", "to", "from", "along", "with", "against", "about", "into",
            "for", "on");

    /**
     * "Credit Suisse shareholders were deprived of a vote on the deal and will receive …": the common-noun phrase a
     * verb's preposition takes, asked as "… were deprived of {answer}." (the statement stops before a second verb it
     * is coordinated with) and made false by negating the verb ("were not deprived of"). The subject is a name or a
     * bare noun ("Shareholders"), never "the" and a noun that may point back; a phrase that is a name is the names'
     * kind, and a verb that takes other phrases elsewhere in the article is not asked (the gap would have two keys).
     */
    private void prepositionalObjects(String s, Tagged t, List<Proposal> out) {
        List<Tagged.Token> tokens = t.tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Tagged.Token verb = tokens.get(i);
            if (!verb.is("VERB") || verb.word().endsWith("ing")) {
                continue;
            }
            // "stepped up searches along …", "move away from …": a particle and an object may come between.
            int k = i + 1;
            if (PARTICLE.matcher(tokens.get(k).word()).matches() && k + 1 < tokens.size()) {
                k++;
            }
            int object = nounPhraseEnd(tokens, k);
            if (object >= 0 && object + 1 < tokens.size() && tokens.get(k).is("DET", "ADJ", "NOUN")) {
                k = object + 1;
            }
            Tagged.Token adp = tokens.get(k);
            if (k + 1 >= tokens.size() || !adp.is("ADP") || !GOVERNED.contains(adp.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = nounPhraseEnd(tokens, k + 1);
            if (end < 0) {
                continue;
            }
            boolean named = tokens.subList(0, i).stream().anyMatch(x -> x.is("PROPN"));
            if (!named && !bareNounSubject(tokens, i)) {
                continue;
            }
            int start = tokens.get(k + 1).start();
            int stop = tokens.get(end).end();
            String answer = s.substring(start, stop);
            // The clause is read without a second verb coordinated with the first ("… and will receive …").
            String clause = withoutCoordinatedVerb(s, stop);
            Optional<String> statement = statement(clause, start, stop);
            if (statement.isEmpty() || named && subject(statement.get()) == Subject.DEFINITE
                    || !statement.get().startsWith(s.substring(0, verb.end()))
                    || !verbChainToGap(s.substring(0, verb.end()) + " " + GAP)) {
                continue; // only the verb group between the subject and the verb: negating it negates the phrase
            }
            String after = statement.get().substring(statement.get().indexOf(GAP) + GAP.length());
            if (tag(after).tokens().stream().anyMatch(x -> x.is("CCONJ", "VERB", "AUX"))) {
                continue;
            }
            int verbAt = i;
            List<Tagged.Token> lemmas = withLemmas(s).tokens();
            if (lemmas.size() != tokens.size() || WEAK_VERBS.contains(lemmas.get(verbAt).lemma().toLowerCase(Locale.ROOT))
                    || otherObjectElsewhere(s, subjectHead(tokens, verbAt), lemmas.get(verbAt).lemma(), answer)) {
                continue;
            }
            if (PRIVATIVE.contains(lemmas.get(verbAt).lemma().toLowerCase(Locale.ROOT))
                    || PRIVATIVE.contains(verb.word().toLowerCase(Locale.ROOT))) {
                // "were not deprived of a vote" is a double negative a blind review failed as clumsy (G5, G10):
                // the gap goes without a false item.
                add(s, answer, statement.get(), null, PHRASE, "what the verb's preposition takes", out);
                continue;
            }
            Optional<String> negated = negated(statement.get().replace(GAP, answer));
            negated.ifPresent(n -> add(s, answer, statement.get(), n, PHRASE, "what the verb's preposition takes",
                    out));
        }
    }

    /** Verbs that already mean "not have": negated, they read as a double negative. */
    private static final Set<String> PRIVATIVE = Set.of("deprive", "deprived", "deny", "denied", "strip", "stripped",
            "rob", "robbed", "bar", "barred", "ban", "banned", "exclude", "excluded", "prevent", "prevented", "spare",
            "spared", "exempt", "exempted", "free", "freed", "relieve", "relieved", "refuse", "refused");

    /**
     * The last token of a common-noun phrase from {@code from}: "a vote on the deal", "the front line", "fossil
     * fuels"; at most {@link #MAX_ANSWER_WORDS} words ({@link #MAX_LONG_ANSWER_WORDS} with its "of"/"on" phrase), ending the clause (punctuation, a conjunction, a preposition
     * other than "of", or the end), with a general noun or a bare name refused; -1 when there is none.
     */
    int nounPhraseEnd(List<Tagged.Token> tokens, int from) {
        int j = from;
        int end = -1;
        boolean withTail = false;
        for (int part = 0; part < 2; part++) {
            if (j < tokens.size() && tokens.get(j).word().matches("(?i)a|an|the")) {
                j++;
            }
            int first = j;
            while (j < tokens.size() && (tokens.get(j).is("ADJ", "NOUN") || tokens.get(j).word().equals("-"))) {
                j++;
            }
            if (j == first || !tokens.get(j - 1).is("NOUN") || !tokens.get(j - 1).word().matches("\\p{Ll}[\\p{L}-]+")
                    || WEAK_NOUNS.contains(tokens.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                return part == 0 ? -1 : end;
            }
            end = j - 1;
            // "a vote on the deal": one more phrase after "of" or "on" belongs to this one.
            if (part == 0 && j + 1 < tokens.size() && tokens.get(j).word().matches("of|on")) {
                j++;
                withTail = true;
                continue;
            }
            break;
        }
        if (end - from + 1 > (withTail ? MAX_LONG_ANSWER_WORDS : MAX_ANSWER_WORDS)) {
            return -1;
        }
        int next = end + 1;
        boolean closes = next == tokens.size() || tokens.get(next).is("PUNCT", "CCONJ", "SCONJ")
                || tokens.get(next).is("ADP") && !tokens.get(next).word().equals("of");
        return closes && !tokens.get(next < tokens.size() ? next : end).word().matches("['’]") ? end : -1;
    }

    private static final Pattern COORDINATED_VERB = Pattern.compile("\\s+and\\s+(?:will|would|has|have|had|was|were|is"
            + "|are|can|could|must|should|\\p{Ll}+ed)\\b");

    /** The sentence cut before a second verb coordinated after {@code from}: "were deprived of … and will …". */
    static String withoutCoordinatedVerb(String sentence, int from) {
        Matcher m = COORDINATED_VERB.matcher(sentence);
        return m.find(from) ? sentence.substring(0, m.start()) + "." : sentence;
    }

    /** True when the subject before the verb at {@code verbAt} is a bare noun opening the sentence: "Membership". */
    private static boolean bareNounSubject(List<Tagged.Token> tokens, int verbAt) {
        Tagged.Token first = tokens.get(0);
        // The tagger reads some capitalised nouns that open a sentence as pronouns ("Membership/PRON").
        boolean noun = first.is("NOUN") || first.is("PRON") && !QuestionWriter.PRONOUN.matcher(first.word()).matches()
                && !QUANTIFIED.matcher(first.word()).matches() && !first.word().matches("(?i)(?:every|some|any|no)"
                + "(?:one|body|thing)|others?|another|whoever|whatever|nobody|itself|themselves");
        if (verbAt == 0 || !noun || !first.word().matches("\\p{Lu}\\p{Ll}+")) {
            return false;
        }
        for (int k = 1; k < verbAt; k++) {
            if (!tokens.get(k).is("NOUN", "ADJ", "AUX", "ADV", "PART")) {
                return false;
            }
        }
        return true;
    }

    /** The subject's last noun or name before the verb group that ends at {@code verbAt}. */
    private static String subjectHead(List<Tagged.Token> tokens, int verbAt) {
        for (int k = verbAt - 1; k >= 0; k--) {
            if (tokens.get(k).is("NOUN", "PROPN")) {
                return tokens.get(k).word();
            }
        }
        return "";
    }

    /**
     * True when another sentence of the article has the same subject and verb without this answer ("Mbappe scoring
     * a quick-fire double" beside "Mbappe scored a hat-trick"): "Mbappe scored ___" would then have two keys.
     */
    boolean otherObjectElsewhere(String sentence, String subjectHead, String verbLemma, String answer) {
        String lemma = verbLemma.toLowerCase(Locale.ROOT);
        String stem = lemma.length() > 4 ? lemma.replaceAll("(?:e|y)$", "") : lemma;
        Pattern verb = Pattern.compile("(?i)\\b" + Pattern.quote(stem) + "\\p{L}*\\b");
        for (String other : sentences) {
            if (other.equals(sentence) || subjectHead.isEmpty() || !Text.containsPhrase(other, subjectHead)) {
                continue;
            }
            if (verb.matcher(other).find() && !Text.containsPhrase(other, answer)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when only the verb group stands between the subject and the gap ("Mbappe has scored {answer}",
     * "voting is {answer}"): negating the first verb then negates what governs the answer, not a verb of reporting
     * ("said the bank would have created {answer}").
     */
    boolean verbChainToGap(String statement) {
        String before = statement.substring(0, statement.indexOf(GAP));
        List<Tagged.Token> tokens = tag(before).tokens();
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("AUX", "VERB")) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return false;
        }
        for (int i = first; i < tokens.size(); i++) {
            Tagged.Token t = tokens.get(i);
            if (!t.is("AUX", "VERB", "ADV", "PART") && !(i == tokens.size() - 1 && t.is("DET"))) {
                return false;
            }
        }
        return true;
    }

    private void phrase(String s, int start, int end, String reason, List<Proposal> out,
                        BooleanSupplier worthAsking) {
        phrase(s, start, end, reason, false, out, worthAsking);
    }

    /**
     * A phrase claim whose false item is its statement with the verb negated; {@code plainSubject} allows a subject
     * without a name ("Membership would require {answer} …").
     */
    private void phrase(String s, int start, int end, String reason, boolean plainSubject, List<Proposal> out,
                        BooleanSupplier worthAsking) {
        Optional<String> statement = statement(s, start, end);
        // A bare-noun subject was checked on the sentence's own tags ("Membership" is no pronoun, whatever the tagger says).
        if (statement.isEmpty() || !plainSubject && subject(statement.get()) == Subject.DEFINITE
                || !verbChainToGap(statement.get()) || !subjectNamed(statement.get()) && !plainSubject && !reason.startsWith("what the subject is")
                || tag(statement.get().substring(statement.get().indexOf(GAP) + GAP.length())).tokens().stream()
                .anyMatch(t -> t.is("CCONJ", "VERB", "AUX"))) {
            return; // "had dominated {…} and led 2-0": negating the first verb would negate both
        }
        if (!worthAsking.getAsBoolean()) {
            return;
        }
        Optional<String> negated = negated(statement.get().replace(GAP, s.substring(start, end)));
        if (negated.isEmpty()) {
            return;
        }
        add(s, s.substring(start, end), statement.get(), negated.get(), PHRASE, reason, out);
    }

    /**
     * The statement with its first verb negated: "not" after an auxiliary ("is not compulsory", "would not
     * require"), or do-support with the lemma ("scored" → "did not score"). Empty when the statement holds a
     * negation already (no double negative), opens with its verb, or its verb is a modal of possibility.
     */
    static Optional<String> negated(String statement) {
        if (QuestionWriter.NEGATION.matcher(statement).find()) {
            return Optional.empty();
        }
        List<Tagged.Token> tokens = Nlp.tagWithLemmas(statement).tokens();
        boolean subject = false;
        for (int i = 0; i < tokens.size(); i++) {
            Tagged.Token t = tokens.get(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.is("NOUN", "PROPN", "NUM") || !subject && i == 0 && !t.is("AUX", "VERB", "PUNCT", "SCONJ")) {
                subject = true; // the first word opens the subject, however the tagger reads "Membership"
                continue;
            }
            if (!t.is("AUX", "VERB")) {
                if (t.is("SCONJ") || t.is("PUNCT") && t.word().matches("[,;:]") && !subject) {
                    return Optional.empty();
                }
                continue;
            }
            if (!subject || QUANTIFIED.matcher(statement.substring(0, t.start())).find()) {
                return Optional.empty();
            }
            boolean next = i + 1 < tokens.size();
            boolean auxiliary = t.is("AUX") || NEGATABLE_AUX.contains(w) && next && tokens.get(i + 1).is("VERB");
            if (t.lemma().equalsIgnoreCase("have") && !auxiliary) {
                return Optional.empty(); // "had a plan": "did not have" reads oddly next to the article's words
            }
            if (auxiliary || t.lemma().equalsIgnoreCase("be")) {
                if (!NEGATABLE_AUX.contains(w) || next && tokens.get(i + 1).word().matches("(?i)also|already|still"
                        + "|just|even|only")) {
                    return Optional.empty();
                }
                return Optional.of(statement.substring(0, t.end()) + " not" + statement.substring(t.end()));
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (w.endsWith("ing") || lemma.isEmpty() || !lemma.matches("\\p{Ll}+")) {
                return Optional.empty();
            }
            String support;
            if (w.equals(lemma)) {
                support = "do";
            } else if (w.equals(lemma + "s") || w.equals(lemma + "es") || w.equals(lemma.replaceAll("y$", "ies"))) {
                support = "does";
            } else {
                support = "did";
            }
            if (support.equals("do")) {
                return Optional.empty(); // "they agree" or "they agreed"? a bare form may be either: not guessed
            }
            return Optional.of(statement.substring(0, t.start()) + support + " not " + lemma
                    + statement.substring(t.end()));
        }
        return Optional.empty();
    }

    // --- shared ---------------------------------------------------------------------------------------------------

    /**
     * The answer's clause as a statement with {@code {answer}} for the answer, through the question writer's cut
     * (so it keeps no pronoun, negation, back-reference or quotation); empty when it does not stand alone or opens
     * with a preposition ("With {answer} of the count completed" is no statement).
     */
    Optional<String> statement(String s, int start, int end) {
        if (insideQuote(s, start)) {
            return Optional.empty();
        }
        Optional<String> q = QuestionWriter.inPlace(hidden(s), start, end, GAP);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        String st = shown(q.get()).replaceAll("\\?$", ".");
        String around = st.replace(GAP, " ");
        String answer = s.substring(start, end);
        List<Tagged.Token> tokens = tag(st.substring(0, st.indexOf(GAP))).tokens();
        if (st.length() > MAX_STATEMENT || st.indexOf(GAP) != st.lastIndexOf(GAP) || st.startsWith(GAP)
                || Text.containsPhrase(around, answer) || tokens.isEmpty()
                || tokens.get(0).is("ADP", "SCONJ", "CCONJ", "ADV") && !st.substring(0, st.indexOf(GAP)).contains(",")
                || answer.split("\\s+").length > MAX_LONG_ANSWER_WORDS
                || answer.length() > MAX_ANSWER_CHARS || QuestionWriter.unbalancedQuotes(st)
                || RELATIVE_TIME.matcher(st).find()) {
            return Optional.empty();
        }
        return Optional.of(st);
    }

    private static final Pattern POSSESSIVE = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\b");
    private static final char HIDDEN = '\uE000';

    /**
     * The sentence with each possessive that follows a proper noun hidden from the question writer's pronoun rule
     * ("Argentina clinched their third World Cup"): the name it points to is in the statement. The generator's own
     * reference gate (G7) still checks each item against the library's names. Same length, so offsets hold.
     */
    private String hidden(String s) {
        if (!s.equals(lastSentence)) {
            lastSentence = s;
            lastHidden = withNamedPossessivesHidden(s, tag(s));
        }
        return lastHidden;
    }

    static String withNamedPossessivesHidden(String s, Tagged tagged) {
        List<Tagged.Token> tokens = tagged.tokens();
        StringBuilder b = new StringBuilder(s);
        Matcher m = POSSESSIVE.matcher(s);
        while (m.find()) {
            int at = m.start();
            boolean named = tokens.stream().anyMatch(t -> t.end() <= at && t.is("PROPN"));
            if (named) {
                b.setCharAt(at, (char) (HIDDEN + s.charAt(at)));
            }
        }
        return b.toString();
    }

    private static String shown(String s) {
        StringBuilder b = new StringBuilder(s);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c >= HIDDEN && c < HIDDEN + 0x80) {
                b.setCharAt(i, (char) (c - HIDDEN));
            }
        }
        return b.toString();
    }

    /** True when the words before the gap (the subject) hold a proper noun: "Lula had garnered {answer}". */
    boolean subjectNamed(String statement) {
        return subject(statement) == Subject.NAMED;
    }

    enum Subject { NAMED, PLAIN, DEFINITE }

    /**
     * What the statement's subject is: NAMED with a proper noun or number ("Lula", "Membership of 30 states"),
     * DEFINITE when it opens with "the" and a common noun ("The French forward", "The result": it may point back
     * to an earlier sentence), PLAIN otherwise ("Membership would require …").
     */
    Subject subject(String statement) {
        String before = statement.substring(0, Math.max(0, statement.indexOf(GAP)));
        List<Tagged.Token> tokens = tag(before).tokens();
        for (Tagged.Token t : tokens) {
            if (t.is("AUX", "VERB")) {
                break;
            }
            if (t.is("PROPN", "NUM")) {
                return Subject.NAMED;
            }
        }
        return !tokens.isEmpty() && tokens.get(0).is("DET", "PRON") ? Subject.DEFINITE : Subject.PLAIN;
    }

    static void add(String s, String answer, String statement, String contradiction, double confidence,
                            String reason, List<Proposal> out) {
        add(s, answer, "", statement, contradiction, confidence, reason, out);
    }

    /** @param aliases the answer's other accepted wordings, comma-separated ("" for none) */
    static void add(String s, String answer, String aliases, String statement, String contradiction,
                    double confidence, String reason, List<Proposal> out) {
        MarkedFact f = new MarkedFact(null, Kind.PHRASE, s, List.of(answer), "", "", aliases, null, null, statement,
                null, null, null, contradiction);
        out.add(new Proposal(key(s, answer), f, confidence, reason));
    }

    /** The same key scheme as the proposer's: kind, sentence and answer. */
    static String key(String sentence, String answer) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Text.normalise(sentence + "\u0000" + answer)
                    .getBytes(StandardCharsets.UTF_8));
            return Kind.PHRASE.slug() + "-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** TeacherArticles.insideQuote's rule, by offset: the answer stands inside quotation marks. */
    static boolean insideQuote(String sentence, int at) {
        String before = sentence.substring(0, at);
        long open = before.chars().filter(ch -> ch == '“').count();
        long close = before.chars().filter(ch -> ch == '”').count();
        long straight = before.chars().filter(ch -> ch == '"').count();
        return open > close || straight % 2 == 1;
    }
}
