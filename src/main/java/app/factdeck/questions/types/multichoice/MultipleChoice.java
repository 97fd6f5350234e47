package app.factdeck.questions.types.multichoice;

import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * One answer to choose from a list (Moodle's multichoice, single). Credit is the chosen option's fraction: 1 for
 * the right one, 0 for a wrong one, or a teacher's partial grade (50 % for "nearly"); a negative one is a penalty,
 * and a question's credit is never below 0.
 *
 * @param choices the options in the order written (a generated question's key first)
 */
public record MultipleChoice(Question.Common common, List<Choice> choices) implements Question {

    public MultipleChoice {
        choices = List.copyOf(choices);
    }

    /** A generated question: {@code key} right, the others wrong. */
    public static MultipleChoice of(Question.Common common, String key, List<String> wrong) {
        List<Choice> choices = new java.util.ArrayList<>(List.of(Choice.right(key)));
        wrong.forEach(w -> choices.add(Choice.wrong(w)));
        return new MultipleChoice(common, choices);
    }

    @Override
    public MultipleChoiceKind type() {
        return MultipleChoiceKind.INSTANCE;
    }

    public List<String> texts() {
        return choices.stream().map(Choice::text).toList();
    }

    /** The options worth full marks. */
    public List<String> keys() {
        return choices.stream().filter(Choice::full).map(Choice::text).toList();
    }

    private Optional<Choice> chosen(String text) {
        return choices.stream().filter(c -> c.text().equals(text)).findFirst();
    }

    @Override
    public Optional<String> incomplete(Response r) {
        return r.single().isBlank() || chosen(r.single()).isEmpty()
                ? Optional.of("Choose one of the answers.") : Optional.empty();
    }

    @Override
    public Grade grade(Response r) {
        return Grade.of(chosen(r.single()).map(Choice::fraction).orElse(0.0));
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
        return keys().isEmpty() ? Optional.empty() : Optional.of(new CardSide(false, stem(), keys().get(0)));
    }

    @Override
    public Listing listing() {
        return new Listing(texts(), keys(), choices.stream().filter(c -> !c.full()).map(Choice::text).toList(),
                List.of());
    }

    @Override
    public List<String> answerFeedback(Response r) {
        return chosen(r.single()).map(Choice::feedback).filter(f -> !f.isEmpty()).stream().toList();
    }
}
