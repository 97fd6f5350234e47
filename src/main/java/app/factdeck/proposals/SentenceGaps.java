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
 * sentence opening with "he", "this" or "the alliance" (G7; "the country" later in the sentence is fine when the
 * sentence names exactly one country before it), a span inside quotation marks unless the sentence names who spoke
 * (then the quotation is kept word for word around the gap), a span inside what a negation denies (up to the
 * negated clause's end), a span the rest of the sentence repeats (G6), long exact counts (rote recall, G9). An
 * opening connective that points at no one ("For example,", "Earlier,") is left out of the gap's text.
 *
 * <p>Only an amount gets a false item, the same sentence with another value the article never writes, and only
 * when the sentence holds no negation ("did not exceed 50 %" would stay true at 60 %). A name or a date swapped
 * for another would be unstated rather than ruled out, so those facts give the gap alone. Two gaps of one sentence
 * never meet in one quiz: the quiz planner keeps questions of one sentence apart, since each shows the other's key.
 * Shown to the teacher unticked: a gap is a fair question, not always one worth asking.
 */
final class SentenceGaps {

    static final double CONFIDENCE = 0.5;
    /** A mention's role when it is a run of name words nothing typed (the proposer reads it as a person). */
    static final String UNTYPED = "untyped run";
    /** The most facts one sentence gives, counting the proposer's other shapes: a sentence is not a quiz. */
    static final int MAX_PER_SENTENCE = 6;
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
    /**
     * "first" and "second" are told by the sentence around them as often as by the article ("their {first} world
     * title since 1986", "their {second} goal" after a 2-0 lead): near-tautologies to a blind review (G9).
     */
    private static final Set<String> PLAIN_ORDINALS = Set.of("first", "second", "1st", "2nd");
    /** Ordinals that are phrasing, not facts: "for the first time", "the second half". */
    private static final Set<String> ORDINAL_PHRASING = Set.of("time", "half", "place", "person", "round", "leg",
            "quarter", "period", "step", "day", "week");
    private static final Set<String> NAME_TYPES = NameFinder.ANSWER_TYPES;
    private static final Set<String> PLACES = Set.of("city", "country", "place");
    private static final Pattern ACRONYM_AFTER = Pattern.compile("[’']?s?\\s*\\(\\p{Lu}[\\p{Lu}&.]{1,7}\\)");
    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?i)\\b(?:the|a|an|this|that|its|their)\\s+$");
    /** Where a city is a place ("a summit in Vilnius"), not its government ("provide Kyiv with guarantees"). */
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:in|at|near|outside|inside|around|across)"
            + "\\s+(?:the\\s+)?$");
    /**
     * A subject or object that points back to something named earlier: "in the country, where voting is …",
     * "The French forward halved …". General English nouns, not followed by the name or "of" that would say which.
     */
    private static final Pattern BACK_REFERENCE = Pattern.compile("(?i)(?:^|\\s)the\\s+(?:(?<modifier>[\\p{L}-]+)\\s+)?(?<head>country|nation"
            + "|city|capital|alliance|bloc|company|firm|group|region|government|team|club|party|side|forward|striker"
            + "|midfielder|defender|goalkeeper|coach|manager|minister|leader|chief|official|diplomat|president|premier"
            + "|chairman|chairwoman|spokesperson|spokesman|spokeswoman|former|latter|organisation|organization"
            + "|agency|bank|lender|deal|agreement|accord|summit|meeting)\\b(?!\\s+(?:of\\b|(?:(?:in|at)\\s+)?(?-i:\\p{Lu})))");

    /**
     * Connectives that open a sentence and point at no one: "For example, on 11 May the Senate voted …" says the
     * same without them. Dropped from the gap's text (the fact cites the sentence as written). Not "But", "And",
     * "So", "Then", "Therefore", "As a result": those open a sentence that depends on the one before.
     */
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:For example|For instance|Moreover|Furthermore"
            + "|In addition|Additionally|Besides|Meanwhile|Likewise|Similarly|Also|However|Earlier|Indeed|In fact),\\s+"
            + "(?=\\p{L})");
    /** Negation's scope ends at the next clause: ", but …", "as …", "while …", "; …". */
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile("(?:,\\s+|\\s+)(?:but|while|whereas|because"
            + "|although|though)\\s+|,?\\s+as\\s+(?=(?:his|her|their|its|the)\\s)|;\\s+|\\s[–—]\\s");
    /** "Poland, which has been very active …." with no verb before it: a fragment, not a statement. */
    private static final Pattern FRAGMENT = Pattern.compile("^[^,]+,\\s+(?:which|who|whose|where)\\b[^,]*$");
    /** "the upcoming summit in {Vilnius}": the name says which summit, whatever the clause denies of it. */
    private static final Pattern WHICH_ONE = Pattern.compile("\\bthe\\s+(?:[\\p{Ll}’'-]+\\s+){0,3}in\\s+$");

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

    /** The sentence without an opening connective that points at no one ({@link #CONNECTIVE}). */
    static String withoutConnective(String written) {
        Matcher m = CONNECTIVE.matcher(written);
        if (!m.find()) {
            return written;
        }
        String rest = written.substring(m.end());
        return rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
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
        List<Span> untyped = new ArrayList<>();
        List<Tagged.Token> tokens = Nlp.tag(written).tokens();
        for (NameFinder.Mention m : mentions) {
            // The article's topic place or body ("Ukraine" in news about Ukraine) is guessed, not recalled (G9); a
            // person is not: which of the article's people did what is the question.
            if (NAME_TYPES.contains(m.type()) && (m.type().equals("person") || !namedGaps.topic(m))
                    && listLength(written, m) < 3 && !metonym(written, m)
                    && (m.type().equals("person") || !demonymLed(m.words())) && !locator(written, m, mentions)
                    && !abbreviatedElsewhere(written, m)) {
                // "di Maria", "van Dijk": the particle before the capital is part of the name, not left beside the gap.
                Matcher particle = PARTICLE_BEFORE.matcher(written.substring(0, m.start()));
                int from = particle.find() ? particle.start(1) : m.start();
                String words = written.substring(from, m.end());
                // A run nothing typed may be a team or a trophy ("Paris Saint-Germain"): no surname alone for it.
                if (UNTYPED.equals(m.role()) && after(tokens, m).map(t -> t.is("NOUN")).orElse(false)) {
                    continue; // "his {Paris Saint-Germain} teammate": a name describing a noun is a detail (G9)
                }
                String aliases = UNTYPED.equals(m.role()) && !personLike(written, tokens, m) ? "" : withSurname(m);
                Span span = new Span(from, m.end(), words, from == m.start() ? aliases
                        : aliases.replaceAll("(?:^|,\\s*)" + Pattern.quote(words) + "(?=,|$)", ""), null,
                        PLACES.contains(m.type()) ? "a place" : "a name");
                (UNTYPED.equals(m.role()) ? untyped : spans).add(span);
            }
        }
        List<int[]> denied = negated(written);
        boolean negated = !denied.isEmpty();
        List<Quantity> quantities = QuantityReader.in(written);
        boolean shares = quantities.stream().filter(q -> q.kind() == Quantity.Kind.PERCENT).count() > 1;
        for (Quantity q : quantities) {
            amount(written, q, negated, shares).ifPresent(spans::add);
        }
        for (DateMention d : DateReader.in(written, published)) {
            String words = bare(written, d.start(), d.end());
            int at = written.indexOf(words, d.start());
            if (!d.relative() && at >= 0) {
                spans.add(new Span(at, at + words.length(), words, "", null, "a date"));
            }
        }
        spans.addAll(phrases(written));
        // Last, within the sentence's cap: a name only the capitals say is one.
        spans.addAll(untyped);
        // A name, amount or date inside a quotation is a fair gap when the sentence says who spoke: the quotation
        // is kept word for word around the gap, and the speaker named outside it says whose words they are (G7).
        boolean quoteSpoken = mentions.stream().anyMatch(m -> m.type().equals("person")
                && !KeyPhrases.insideQuote(written, m.start()));
        int room = MAX_PER_SENTENCE - asked.size();
        for (Span span : spans) {
            if (out.size() >= room) {
                break;
            }
            // Inside what a negation denies, a gap has many fills: "held in France, but not in {answer}" is true of
            // any other country, "did not extend an invitation to {answer}" of anyone (G2).
            if (span.words().isBlank() || overlaps(taken, span) || denies(denied, written, span)) {
                continue;
            }
            gap(s, written, span, named, quoteSpoken).ifPresent(p -> {
                out.add(p);
                taken.add(new int[] {span.start(), span.end()});
            });
        }
        return out;
    }

    /**
     * Where each negation's clause runs: from "not", "never", "no" … to the next clause boundary or the sentence's
     * end. After "did not extend an invitation to {answer}" any name fits (G2); in "was not celebrating as his
     * teammate led Argentina to their first title since {1986}" the year is outside what the negation denies.
     */
    static List<int[]> negated(String written) {
        List<int[]> out = new ArrayList<>();
        Matcher not = NEGATION.matcher(written);
        while (not.find()) {
            Matcher end = CLAUSE_BOUNDARY.matcher(written);
            int stop = end.find(not.end()) ? end.start() : written.length();
            if (stop < written.length() && written.substring(not.end(), stop).matches("(?s).*\\bas\\b.*")) {
                stop = written.length(); // "not as high as the …": a comparison, not a new clause
            }
            out.add(new int[] {not.start(), stop});
        }
        return out;
    }

    /**
     * True when a negation denies what the span would say. A place named to say which meeting it was ("at the
     * upcoming summit in {Vilnius}") is not what the clause denies: no other city's summit is meant.
     */
    private static boolean denies(List<int[]> denied, String written, Span span) {
        boolean inside = denied.stream().anyMatch(d -> d[0] < span.start() && span.start() < d[1]);
        return inside && !(span.what().equals("a place") && WHICH_ONE.matcher(written.substring(0, span.start())).find());
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
        Matcher fragment = FRAGMENT.matcher(outside);
        if (THAT_NOUN.matcher(outside).find()
                || fragment.find() && !QuestionWriter.hasVerb(outside.substring(0, outside.indexOf(',')))) {
            return false;
        }
        Matcher back = BACK_REFERENCE.matcher(outside);
        while (back.find()) {
            if (!named(back) && !resolvedBefore(back, mentions)) {
                return false;
            }
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

    /**
     * "the BRICS Summit", "the UN Climate Summit", "the NATO summit": a name (a capitalised head, or an acronym or a
     * capitalised word that is no demonym before it) says which one; "the French forward" does not.
     */
    private static boolean named(Matcher back) {
        String head = back.group("head");
        String modifier = back.group("modifier");
        return Character.isUpperCase(head.codePointAt(0)) || modifier != null
                && (modifier.matches("\\p{Lu}{2,}[\\p{L}-]*") || modifier.matches("\\p{Lu}\\p{Ll}+")
                && !Gazetteer.builtIn().countryOfDemonym(modifier).isPresent());
    }

    /** What each back-pointing noun can stand for, by the name finder's types. */
    private static final java.util.Map<String, Set<String>> ANTECEDENT_TYPES = java.util.Map.of(
            "place", Set.of("country", "nation", "city", "capital", "region"),
            "group", Set.of("alliance", "bloc", "organisation", "organization", "agency", "company", "firm", "bank",
                    "lender", "group", "party"),
            "person", Set.of("forward", "striker", "midfielder", "defender", "goalkeeper", "coach", "manager",
                    "minister", "leader", "chief", "official", "diplomat", "president", "premier", "chairman",
                    "chairwoman", "spokesperson", "spokesman", "spokeswoman"));

    /**
     * True when exactly one name of the sentence before the noun can be what it points back to ("… beat Jair
     * Bolsonaro in Brazil's runoff … the country's most important polls"): then the sentence says which, and a
     * student need not know the sentence before. Two candidates ("France beat Argentina … the country's") or none
     * leave it unresolved; events and documents ("the deal", "the summit") are never read this way.
     */
    private static boolean resolvedBefore(Matcher back, List<NameFinder.Mention> mentions) {
        String head = back.group("head").toLowerCase(Locale.ROOT);
        String kind = ANTECEDENT_TYPES.entrySet().stream().filter(e -> e.getValue().contains(head))
                .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
        if (kind == null) {
            return false;
        }
        Set<String> types = switch (kind) {
            case "place" -> head.equals("city") || head.equals("capital") ? Set.of("city")
                    : head.equals("region") ? Set.of("place") : Set.of("country");
            case "group" -> Set.of("organisation", "newspaper");
            default -> Set.of("person");
        };
        long candidates = mentions.stream().filter(m -> m.end() <= back.start() && types.contains(m.type()))
                .map(m -> m.known() != null ? m.known().id() : Text.normalise(m.words())).distinct().count();
        return candidates == 1;
    }

    /** @param shares whether the sentence holds more than one percentage */
    private Optional<Span> amount(String written, Quantity q, boolean negated, boolean shares) {
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
                if (ORDINAL_PHRASING.contains(after) || PLAIN_ORDINALS.contains(m.group().toLowerCase(Locale.ROOT))) {
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
        if (q.kind() == Quantity.Kind.PERCENT && shares) {
            // "Lula garnered 48% compared to Bolsonaro's 43%": another share shows the false one (58 + 43 is over
            // 100, 53 against 48 is no "clear win"), a blind review; the gap alone stays.
            wrong = null;
        }
        // "four diplomats": a student may type 4 (a blind review marked the gap that refused it wrong).
        String digits = words.matches("\\p{L}+") && q.kind() == Quantity.Kind.COUNT
                ? String.valueOf(q.value().longValue()) : "";
        return Optional.of(new Span(start, start + words.length(), words, digits, wrong, "an amount"));
    }

    /** How every reason of this class opens; {@link #asksAName} reads the kind of span after it. */
    private static final String GAP_FOR = "a gap for ";

    /** True for a whole-sentence gap on a name or a place (not an amount, a date or a key phrase). */
    static boolean asksAName(Proposal p) {
        return p.reason().startsWith(GAP_FOR + "a name") || p.reason().startsWith(GAP_FOR + "a place");
    }

    /** Null when the span is not fair to blank; the cited sentence {@code s} must hold its words as they are. */
    private Optional<Proposal> gap(String s, String written, Span opening, List<String> named, boolean quoteSpoken) {
        Span span = opening;
        if (span.start() == 0 && !s.contains(span.words())) {
            // "Earlier, four diplomats …" with its connective dropped: the key is the word as the sentence writes it.
            String lower = span.words().substring(0, 1).toLowerCase(Locale.ROOT) + span.words().substring(1);
            span = new Span(span.start(), span.end(), lower, span.aliases(), span.wrong(), span.what());
        }
        if (!s.contains(span.words()) || KeyPhrases.insideQuote(written, span.start()) && !(quoteSpoken
                && !span.what().equals("a key phrase"))
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
        // "… as a floor, not a ceiling.”": the full stop moved outside the closing mark, so the statement still
        // ends as one sentence does; no word changes.
        statement = statement.replaceFirst("\\.([”\"])$", "$1.");
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
        return Optional.of(new Proposal(KeyPhrases.key(s, span.words()), fact, CONFIDENCE, GAP_FOR + span.what()
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

    /** The lower-case particles of surnames: "di Maria", "da Silva", "van Dijk". */
    private static final String PARTICLES = "da|de|di|do|dos|du|van|von|der|den|del|della|la|le|al|bin|el";
    private static final Pattern PARTICLE_BEFORE = Pattern.compile("(?:^|\\s)((?:" + PARTICLES + ")\\s)$");

    /** The first word after the name, as the tagger reads it; empty at the sentence's end. */
    private static Optional<Tagged.Token> after(List<Tagged.Token> tokens, NameFinder.Mention m) {
        return tokens.stream().filter(t -> t.start() >= m.end()).findFirst();
    }

    /**
     * True for an untyped run that reads as a person's name: proper nouns only, no "the" before it ("the Golden
     * Boot"), no noun after it ("his Paris Saint-Germain teammate"). Such a run also accepts its surname alone.
     */
    private static boolean personLike(String written, List<Tagged.Token> tokens, NameFinder.Mention m) {
        if (written.substring(0, m.start()).matches("(?is).*\\bthe\\s+$")) {
            return false;
        }
        boolean names = tokens.stream().filter(t -> t.start() >= m.start() && t.end() <= m.end())
                .allMatch(t -> t.is("PROPN"));
        return names && !after(tokens, m).map(t -> t.is("NOUN", "PROPN")).orElse(false);
    }

    /** The last name, with a particle before it: "Silva", "di Maria", "da Silva", "van Dijk". */
    private static final Pattern SURNAME = Pattern.compile("\\s((?:(?:" + PARTICLES + "|Mac|Mc|St\\.?|ter|ten)"
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

    /**
     * A city and its country written together ("a summit in Vilnius, Lithuania,"): each gives the other away (the
     * capital of Lithuania, the country of Vilnius), so neither is a gap (G6, a blind review). A country in a pair
     * with another ("as to Sweden and Finland") is guessed from the pairing as often as recalled: not a gap either.
     */
    private static boolean locator(String s, NameFinder.Mention m, List<NameFinder.Mention> mentions) {
        boolean cityCountry = mentions.stream().anyMatch(o -> o != m && (m.type().equals("country")
                && o.type().equals("city") && o.end() + 2 == m.start() && s.startsWith(", ", o.end())
                || m.type().equals("city") && o.type().equals("country") && m.end() + 2 == o.start()
                && s.startsWith(", ", m.end())));
        boolean countryPair = m.type().equals("country") && mentions.stream().anyMatch(o -> o != m
                && o.type().equals("country") && (between(s, o, m) || between(s, m, o)));
        return cityCountry || countryPair;
    }

    /** True when only " and " or " or " stands between the two names. */
    private static boolean between(String s, NameFinder.Mention first, NameFinder.Mention second) {
        return first.end() < second.start() && s.substring(first.end(), second.start()).matches("\\s+(?:and|or)\\s+");
    }

    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,6}\\b");

    /**
     * A name the sentence also writes as an acronym of the same initials ("NATO allies … entry into the {North
     * Atlantic Alliance}"): the acronym gives the gap away, and a student who writes it would be refused.
     */
    private static boolean abbreviatedElsewhere(String s, NameFinder.Mention m) {
        String[] words = m.words().replaceFirst("^(?i)the\\s+", "").split("\\s+");
        if (words.length < 2 || !Character.isUpperCase(words[0].codePointAt(0))
                || !Character.isUpperCase(words[1].codePointAt(0))) {
            return false;
        }
        String initials = "" + words[0].charAt(0) + words[1].charAt(0);
        Matcher acronym = ACRONYM.matcher(s.substring(0, m.start()) + " " + s.substring(m.end()));
        while (acronym.find()) {
            if (acronym.group().startsWith(initials)) {
                return true;
            }
        }
        return false;
    }

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
