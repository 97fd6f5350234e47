package app.factdeck.questions.types.matching;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Match each left item with one of the right-hand items (Moodle's match). Credit is the share of left items
 * matched to their own right item; the drop-downs also offer {@code extras}, right-hand items that match nothing
 * (Moodle's extra wrong answers), so the last pair cannot be worked out by elimination.
 */
public record Matching(Question.Common common, List<Pair> pairs, List<String> extras) implements Question {

    public record Pair(String left, String right) {
    }

    public Matching {
        pairs = List.copyOf(pairs);
        extras = List.copyOf(extras);
    }

    @Override
    public MatchingKind type() {
        return MatchingKind.INSTANCE;
    }

    public List<String> lefts() {
        return pairs.stream().map(Pair::left).toList();
    }

    public List<String> rights() {
        return pairs.stream().map(Pair::right).toList();
    }

    /** Every right-hand item a drop-down offers: the pairs' and the extras. */
    public List<String> offered() {
        List<String> all = new ArrayList<>(rights());
        all.addAll(extras);
        return all;
    }

    @Override
    public Optional<String> incomplete(Response r) {
        return r.values().size() != pairs.size() || r.values().stream().anyMatch(String::isBlank)
                || !offered().containsAll(r.values())
                ? Optional.of("Choose a role for each person.") : Optional.empty();
    }

    @Override
    public Grade grade(Response r) {
        int right = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (i < r.values().size() && pairs.get(i).right().equals(r.values().get(i))) {
                right++;
            }
        }
        return Grade.of((double) right / pairs.size());
    }

    @Override
    public String correctAnswer() {
        return String.join("; ", pairs.stream().map(p -> p.left() + ": " + p.right()).toList());
    }

    @Override
    public String describe(Response r) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < pairs.size() && i < r.values().size(); i++) {
            given.add(pairs.get(i).left() + ": " + r.values().get(i));
        }
        return String.join("; ", given);
    }

    /** The right-hand items in this attempt's order (the left ones keep theirs). */
    @Override
    public List<String> optionsFor(long attemptSeed) {
        return Question.shuffled(offered(), id(), attemptSeed);
    }

    /** A teacher's pairs make a card (the question, then every pair); a generated one spans facts. */
    @Override
    public Optional<CardSide> flashcard() {
        return isAuthored() ? Optional.of(new CardSide(false, stem(), correctAnswer())) : Optional.empty();
    }

    @Override
    public Listing listing() {
        return new Listing(lefts(), rights(), extras, List.of());
    }
}
