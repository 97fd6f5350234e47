package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.articles.MarkedFact;
import app.factdeck.content.ClaimFields;
import app.factdeck.content.DateMention;
import app.factdeck.content.DateReader;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.References;
import app.factdeck.content.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gaps in the sentence as the article writes it: each name, amount and date that no other shape of the proposer
 * asks becomes a key phrase whose statement is the whole sentence with that one span blanked ("With 99.55% of the
 * count completed, Lula had garnered {answer}, receiving 60,048,560 votes, according to …").
 *
 * <p>Why the whole sentence: the proposer's other shapes cut a question or a statement down to the answer's
 * clause, and a clause often fits two answers ("Lula had garnered {answer}" fits the first round's 48 % as well as
 * the runoff's 50.88 %), so blind reviews made them refuse most spans. The sentence around the gap says which
 * figure, which round, which goal is meant, and it keeps every word the article wrote (G10): nothing is reworded,
 * so nothing can be reworded wrongly. What stays out is what would still be unfair with the whole sentence: a
 * sentence opening with "he", "this" or "the alliance" (G7), a span inside quotation marks (a speaker's words are
 * not a gap), a span the rest of the sentence repeats (G6), long exact counts (rote recall, G9).
 *
 * <p>Only an amount gets a false item, the same sentence with another value the article never writes, and only
 * when the sentence holds no negation ("did not exceed 50 %" would stay true at 60 %). A name or a date swapped
 * for another would be unstated rather than ruled out, so those facts give the gap alone. Two gaps of one sentence
 * never meet in one quiz: the quiz planner keeps questions of one sentence apart, since each shows the other's key.
 * Shown to the teacher unticked: a gap is a fair question, not always one worth asking.
 */
final class SentenceGaps {

    static final double CONFIDENCE = 0.5;
    /** The most facts one sentence gives, counting the proposer's other shapes: a sentence is not a quiz. */
    static final int MAX_PER_SENTENCE = 5;
    /** An exact count this large is rote recall (60,048,560 votes); "156 million" and "697,000" are not. */
    static final long ROTE_COUNT = 1_000_000L;

    private static final Pattern OPENS_BACK = Pattern.compile("^(?:He|She|It|They|We|I|You|This|That|These|Those|His"
            + "|Her|Its|Their|Our|Such|Both|Another|Here|There|Yet|Also|Meanwhile|However|But|And|So|Then)\\b"
            + "|^(?:A|An|One|Two|Three|\\p{Lu}\\p{Ll}+|\\d+)\\s+(?:minute|minutes|hour|hours|day|days|week|weeks|month"
            + "|months|year|years)\\s+(?:later|earlier|before|after)\\b");
    /** "in that future", "of that plan": a demonstrative "that" pointing back (a "that" clause is not). */
    private static final Pattern THAT_NOUN = Pattern.compile("(?i)\\b(?:in|of|for|to|at|on|by|from|with|after|before)"
            + "\\s+that\\s+\\p{Ll}+\\b(?!\\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must"
            + "|should)\\b)");
    /** Pronouns that need a person named before them in the same sentence (possessives: {@link References}). */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|they|we|him|them)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no|nor|neither|without|cannot)\\b"
            + "|n[’']t\\b");
    private static final Pattern NUMBER = Pattern.compile("(?i)^(?:[$€£¥]\\s?)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "(?:\\s+(?:thousand|million|billion|trillion))?|^(?:one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|hundred)\\b");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\d{1,4}(?:st|nd|rd|th)\\b|\\b(?:first|second|third"
            + "|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\\b");
    /** Ordinals that are phrasing, not facts: "for the first time", "the second half". */
    private static final Set<String> ORDINAL_PHRASING = Set.of("time", "half", "place", "person", "round", "leg",
            "quarter", "period", "step", "day", "week");
    private static final Set<String> NAME_TYPES = NameFinder.ANSWER_TYPES;
    private static final Pattern ACRONYM_AFTER = Pattern.compile("[’']?s?\\s*\\(\\p{Lu}[\\p{Lu}&.]{1,7}\\)");
    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?i)\\b(?:the|a|an|this|that|its|their)\\s+$");
    /** Where a city is a place ("a summit in Vilnius"), not its government ("provide Kyiv with guarantees"). */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|at|near|outside|inside|around|across)"
            + "\\s+(?:the\\s+)?$");
    /**
     * A subject or object that points back to something named earlier: "in the country, where voting is …",
     * "The French forward halved …". General English nouns, not followed by the name or "of" that would say which.
     */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)(?:^|\\s)the\\s+(?:[\\p{L}-]+\\s+)?(?:country|nation"
            + "|city|capital|alliance|bloc|company|firm|group|region|government|team|club|party|side|forward|striker"
            + "|midfielder|defender|goalkeeper|coach|manager|minister|leader|chief|official|diplomat|president|premier"
            + "|chairman|chairwoman|spokesperson|spokesman|spokeswoman|former|latter|organisation|organization"
            + "|agency|bank|lender|deal|agreement|accord|summit|meeting)\\b(?!\\s+(?:of\\b|\\p{Lu}))");

    private final KeyPhrases keyPhrases;
    /** What a pronoun may point back to: the library's names ({@link References#antecedents}). */
    private final List<String> antecedents;

    /** Which names are the article's topic. */
    private final NamedGaps namedGaps;

    /** The people the article names, in full where it does: a surname two of them share is no answer. */
    private final List<String> people;

    /** Demonyms: a name that opens with one is no gap ({@link #demonymLed}). */
    private final Gazetteer gazetteer;

    SentenceGaps(KeyPhrases keyPhrases, NamedGaps namedGaps, List<String> antecedents, List<String> people,
                 Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.keyPhrases = keyPhrases;
        this.namedGaps = namedGaps;
        this.antecedents = antecedents;
        this.people = List.copyOf(people);
    }

    /**
     * The gaps of {@code written} (the cited sentence {@code s} without the times only the article's date resolves)
     * that {@code asked} (the proposals already found in it) leaves.
     */
    List<Proposal> in(String s, String written, List<NameFinder.Mention> mentions, List<Proposal> asked,
                      LocalDate published) {
        List<Proposal> out = new ArrayList<>();
        if (!fair(written, mentions) || asked.size() >= MAX_PER_SENTENCE
                || References.openingBackReference(written).isPresent()) {
            return out;
        }
        List<String> named = new ArrayList<>(antecedents);
        mentions.forEach(m -> named.add(" " + Text.normalise(m.words()) + " "));
        List<int[]> taken = new ArrayList<>();
        for (Proposal p : asked) {
            for (String a : p.fact().answerWords()) {
                int i = written.indexOf(a);
                if (i >= 0) {
                    taken.add(new int[] {i, i + a.length()});
                }
            }
        }
        List<Span> spans = new ArrayList<>();
        for (NameFinder.Mention m : mentions) {
            // The article's topic place or body ("Ukraine" in news about Ukraine) is guessed, not recalled (G9); a
            // person is not: which of the article's people did what is the question.
            if (NAME_TYPES.contains(m.type()) && (m.type().equals("person") || !namedGaps.topic(m))
                    && listLength(written, m) < 3 && !metonym(written, m)
                    && (m.type().equals("person") || !demonymLed(m.words()))) {
                spans.add(new Span(m.start(), m.end(), m.words(), withSurname(m), null, "a name"));
            }
        }
        Matcher not = NEGATION.matcher(written);
        boolean negated = not.find();
        int negation = negated ? not.start() : -1;
        for (Quantity q : QuantityReader.in(written)) {
            amount(written, q, negated).ifPresent(spans::add);
        }
        for (DateMention d : DateReader.in(written, published)) {
            String words = bare(written, d.start(), d.end());
            int at = written.indexOf(words, d.start());
            if (!d.relative() && at >= 0) {
                spans.add(new Span(at, at + words.length(), words, "", null, "a date"));
            }
        }
        spans.addAll(phrases(written));
        int room = MAX_PER_SENTENCE - asked.size();
        for (Span span : spans) {
            if (out.size() >= room) {
                break;
            }
            // After a negation, a gap has many fills: "held in France, but not in {answer}" is true of any other
            // country, "did not extend an invitation to {answer}" of anyone (G2).
            if (span.words().isBlank() || overlaps(taken, span) || negation >= 0 && span.start() > negation) {
                continue;
            }
            gap(s, written, span, named).ifPresent(p -> {
                out.add(p);
                taken.add(new int[] {span.start(), span.end()});
            });
        }
        return out;
    }

    /**
     * The adjective a clause ends on after a form of "be" ("… where voting is {compulsory}."). A phrase a verb takes
     * ("suggested a clear win", "had dominated the opening stages") is not asked here: it has paraphrases a student
     * may write and the gap refuses ("a clear victory", "the early stages"), and the ninth blind review failed most
     * of them (G2); the key-phrase shapes ask the objects they can bound.
     */
    private static List<Span> phrases(String written) {
        List<Tagged.Token> tokens = Nlp.tag(written).tokens();
        List<Span> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Tagged.Token t = tokens.get(i);
            if (t.is("ADJ") && KeyPhrases.BE.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && (i + 1 == tokens.size() || tokens.get(i + 1).is("PUNCT")) && t.word().length() >= 4
                    && !KeyPhrases.WEAK_ADJECTIVES.contains(t.word().toLowerCase(Locale.ROOT))
                    && t.word().matches("\\p{Ll}[\\p{Ll}-]+")) {
                out.add(new Span(t.start(), t.end(), t.word(), "", null, "a key phrase"));
            }
        }
        return out;
    }

    /** A span of the sentence to blank, its other accepted wordings and, for an amount, a false value. */
    record Span(int start, int end, String words, String aliases, String wrong, String what) {
    }

    /** A sentence whose gaps a student can fill from the sentence alone (G7). */
    static boolean fair(String written, List<NameFinder.Mention> mentions) {
        if (written.length() > ClaimFields.MAX_SENTENCE_CHARS || written.strip().endsWith("?")
                || OPENS_BACK.matcher(written).find() || !QuestionWriter.hasVerb(written)
                || FactProposer.backReferring(written)) {
            return false;
        }
        String outside = References.outsideQuotes(written);
        if (BACK_REFERENCE.matcher(outside).find() || THAT_NOUN.matcher(outside).find()) {
            return false;
        }
        int firstPerson = mentions.stream().filter(m -> m.type().equals("person")).mapToInt(NameFinder.Mention::start)
                .min().orElse(Integer.MAX_VALUE);
        Matcher m = PRONOUN.matcher(written);
        while (m.find()) {
            if (!KeyPhrases.insideQuote(written, m.start()) && m.start() < firstPerson) {
                return false;
            }
        }
        return true;
    }

    private Optional<Span> amount(String written, Quantity q, boolean negated) {
        Matcher opening = KeyPhrases.OPENING_PHRASE.matcher(written);
        if (opening.lookingAt() && q.start() < opening.end(1)
                && KeyPhrases.PROGRESS_OPENING.matcher(opening.group(1)).matches()) {
            return Optional.empty(); // "With {99.55%} of the count completed": a reporting detail (G9)
        }
        String text = written.substring(q.start(), q.end());
        int from = q.start();
        if (!q.hedge().isEmpty() && text.toLowerCase(Locale.ROOT).startsWith(q.hedge())) {
            from += q.hedge().length();
            while (from < q.end() && written.charAt(from) == ' ') {
                from++;
            }
        }
        String rest = written.substring(from, q.end());
        String words;
        switch (q.kind()) {
            case COUNT, DURATION -> {
                Matcher m = NUMBER.matcher(rest);
                if (!m.find()) {
                    return Optional.empty();
                }
                words = m.group();
                if (q.exact() && q.value().longValue() >= ROTE_COUNT && !words.matches("(?i).*\\p{L}$")) {
                    return Optional.empty();
                }
            }
            case ORDINAL -> {
                Matcher m = ORDINAL.matcher(rest);
                if (!m.find()) {
                    return Optional.empty();
                }
                String after = written.substring(from + m.end()).strip().split("[^\\p{L}]+", 2)[0]
                        .toLowerCase(Locale.ROOT);
                if (ORDINAL_PHRASING.contains(after)) {
                    return Optional.empty();
                }
                from += m.start();
                words = m.group();
            }
            case YEAR -> words = rest.replaceAll("^\\D*(\\d{4}).*$", "$1");
            default -> words = rest.strip();
        }
        int start = written.indexOf(words, from);
        if (start < 0 || KeyPhrases.COORDINATED_AFTER.matcher(written.substring(start + words.length())).lookingAt()
                || KeyPhrases.COORDINATED_BEFORE.matcher(written.substring(0, start)).find()) {
            // "the 56th and {answer} minutes": the amount beside the gap all but gives it away.
            return Optional.empty();
        }
        String wrong = null;
        if (!negated && q.exact() && (q.kind() == Quantity.Kind.PERCENT || q.kind() == Quantity.Kind.MONEY
                || q.kind() == Quantity.Kind.DECIMAL || q.kind() == Quantity.Kind.ORDINAL
                || q.kind() == Quantity.Kind.SCORE)) {
            wrong = keyPhrases.wrongAmount(q.kind(), words, "").orElse(null);
        }
        return Optional.of(new Span(start, start + words.length(), words, "", wrong, "an amount"));
    }

    /** Null when the span is not fair to blank; the cited sentence {@code s} must hold its words as they are. */
    private Optional<Proposal> gap(String s, String written, Span span, List<String> named) {
        if (!s.contains(span.words()) || KeyPhrases.insideQuote(written, span.start())
                || span.words().length() > ClaimFields.MAX_ANSWER_CHARS
                || span.words().split("\\s+").length > ClaimFields.MAX_ANSWER_WORDS) {
            return Optional.empty();
        }
        String before = written.substring(0, span.start());
        String after = written.substring(span.end());
        if (before.lastIndexOf('(') > before.lastIndexOf(')') || ACRONYM_AFTER.matcher(after).lookingAt()
                || ATTRIBUTIVE.matcher(before).find() && after.matches("(?s)^\\s+\\p{Ll}.*")
                && span.what().equals("a date")) {
            // A gloss in brackets ("(€3.02 billion)") is the editor's, not a fact; a name spelled out before its
            // acronym ("the _____ (ISRO)") tests the acronym; "the {July} summit" fits the summit's place too.
            return Optional.empty();
        }
        String statement = before + KeyPhrases.GAP + after;
        statement = QuestionWriter.withoutAlso(statement).strip();
        if (!statement.endsWith(".")) {
            return Optional.empty(); // a claim's statement is one sentence ending with a full stop
        }
        if (References.unresolvedAmong(statement.replace(KeyPhrases.GAP, "_____"), named).isPresent()) {
            return Optional.empty(); // "this feat", or a pronoun whose name is the gap (G7)
        }
        String around = statement.replace(KeyPhrases.GAP, " ");
        if (Text.containsPhrase(around, span.words())) {
            return Optional.empty(); // the sentence says it again outside the gap (G6)
        }
        // A surname the rest of the sentence writes is no accepted wording: it would give the answer away.
        String aliases = Arrays.stream(span.aliases().split(",\\s*")).filter(a -> !a.isBlank())
                .filter(a -> !Text.containsPhrase(around, a)).collect(Collectors.joining(", "));
        String contradiction = span.wrong() == null ? null : statement.replace(KeyPhrases.GAP, span.wrong());
        MarkedFact fact = new MarkedFact(null, Kind.PHRASE, s, List.of(span.words()), "", "", aliases, null, null,
                statement, null, null, null, contradiction);
        return Optional.of(new Proposal(KeyPhrases.key(s, span.words()), fact, CONFIDENCE, "a gap for " + span.what()
                + " in the sentence as the article writes it"));
    }

    /**
     * The name's other names, and for a person named in full the surname alone ("Bolsonaro" for "Jair Bolsonaro",
     * "di Maria" for "Angel di Maria"), which is how the article goes on to call them: a blind review marked the gap
     * that refused it as wrong. Not when another person of the article has that surname too.
     */
    private String withSurname(NameFinder.Mention m) {
        String aliases = FactProposer.aliasesOf(m);
        if (!m.type().equals("person") || !m.words().contains(" ")) {
            return aliases;
        }
        Matcher s = SURNAME.matcher(m.words());
        if (!s.find()) {
            return aliases;
        }
        String surname = s.group(1);
        boolean shared = people.stream().anyMatch(p -> !p.equals(m.words()) && !p.equals(m.fullName())
                && (p.equals(surname) || p.endsWith(" " + surname)) && !m.words().endsWith(" " + p)
                && !(m.fullName() != null && m.fullName().endsWith(" " + p)));
        if (shared || (", " + aliases + ",").contains(", " + surname + ",")) {
            return aliases;
        }
        return aliases.isEmpty() ? surname : aliases + ", " + surname;
    }

    /** The last name, with a particle before it: "Silva", "di Maria", "da Silva", "van Dijk". */
    private static final Pattern SURNAME = Pattern.compile("\\s((?:(?:da|de|di|do|dos|van|von|der|den|del|la|le|al|bin|el)"
            + "\\s)?\\p{Lu}[\\p{L}’'-]+)$");

    /**
     * How many names stand in the list {@code m} is part of: "A, B, C and D" is 4, a name in no list 1. A member of a long
     * list is guessed from the others beside the gap ("Estonia, _____, Lithuania"), so only pairs are asked; the
     * list question asks the whole list.
     */
    static int listLength(String s, NameFinder.Mention m) {
        // Written as a list of capitalised names, whatever the name finder typed each one as.
        Matcher list = NAME_LIST.matcher(s);
        while (list.find()) {
            if (list.start() <= m.start() && m.end() <= list.end()) {
                return list.group().split(",\\s+(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+").length;
            }
        }
        return 1;
    }

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}\\p{M}.’'-]*(?:\\s+(?:(?:of|the|de|da|di|do|dos|van|von|al|bin)"
            + "\\s+)?\\p{Lu}[\\p{L}\\p{M}.’'-]*)*";
    private static final Pattern NAME_LIST = Pattern.compile(CAPITALISED + "(?:,\\s+(?:(?:and|or)\\s+)?(?:the\\s+)?"
            + CAPITALISED + ")+(?:,?\\s+(?:and|or)\\s+(?:the\\s+)?" + CAPITALISED + ")?");

    /** A city asked where it stands for its country's government: "Ukraine" would fill the gap as well. */
    private static boolean metonym(String s, NameFinder.Mention m) {
        return m.type().equals("city") && !LOCATIVE.matcher(s.substring(0, m.start())).find();
    }

    /**
     * True for a name that opens with a demonym ("the Ukrainian Armed Forces"): the demonym beside the gap gives it
     * away, and "Armed Forces of Ukraine" or "the Ukrainian army" would be refused (G2, G6).
     */
    private boolean demonymLed(String name) {
        return name.contains(" ") && gazetteer.countryOfDemonym(name.substring(0, name.indexOf(' '))).isPresent();
    }

    /** The date's words without a leading "on" or "in": the gap holds the date. */
    private static String bare(String written, int start, int end) {
        return written.substring(start, end).replaceFirst("(?i)^(?:on|in|since|by|from|until)\\s+", "");
    }

    private static boolean overlaps(List<int[]> taken, Span span) {
        return taken.stream().anyMatch(t -> t[0] < span.end() && span.start() < t[1]);
    }
}
