package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.Text;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * G9: facts a strict teacher would not hand out, however true. Read once per article:
 * <ul>
 *   <li>what an abbreviation stands for when the sentence spells it out in the same breath ("the Indian Space
 *       Research Organisation (ISRO)"): the question tests the bracket, not the news;</li>
 *   <li>the article's own topic as the answer ("accession to which organisation?" in an article about that
 *       organisation): the one name of its kind the article keeps coming back to, with no rival of its kind named
 *       nearly as often — two finalists are each a fair answer, the one alliance is not;</li>
 *   <li>a bare title ("the President") when the article gives the same title to another office ("COP28
 *       President"): "who is the President?" has two answers;</li>
 *   <li>a background line dated over ten years before the article that names what it is about (a name in a
 *       quarter of its sentences: "Kenya gained independence on 12 December 1963" in a report on Kenya's drought):
 *       history every reader knows, not what the article reports.</li>
 * </ul>
 *
 * <pre>{@code
 * WorthAsking worth = new WorthAsking(sentences, names, people, published);
 * worth.trivial(proposal) // Optional["the article's own topic"]
 * }</pre>
 */
final class WorthAsking {

    /**
     * How old a background line must be to be history every reader knows ("Kenya gained independence on 12 December
     * 1963" in a report on a drought): ten years. A recent one is the story's own cause ("Russia invaded Ukraine on
     * February 24, 2022" in a report of June 2023), which a teacher does ask; it is still shown unticked.
     */
    static final long HISTORY_DAYS = 3652;
    /** A topic is named in at least this share of the article's sentences (and in three at least). */
    private static final double TOPIC_SHARE = 0.25;
    private static final int TOPIC_SENTENCES = 3;
    /** A rival of the same kind named at least this share as often makes the answer a real choice. */
    private static final double RIVAL_SHARE = 0.5;
    private static final Pattern STANDS_FOR = Pattern.compile("^What does \\S+ stand for\\?$");
    /**
     * "{Four} diplomats indicated that …", "two officials told Reuters": how many unnamed people a report rests on is
     * its sourcing rather than its news (two blind reviews, G9), so the proposer shows it unticked
     * ({@link FactProposer#unlessSourcing}). General English: people a report cites, verbs of reporting.
     */
    private static final Pattern SOURCES = Pattern.compile("(?i)^\\s+(?:[\\p{L}-]+\\s+)?(?:diplomats|officials|sources"
            + "|people|insiders|analysts|experts|witnesses|residents|observers)\\b(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:said"
            + "|say|says|told|indicated|confirmed|reported|suggested|added|according)\\b");
    /** A count as words or digits. */
    private static final Pattern COUNT_WORDS = Pattern.compile("(?i)\\d{1,3}|two|three|four|five|six|seven|eight|nine"
            + "|ten|a dozen|dozens of|several|many|some");

    /** True when {@code answer} is the number of unnamed people the sentence's report rests on. */
    static boolean countOfSources(String sentence, String answer) {
        if (sentence == null || !COUNT_WORDS.matcher(answer.strip()).matches()) {
            return false;
        }
        int at = sentence.indexOf(answer);
        return at >= 0 && SOURCES.matcher(sentence.substring(at + answer.length())).lookingAt();
    }

    private final Map<String, Integer> sentencesNaming = new HashMap<>();
    private final Map<String, String> typeOf = new HashMap<>();
    private final Map<String, String> keyOf = new HashMap<>();
    private final int sentences;
    private final List<String> text;
    private final LocalDate published;

    WorthAsking(List<String> sentences, NameFinder names, List<String> people, LocalDate published) {
        this.sentences = sentences.size();
        this.text = List.copyOf(sentences);
        this.published = published;
        for (String s : sentences) {
            Set<String> named = new HashSet<>();
            for (NameFinder.Mention m : names.in(s, people)) {
                String key = m.known() != null ? m.known().id() : Text.normalise(m.words());
                keyOf.put(Text.normalise(m.words()), key);
                typeOf.putIfAbsent(key, m.type());
                named.add(key);
            }
            named.forEach(k -> sentencesNaming.merge(k, 1, Integer::sum));
        }
    }

    /** Why the proposal is not worth asking; empty when it is. */
    Optional<String> trivial(Proposal p) {
        MarkedFact f = p.fact();
        if (f.question() != null && STANDS_FOR.matcher(f.question()).matches()) {
            return Optional.of("an abbreviation the sentence spells out");
        }
        if (f.kind() == Kind.ROLE && f.roleWords() != null && TitleLexicon.isTitle(f.roleWords())
                && titledElsewhere(f.roleWords())) {
            return Optional.of("a bare title the article also gives someone else's office");
        }
        if (f.kind() == Kind.ROLE || f.kind() == Kind.SAID || f.answerWords().size() != 1) {
            return Optional.empty();
        }
        // A person is what a news quiz asks about ("Who scored …?"); the topic rule is for countries, bodies, texts.
        if (!"person".equals(f.answerType()) && isTopic(f.answerWords().get(0))) {
            return Optional.of("the article's own topic");
        }
        // Who did what in a background line is what every reader knows ("Which country invaded Ukraine on …?" in a
        // report on that war, a blind review); its date, when recent, is the story's own cause and is asked.
        long age = isDate(f) ? HISTORY_DAYS : FactProposer.BACKGROUND_DAYS;
        if (FactProposer.datedBefore(f.sentence(), published, age) && sentencesNaming.keySet().stream()
                .filter(this::prominent).anyMatch(k -> names(f.sentence(), k))) {
            return Optional.of("background every reader knows");
        }
        return Optional.empty();
    }

    /** True when the fact's answer is a date: a when fact, or a gap holding nothing but a date. */
    private boolean isDate(MarkedFact f) {
        if (f.kind() == Kind.WHEN) {
            return true;
        }
        String answer = f.answerWords().get(0);
        return app.factdeck.content.DateReader.in(answer, published).stream()
                .anyMatch(d -> answer.substring(d.start(), d.end()).replaceFirst("(?i)^(?:on|in)\\s+", "")
                        .equals(answer.strip()));
    }

    /** "President" beside a name, when the article also writes "COP28 President" or "President of the Council". */
    private boolean titledElsewhere(String title) {
        Pattern qualified = Pattern.compile("(?<![\\p{L}])(?!The\\s|A\\s)\\p{Lu}[\\p{L}\\p{N}'’-]*\\s+" + Pattern.quote(title)
                + "\\b|\\b" + Pattern.quote(title) + "\\s+of\\s+(?:the\\s+)?\\p{Lu}");
        return text.stream().anyMatch(s -> qualified.matcher(s).find());
    }

    boolean isTopic(String words) {
        String key = keyOf.get(Text.normalise(words));
        return key != null && isTopicKey(key);
    }

    /** Named in a quarter of the sentences (three at least): one of what the article is about. */
    private boolean prominent(String key) {
        int count = sentencesNaming.getOrDefault(key, 0);
        return count >= TOPIC_SENTENCES && count >= TOPIC_SHARE * sentences;
    }

    private boolean isTopicKey(String key) {
        int count = sentencesNaming.getOrDefault(key, 0);
        if (!prominent(key)) {
            return false;
        }
        String type = typeOf.get(key);
        return sentencesNaming.entrySet().stream().filter(e -> !e.getKey().equals(key))
                .filter(e -> type.equals(typeOf.get(e.getKey())))
                .noneMatch(e -> e.getValue() >= RIVAL_SHARE * count);
    }

    private boolean names(String sentence, String key) {
        return keyOf.entrySet().stream().filter(e -> e.getValue().equals(key))
                .anyMatch(e -> Text.containsPhrase(sentence, e.getKey()));
    }
}
