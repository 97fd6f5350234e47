package app.factdeck.questions.types.multichoice;

import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.MoodleGrades;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Multiple choice, one right answer; other options may earn part of the marks, or cost some. */
public final class MultipleChoiceKind implements QuestionKind<MultipleChoice> {

    public static final MultipleChoiceKind INSTANCE = new MultipleChoiceKind();

    private MultipleChoiceKind() {
    }

    @Override
    public String slug() {
        return "multiple-choice";
    }

    @Override
    public String label() {
        return "Multiple choice";
    }

    @Override
    public Class<MultipleChoice> questionClass() {
        return MultipleChoice.class;
    }

    @Override
    public boolean generated() {
        return true;
    }

    @Override
    public Response readResponse(MultipleChoice q, Map<String, List<String>> form, List<String> shown) {
        return Response.of(QuestionDraft.first(form, "answer").strip());
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        return Choices.readForm(common, form);
    }

    @Override
    public Function<Question.Common, MultipleChoice> check(QuestionDraft d, Map<String, String> errors) {
        List<Choices.Row> rows = Choices.rows(d, errors);
        if (rows.isEmpty()) {
            return null;
        }
        // The ticked option is worth full marks; another may have a grade of its own (a partial or a penalty).
        List<Choice> choices = rows.stream().map(r -> new Choice(r.text(), r.ticked() ? 1 : r.grade().orElse(0.0),
                r.feedbackHtml())).toList();
        long ticked = rows.stream().filter(Choices.Row::ticked).count();
        // A ticked option given a grade below 100 % says two things; saying which wins beats dropping one silently.
        Optional<Choices.Row> ambiguous = rows.stream().filter(r -> r.ticked() && r.grade().isPresent()
                && r.grade().get() < 1 - 1e-9).findFirst();
        if (ambiguous.isPresent()) {
            errors.put("correct", "Option " + (ambiguous.get().index() + 1) + " is ticked as the correct answer but "
                    + "graded " + MoodleGrades.percent(ambiguous.get().grade().get()) + " %. The correct option is "
                    + "worth 100 %: untick it and keep its grade, or clear its grade.");
        } else if (choices.stream().noneMatch(Choice::full)) {
            errors.put("correct", "A multiple-choice question needs a correct option: choose it.");
        } else if (ticked > 1) {
            errors.put("correct", "A single-answer question has exactly one correct option, and " + ticked
                    + " are ticked. Untick all but one, or make it a select-all question.");
        }
        return c -> new MultipleChoice(c, choices);
    }

    @Override
    public QuestionDraft draftOf(MultipleChoice q, QuestionDraft common) {
        return Choices.draftOf(q.choices(), common, true);
    }

    @Override
    public Optional<MoodleQuestion> toMoodle(MultipleChoice q, MoodleQuestion common) {
        return Optional.of(common.with(MoodleQuestion.Type.MULTICHOICE, true, Choices.answers(q.choices()), false,
                common.feedbackTrue(), common.feedbackFalse(), List.of()));
    }

    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        return m.type() == MoodleQuestion.Type.MULTICHOICE && m.single()
                ? Optional.of(Imported.of(Choices.fromMoodle(m, common))) : Optional.empty();
    }

    @Override
    public MultipleChoice placeholder(Question.Common common) {
        return new MultipleChoice(common, List.of());
    }
}
