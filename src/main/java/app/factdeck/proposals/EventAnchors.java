package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * G7: "the summit", "the final", "the trial" in a question say which one only inside the article. When the article
 * places that kind of event once ("the Vilnius summit", "the summit in Vilnius"), the question and statement say
 * so ("… at the Vilnius summit"); when it places it in two places, or the place is the answer itself ("The
 * summit is scheduled to take place in which city?"), the fact is not asked. Only places the name finder reads as
 * cities, countries or places, and years, anchor an event. An event the article never places is left as written:
 * it is the article's one final or trial.
 *
 * <pre>{@code
 * anchors.anchored(proposal) // the proposal with "at the summit" → "at the Vilnius summit", or empty
 * }</pre>
 */
final class EventAnchors {

    /** General English nouns for one-off events a news article refers back to with "the". */
    private static final String EVENTS = "summit|conference|meeting|talks|election|referendum|final|match|trial"
            + "|hearing|ceremony|tournament|congress|convention|festival|games";
    /** "the summit", "the NATO summit", "the upcoming summit": a definite event with no place or year of its own. */
    private static final Pattern DEFINITE = Pattern.compile("\\b([Tt]he)\\s+((?:(?:upcoming|next|annual|coming"
            + "|\\p{Lu}[\\p{L}\\p{N}-]*)\\s+)*)(" + EVENTS + ")\\b(?!\\s+(?:in|of|on|at|for)\\s+(?:\\p{Lu}|\\d))");
    private static final Pattern BEFORE_NOUN = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}-]+|\\d{4})\\s+"
            + "(?:\\p{Lu}[\\p{L}\\p{N}-]*\\s+)?(" + EVENTS + ")\\b");
    private static final Pattern AFTER_NOUN = Pattern.compile("\\b(" + EVENTS + ")\\s+in\\s+(\\p{Lu}[\\p{L}-]+"
            + "|\\d{4})\\b");

    /** Per event noun, the places (or years) the article gives it, and whether it writes them before the noun. */
    private final Map<String, Map<String, Boolean>> anchors = new LinkedHashMap<>();

    EventAnchors(List<String> sentences, NameFinder names, List<String> people) {
        Set<String> places = new java.util.HashSet<>();
        for (String s : sentences) {
            names.in(s, people).stream().filter(m -> Set.of("city", "country", "place").contains(m.type()))
                    .forEach(m -> places.add(m.words()));
        }
        for (String s : sentences) {
            Matcher m = BEFORE_NOUN.matcher(s);
            while (m.find()) {
                if (places.contains(m.group(1)) || m.group(1).matches("\\d{4}")) {
                    add(m.group(2), m.group(1), true);
                }
            }
            m = AFTER_NOUN.matcher(s);
            while (m.find()) {
                if (places.contains(m.group(2)) || m.group(2).matches("\\d{4}")) {
                    add(m.group(1), m.group(2), false);
                }
            }
        }
    }

    private void add(String noun, String anchor, boolean before) {
        anchors.computeIfAbsent(noun.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>()).putIfAbsent(anchor, before);
    }

    /** The proposal with its bare events anchored; itself when it has none; empty when one cannot be anchored. */
    Optional<Proposal> anchored(Proposal p) {
        MarkedFact f = p.fact();
        String asked = f.question() != null ? f.question() : f.statement();
        if (asked == null) {
            return Optional.of(p);
        }
        Matcher m = DEFINITE.matcher(asked);
        if (!m.find()) {
            return Optional.of(p);
        }
        String noun = m.group(3).toLowerCase(Locale.ROOT);
        Map<String, Boolean> known = anchors.getOrDefault(noun, Map.of());
        Set<String> inText = new LinkedHashSet<>();
        known.keySet().stream().filter(a -> Pattern.compile("\\b" + Pattern.quote(a) + "\\b").matcher(asked).find())
                .forEach(inText::add);
        if (!inText.isEmpty()) {
            return Optional.of(p); // "The summit is scheduled to take place in Vilnius in which month?"
        }
        if (known.isEmpty()) {
            return Optional.of(p); // the article's one final or trial, which it never places: nothing to confuse
        }
        if (known.size() > 1) {
            return Optional.empty();
        }
        String anchor = known.keySet().iterator().next();
        if (f.answerWords().stream().anyMatch(a -> a.contains(anchor))) {
            return Optional.empty(); // the place is what is asked: naming it would give it away
        }
        boolean before = known.get(anchor);
        return Optional.of(new Proposal(p.key(), new MarkedFact(f.id(), f.kind(), f.sentence(), f.answerWords(),
                f.answerType(), f.group(), f.aliases(), f.roleWords(), anchor(f.question(), noun, anchor, before),
                anchor(f.statement(), noun, anchor, before), anchor(f.event(), noun, anchor, before), f.date(),
                f.number(), anchor(f.contradiction(), noun, anchor, before)), p.confidence(), p.reason()
                + " (“the " + noun + "” named from the article)"));
    }

    private static String anchor(String text, String noun, String anchor, boolean before) {
        if (text == null) {
            return null;
        }
        Matcher m = DEFINITE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = !m.group(3).equalsIgnoreCase(noun) ? m.group()
                    : before ? m.group(1) + " " + anchor + " " + m.group(2) + m.group(3)
                    : m.group() + " in " + anchor;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
