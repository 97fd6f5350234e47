package app.factdeck.study;

import app.factdeck.content.Text;
import app.factdeck.study.CardStateRepository.StoredCard;
import app.factdeck.study.fsrs.CardState;
import app.factdeck.study.fsrs.StudyDay;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to study next in a deck, as Anki orders it: cards inside (re)learning steps that are due, then review
 * cards due today (study days roll over at the student's hour), then new cards while the day's limit lasts (siblings
 * spaced apart, see {@link #spaceSiblings}), then
 * learning cards due within the next 20 minutes rather than stopping to wait for them. Pure.
 *
 * @param next            the card to show, if any
 * @param learningDue     cards inside steps due now
 * @param reviewDue       review cards due today
 * @param newLeft         new cards this deck still offers today
 * @param laterToday      learning cards due later today (beyond the 20 minutes), and the first one's time
 */
public record StudyQueue(Optional<Flashcard> next, int learningDue, int reviewDue, int newLeft, int laterToday,
                         Optional<Instant> nextLaterAt) {

    /** Anki's "learn ahead limit": a learning card this close is shown rather than waited for. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    public int dueCount() {
        return learningDue + reviewDue;
    }

    /**
     * @param deck        the deck's cards in order
     * @param includeNew  whether this deck offers new cards ("everything due" does not)
     * @param newLeftToday how many new cards the student's daily limit still allows, across decks
     */
    public static StudyQueue of(List<Flashcard> deck, boolean includeNew, Map<String, StoredCard> studied,
                                Instant now, StudyDay day, int newLeftToday) {
        LocalDate today = day.dayOf(now);
        Instant endOfDay = day.endOfDay(now);
        Comparator<StoredCard> byDue = Comparator.comparing(s -> s.card().due());
        List<StoredCard> inDeck = deck.stream().map(c -> studied.get(c.id())).filter(s -> s != null).toList();
        List<StoredCard> learningDue = inDeck.stream().filter(s -> inSteps(s) && !s.card().due().isAfter(now))
                .sorted(byDue).toList();
        List<StoredCard> reviewDue = inDeck.stream().filter(s -> s.card().state() == CardState.REVIEW
                && !day.dayOf(s.card().due()).isAfter(today)).sorted(byDue).toList();
        List<StoredCard> ahead = inDeck.stream().filter(s -> inSteps(s) && s.card().due().isAfter(now)
                && !s.card().due().isAfter(now.plus(LEARN_AHEAD))).sorted(byDue).toList();
        List<StoredCard> later = inDeck.stream().filter(s -> inSteps(s) && s.card().due().isAfter(now.plus(LEARN_AHEAD))
                && s.card().due().isBefore(endOfDay)).sorted(byDue).toList();
        List<Flashcard> fresh = includeNew
                ? spaceSiblings(deck).stream().filter(c -> !studied.containsKey(c.id()))
                        .limit(Math.max(0, newLeftToday)).toList()
                : List.of();

        Optional<String> nextId = first(learningDue).or(() -> first(reviewDue))
                .or(() -> fresh.stream().findFirst().map(Flashcard::id)).or(() -> first(ahead));
        Optional<Flashcard> next = nextId.flatMap(id -> deck.stream().filter(c -> c.id().equals(id)).findFirst());
        return new StudyQueue(next, learningDue.size() + ahead.size(), reviewDue.size(), fresh.size(), later.size(),
                later.stream().findFirst().map(s -> s.card().due()));
    }

    /**
     * The deck's cards in the order new ones are introduced: deck order, except that a card is never introduced
     * straight after a sibling (a card of the same fact, of the same source sentence, or whose answer is the other's
     * or part of it: "Rasmussen" and "Anders Fogh Rasmussen")
     * while a card that is not one waits; the sibling comes later in the session. Anki buries siblings to the
     * next day for the same reason: the second card's answer was on the first card's back a moment ago. The
     * order is computed over the whole deck, studied cards included, so it stays the same as cards are studied.
     */
    static List<Flashcard> spaceSiblings(List<Flashcard> deck) {
        Map<Flashcard, String> answers = new HashMap<>();
        deck.forEach(c -> answers.put(c, " " + Text.normalise(c.answer()) + " "));
        List<Flashcard> waiting = new ArrayList<>(deck);
        List<Flashcard> order = new ArrayList<>(deck.size());
        while (!waiting.isEmpty()) {
            Flashcard last = order.isEmpty() ? null : order.get(order.size() - 1);
            int pick = 0;
            while (last != null && pick < waiting.size() && siblings(last, waiting.get(pick), answers)) {
                pick++;
            }
            order.add(waiting.remove(pick < waiting.size() ? pick : 0));
        }
        return order;
    }

    private static boolean siblings(Flashcard a, Flashcard b, Map<Flashcard, String> answers) {
        String answerA = answers.get(a);
        String answerB = answers.get(b);
        return Objects.equals(a.factId(), b.factId()) || answerA.contains(answerB) || answerB.contains(answerA)
                || (a.hasSource() && b.hasSource() && a.source().articleSlug().equals(b.source().articleSlug())
                        && a.source().anchor().equals(b.source().anchor()));
    }

    private static boolean inSteps(StoredCard s) {
        return s.card().state() == CardState.LEARNING || s.card().state() == CardState.RELEARNING;
    }

    private static Optional<String> first(List<StoredCard> cards) {
        return cards.stream().findFirst().map(StoredCard::cardId);
    }
}
