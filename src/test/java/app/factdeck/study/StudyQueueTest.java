package app.factdeck.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.factdeck.content.Fact;
import app.factdeck.study.CardStateRepository.StoredCard;
import app.factdeck.study.fsrs.Card;
import app.factdeck.study.fsrs.CardState;
import app.factdeck.study.fsrs.MemoryState;
import app.factdeck.study.fsrs.StudyDay;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudyQueueTest {

    private static final StudyDay KYIV_4AM = new StudyDay(ZoneId.of("Europe/Kyiv"), 4);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");   // 12:00 in Kyiv

    private static Flashcard card(String id) {
        return new Flashcard(id, Flashcard.Kind.QUESTION, "a", id, "Front " + id, "Answer",
                new Fact.Source("a", "s-1", "Sentence."));
    }

    private static StoredCard stored(String id, CardState state, Instant due) {
        return new StoredCard(id, "a", new Card(state, new MemoryState(5, 3), due, Optional.of(NOW.minus(Duration.ofDays(3))),
                state == CardState.REVIEW ? 3 : 0, 0, 2, 0), NOW.minus(Duration.ofDays(3)));
    }

    private final List<Flashcard> deck = List.of(card("n1"), card("r-late"), card("l-now"), card("r-early"),
            card("n2"), card("l-soon"), card("l-later"), card("r-tomorrow"), card("n3"));
    private final Map<String, StoredCard> studied = new HashMap<>(Map.of(
            "r-late", stored("r-late", CardState.REVIEW, Instant.parse("2026-03-02T20:00:00Z")),      // today, 22:00 Kyiv
            "r-early", stored("r-early", CardState.REVIEW, Instant.parse("2026-02-27T08:00:00Z")),    // overdue
            "r-tomorrow", stored("r-tomorrow", CardState.REVIEW, Instant.parse("2026-03-03T03:00:00Z")), // 05:00 Kyiv
            "l-now", stored("l-now", CardState.RELEARNING, NOW.minus(Duration.ofMinutes(1))),
            "l-soon", stored("l-soon", CardState.LEARNING, NOW.plus(Duration.ofMinutes(15))),
            "l-later", stored("l-later", CardState.LEARNING, NOW.plus(Duration.ofHours(2)))));

    /** Study the queue to the end, marking each shown card as done. */
    private List<String> order(boolean includeNew, int newLeft) {
        List<String> shown = new java.util.ArrayList<>();
        Map<String, StoredCard> left = new HashMap<>(studied);
        int allowance = newLeft;
        for (int i = 0; i < 20; i++) {
            StudyQueue q = StudyQueue.of(deck, includeNew, left, NOW, KYIV_4AM, allowance);
            if (q.next().isEmpty()) {
                break;
            }
            String id = q.next().get().id();
            shown.add(id);
            if (!left.containsKey(id)) {
                allowance--;
            }
            left.put(id, stored(id, CardState.REVIEW, NOW.plus(Duration.ofDays(5))));
        }
        return shown;
    }

    @Test
    void learningDueThenReviewsDueTodayThenNewUpToTheLimitThenLearnAhead() {
        assertEquals(List.of("l-now", "r-early", "r-late", "n1", "n2", "l-soon"), order(true, 2));
    }

    @Test
    void everythingDueOffersNoNewCards() {
        assertEquals(List.of("l-now", "r-early", "r-late", "l-soon"), order(false, 20));
    }

    @Test
    void countsSeparateDueNewAndLaterToday() {
        StudyQueue q = StudyQueue.of(deck, true, studied, NOW, KYIV_4AM, 20);
        assertEquals(2, q.learningDue(), "l-now and, within 20 minutes, l-soon");
        assertEquals(2, q.reviewDue(), "r-early and r-late; r-tomorrow is after the 4 am rollover");
        assertEquals(3, q.newLeft());
        assertEquals(1, q.laterToday());
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(2))), q.nextLaterAt());
    }

    private static Flashcard sibling(String id, String fact, String anchor, String answer) {
        return new Flashcard(id, Flashcard.Kind.GAP, "a", fact, "Front " + id, answer,
                new Fact.Source("a", anchor, "Sentence " + anchor + "."));
    }

    /** The new cards in the order a session introduces them, studying each as it comes. */
    private static List<String> newOrder(List<Flashcard> cards, int newLeft) {
        List<String> shown = new java.util.ArrayList<>();
        Map<String, StoredCard> done = new HashMap<>();
        for (int left = newLeft; ; left--) {
            Optional<Flashcard> next = StudyQueue.of(cards, true, done, NOW, KYIV_4AM, left).next();
            if (next.isEmpty()) {
                return shown;
            }
            shown.add(next.get().id());
            done.put(next.get().id(), stored(next.get().id(), CardState.REVIEW, NOW.plus(Duration.ofDays(5))));
        }
    }

    @Test
    void newSiblingsOfOneFactOrSentenceOrAnswerAreNotIntroducedBackToBack() {
        List<Flashcard> cards = List.of(
                sibling("gap-1", "f1", "s-1", "Rasmussen"),
                sibling("gap-2", "f2", "s-1", "Vilnius"),       // same sentence as gap-1
                sibling("role", "f1", "s-2", "Former NATO chief"), // same fact as gap-1
                sibling("who", "f3", "s-3", "Anders Fogh Rasmussen"),
                sibling("who-2", "f4", "s-4", "anders fogh rasmussen"), // same answer as "who"
                sibling("year", "f5", "s-5", "2023"),
                sibling("place", "f6", "s-6", "Brussels"));
        // "who" answers what gap-1 does ("Rasmussen" is part of the name), so it waits as well.
        assertEquals(List.of("gap-1", "year", "gap-2", "role", "who", "place", "who-2"), newOrder(cards, 20));
    }

    @Test
    void spacingKeepsTheDailyLimitAndLeavesTheRestForLater() {
        List<Flashcard> cards = List.of(sibling("a1", "f1", "s-1", "A"), sibling("a2", "f1", "s-1", "B"),
                sibling("b1", "f2", "s-2", "C"));
        assertEquals(List.of("a1", "b1"), newOrder(cards, 2));
    }

    @Test
    void whenOnlySiblingsAreLeftTheyStillCome() {
        List<Flashcard> cards = List.of(sibling("a1", "f1", "s-1", "A"), sibling("a2", "f1", "s-1", "B"),
                sibling("a3", "f1", "s-2", "C"));
        assertEquals(List.of("a1", "a2", "a3"), newOrder(cards, 20));
    }
}
