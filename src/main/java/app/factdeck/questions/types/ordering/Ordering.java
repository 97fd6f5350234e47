package app.factdeck.questions.types.ordering;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Items to put in order (Moodle's ordering question; GIFT has no such type). Credit is the share of pairs of items
 * in the right relative order: all right 1, reversed 0 (Moodle's grading "Relative to ALL the previous and next
 * items").
 *
 * @param items the items in the right order
 */
public record Ordering(Question.Common common, List<String> items) implements Question {

    public Ordering {
        items = List.copyOf(items);
    }

    @Override
    public OrderingKind type() {
        return OrderingKind.INSTANCE;
    }

    @Override
    public Optional<String> incomplete(Response r) {
        return r.values().size() != items.size() || !Set.copyOf(r.values()).equals(Set.copyOf(items))
                ? Optional.of("Give each event a different position, from 1 to " + items.size() + ".")
                : Optional.empty();
    }

    @Override
    public Grade grade(Response r) {
        return Grade.of(pairsInOrder(items, r.values()));
    }

    /** Share of item pairs whose relative order in {@code given} matches {@code correct}. */
    static double pairsInOrder(List<String> correct, List<String> given) {
        int n = correct.size();
        if (n < 2) {
            return correct.equals(given) ? 1 : 0;
        }
        int good = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                total++;
                if (given.indexOf(correct.get(i)) < given.indexOf(correct.get(j))) {
                    good++;
                }
            }
        }
        return (double) good / total;
    }

    @Override
    public String correctAnswer() {
        return String.join(" → ", items);
    }

    @Override
    public String describe(Response r) {
        return String.join(" → ", r.values());
    }

    @Override
    public List<String> optionsFor(long attemptSeed) {
        return Question.shuffled(items, id(), attemptSeed);
    }

    /** A teacher's order makes a card (the question, then the items in order); a generated one spans facts. */
    @Override
    public Optional<CardSide> flashcard() {
        return isAuthored() ? Optional.of(new CardSide(false, stem(), correctAnswer())) : Optional.empty();
    }

    @Override
    public Listing listing() {
        return new Listing(items, items, List.of(), List.of());
    }
}
