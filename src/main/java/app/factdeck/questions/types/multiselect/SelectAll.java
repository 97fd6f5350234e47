package app.factdeck.questions.types.multiselect;

import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tick every right answer (Moodle's multichoice, multi). Credit is the sum of the ticked options' fractions, kept
 * within 0…1. By default the right options share +100 % and the wrong ones −100 % (as Moodle weights a
 * multiple-answer question), so ticking everything earns nothing; a teacher may give each option its own grade.
 */
public record SelectAll(Question.Common common, List<Choice> choices) implements Question {

    public SelectAll {
        choices = List.copyOf(choices);
    }

    /** The default weights: the right ones share +100 %, the wrong ones −100 %. */
    public static SelectAll weighted(Question.Common common, List<String> right, List<String> wrong) {
        List<Choice> choices = new java.util.ArrayList<>();
        right.forEach(r -> choices.add(new Choice(r, 1.0 / right.size(), "")));
        wrong.forEach(w -> choices.add(new Choice(w, -1.0 / wrong.size(), "")));
        return new SelectAll(common, choices);
    }

    @Override
    public SelectAllKind type() {
        return SelectAllKind.INSTANCE;
    }

    public List<String> texts() {
        return choices.stream().map(Choice::text).toList();
    }

    /** The options worth something: the ones to tick. */
    public List<String> keys() {
        return choices.stream().filter(c -> c.fraction() > 0).map(Choice::text).toList();
    }

    @Override
    public Optional<String> incomplete(Response r) {
        return r.values().isEmpty() ? Optional.of("Tick at least one answer.")
                : !texts().containsAll(r.values()) ? Optional.of("Tick only answers from the list.")
                : Optional.empty();
    }

    @Override
    public Grade grade(Response r) {
        Set<String> ticked = new HashSet<>(r.values());
        double sum = 0;
        for (Choice c : choices) {
            if (ticked.contains(c.text())) {
                sum += c.fraction();
            }
        }
        return Grade.of(sum);
    }

    @Override
    public String correctAnswer() {
        return String.join(", ", keys());
    }

    @Override
    public String describe(Response r) {
        return String.join(", ", r.values());
    }

    @Override
    public List<String> optionsFor(long attemptSeed) {
        return Question.shuffled(texts(), id(), attemptSeed);
    }

    @Override
    public Optional<CardSide> flashcard() {
        String stem = stem().endsWith(" Select all.") ? stem().substring(0, stem().length() - " Select all.".length())
                : stem();
        return keys().isEmpty() ? Optional.empty() : Optional.of(new CardSide(false, stem, String.join("; ", keys())));
    }

    @Override
    public Listing listing() {
        return new Listing(texts(), keys(), choices.stream().filter(c -> c.fraction() <= 0).map(Choice::text).toList(),
                List.of());
    }

    @Override
    public List<String> answerFeedback(Response r) {
        return choices.stream().filter(c -> r.values().contains(c.text()) && !c.feedback().isEmpty())
                .map(Choice::feedback).toList();
    }
}
