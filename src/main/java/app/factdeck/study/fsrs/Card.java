package app.factdeck.study.fsrs;

import java.time.Instant;
import java.util.Optional;

/**
 * A card's scheduling state, as the scheduler reads and returns it.
 *
 * @param due           when the card is next shown
 * @param lastReview    when it was last rated; empty for a new card
 * @param scheduledDays the whole-day interval last given; 0 inside (re)learning steps
 * @param learningStep  index of the current (re)learning step
 * @param reps          how many times it has been rated
 * @param lapses        how many times a review card was forgotten
 */
public record Card(CardState state, MemoryState memory, Instant due, Optional<Instant> lastReview,
                   int scheduledDays, int learningStep, int reps, int lapses) {

    /** A card never studied, available from {@code created}. */
    public static Card fresh(Instant created) {
        return new Card(CardState.NEW, MemoryState.NONE, created, Optional.empty(), 0, 0, 0, 0);
    }

    public double stability() {
        return memory.stability();
    }

    public double difficulty() {
        return memory.difficulty();
    }
}
