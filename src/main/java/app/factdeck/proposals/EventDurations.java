package app.factdeck.proposals;

import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.MarkedFact.Kind;
import app.factdeck.content.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long an event that is over lasted, from a number written as an adjective: "Speaking after a two-day meeting of
 * allied defence ministers in Brussels, …" → "How many days did the meeting of allied defence ministers in Brussels
 * last?" with the statement "The meeting of allied defence ministers in Brussels lasted {answer} days.". Pure and
 * topic-free: the word lists are general English (number words, time units, nouns of events).
 *
 * <p>Only an event the sentence says is over ("after", "following", "at the end of", "concluded", "ended"): "ahead of
 * a three-day summit" has not lasted anything yet. Only an event noun: "a 10-year plan" or "a two-day-old baby"
 * lasts nothing. The event is named by more than its noun ("the talks" alone could be any talks): its words run from
 * the noun through a phrase such as "of allied defence ministers in Brussels" to the first comma or clause word, and
 * hold no pronoun, quotation or digit.
 */
final class EventDurations {

    /**
     * Shown unticked: two blind reviews failed "How many days did the meeting … last?" as scene-setting (G9), while
     * the corpus's gold facts (what teachers expect asked) list it; the teacher decides.
     */
    static final double CONFIDENCE = 0.5;

    private static final String NUMBER = "\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty";
    private static final Pattern SHAPE = Pattern.compile("(?i)\\b(?:after|following|at the end of|concluding|ending)"
            + "\\s+(?:a|an|the)\\s+(" + NUMBER + ")-(hour|day|week|month|year)(?:-long)?\\s+([a-z][a-z-]*)"
            + "(\\s+(?:of|in|at|on|to|between|with|for|among)\\s+[^,;:.“”\"()]+?)(?=,|;|\\.|\\s+(?:where|which|who|when"
            + "|while|as|and|but|that)\\b|$)");
    private static final Set<String> EVENTS = Set.of("meeting", "meetings", "summit", "talks", "conference",
            "session", "visit", "trip", "tour", "strike", "trial", "hearing", "festival", "negotiations", "ceasefire",
            "truce", "siege", "operation", "campaign", "war", "battle", "workshop", "congress", "convention", "debate",
            "vigil", "standoff", "search", "mission", "retreat", "forum", "walkout", "shutdown", "lockdown", "journey",
            "voyage", "expedition", "marathon", "tournament", "inquiry", "blackout", "outage", "sit-in", "protest",
            "occupation", "offensive", "exercise", "exercises", "drills", "gathering", "assembly", "meet", "event");
    private static final int MAX_EVENT_WORDS = 10;

    private EventDurations() {
    }

    /** The durations of finished events the sentence gives, as how-many facts. */
    static List<Proposal> in(String sentence) {
        List<Proposal> out = new ArrayList<>();
        Matcher m = SHAPE.matcher(sentence);
        while (m.find()) {
            String noun = m.group(3).toLowerCase(Locale.ROOT);
            String event = (m.group(3) + m.group(4)).strip();
            if (!EVENTS.contains(noun) || event.split("\\s+").length > MAX_EVENT_WORDS || event.matches(".*\\d.*")
                    || QuestionWriter.PRONOUN.matcher(event).find() || QuestionWriter.NEGATION.matcher(event).find()
                    || KeyPhrases.insideQuote(sentence, m.start())) {
                continue;
            }
            String unit = m.group(2).toLowerCase(Locale.ROOT) + "s";
            String question = "How many " + unit + " did the " + event + " last?";
            String statement = "The " + event + " lasted {answer} " + unit + ".";
            MarkedFact f = new MarkedFact(null, Kind.HOW_MANY, sentence, List.of(m.group(1)), "", "", "", null,
                    question, statement, null, null, null, null);
            out.add(new Proposal(key(sentence, m.group(1)), f, CONFIDENCE, "how long an event lasted"));
        }
        return out;
    }

    /** The proposer's key scheme: kind, sentence and answer. */
    private static String key(String sentence, String answer) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(Text.normalise(sentence + "\u0000" + answer)
                    .getBytes(StandardCharsets.UTF_8));
            return Kind.HOW_MANY.slug() + "-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
