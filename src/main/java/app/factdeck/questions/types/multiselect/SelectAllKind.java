package app.factdeck.questions.types.multiselect;

import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.MoodleGrades;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.types.multichoice.Choices;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Select all that apply. Grades: all empty for the default weights (see {@link SelectAll}), or one per ticked
 * option (its share of the marks) with an empty one on a wrong option meaning 0.
 */
public final class SelectAllKind implements QuestionKind<SelectAll> {

    public static final SelectAllKind INSTANCE = new SelectAllKind();

    private SelectAllKind() {
    }

    @Override
    public String slug() {
        return "multi-select";
    }

    @Override
    public String label() {
        return "Select all";
    }

    @Override
    public Class<SelectAll> questionClass() {
        return SelectAll.class;
    }

    @Override
    public boolean generated() {
        return true;
    }

    @Override
    public Response readResponse(SelectAll q, Map<String, List<String>> form, List<String> shown) {
        return new Response(form.getOrDefault("answer", List.of()));
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        return Choices.readForm(common, form);
    }

    @Override
    public Function<Question.Common, SelectAll> check(QuestionDraft d, Map<String, String> errors) {
        List<Choices.Row> rows = Choices.rows(d, errors);
        if (rows.isEmpty()) {
            return null;
        }
        long ticked = rows.stream().filter(Choices.Row::ticked).count();
        if (ticked == 0) {
            errors.put("correct", "A select-all question needs at least one correct option: tick each right one.");
            return null;
        }
        if (ticked == rows.size()) {
            errors.put("correct", "Every option is ticked as correct, so ticking everything would score full "
                    + "marks. Add at least one wrong option.");
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        boolean graded = rows.stream().anyMatch(r -> r.grade().isPresent());
        for (Choices.Row r : rows) {
            double fraction;
            if (!graded) {
                fraction = r.ticked() ? 1.0 / ticked : -1.0 / (rows.size() - ticked);
            } else if (r.ticked() && r.grade().isEmpty()) {
                errors.put("correct", "Option " + (r.index() + 1) + " is ticked but has no grade: give every ticked "
                        + "option its share of the marks, or leave all grades empty for the default.");
                return null;
            } else {
                fraction = r.grade().orElse(0.0);
                if (r.ticked() != fraction > 0) {
                    errors.put("correct", "Option " + (r.index() + 1) + " is " + (r.ticked() ? "ticked as correct but "
                            + "worth " : "not ticked but worth ") + MoodleGrades.percent(fraction) + " %: a correct "
                            + "option earns marks (above 0 %), a wrong one none or a penalty. Tick it or change its grade.");
                    return null;
                }
            }
            choices.add(new Choice(r.text(), fraction, r.feedbackHtml()));
        }
        return c -> new SelectAll(c, choices);
    }

    @Override
    public QuestionDraft draftOf(SelectAll q, QuestionDraft common) {
        return Choices.draftOf(q.choices(), common, false);
    }

    @Override
    public Optional<MoodleQuestion> toMoodle(SelectAll q, MoodleQuestion common) {
        return Optional.of(common.with(MoodleQuestion.Type.MULTICHOICE, false, Choices.answers(q.choices()), false,
                common.feedbackTrue(), common.feedbackFalse(), List.of()));
    }

    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        return m.type() == MoodleQuestion.Type.MULTICHOICE && !m.single()
                ? Optional.of(Imported.of(Choices.fromMoodle(m, common))) : Optional.empty();
    }

    @Override
    public SelectAll placeholder(Question.Common common) {
        return new SelectAll(common, List.of());
    }
}
