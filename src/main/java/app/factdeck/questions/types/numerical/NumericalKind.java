package app.factdeck.questions.types.numerical;

import static app.factdeck.questions.core.Limits.shortened;

import app.factdeck.questions.core.Limits;
import app.factdeck.questions.core.MoodleGrades;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Numbers;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.core.RichText;
import app.factdeck.questions.types.shortanswer.TypedAnswers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Numerical: the right number ({@code answer}) with its {@code tolerance}, then further rows, each a number with
 * its tolerance, grade and feedback.
 */
public final class NumericalKind implements QuestionKind<Numerical> {

    public static final NumericalKind INSTANCE = new NumericalKind();

    private NumericalKind() {
    }

    @Override
    public String slug() {
        return "numerical";
    }

    @Override
    public String label() {
        return "Numerical";
    }

    @Override
    public Class<Numerical> questionClass() {
        return Numerical.class;
    }

    @Override
    public boolean generated() {
        return false;
    }

    @Override
    public Response readResponse(Numerical q, Map<String, List<String>> form, List<String> shown) {
        return Response.of(QuestionDraft.first(form, "answer").strip());
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        String feedback = QuestionDraft.first(form, "answer-feedback");
        return common.withAnswer(QuestionDraft.first(form, "answer"), QuestionDraft.first(form, "tolerance"))
                .withAnswers(TypedAnswers.readRows(form, true)).withOptions(List.of(), java.util.Set.of(), List.of(),
                        feedback.isBlank() ? List.of() : List.of(feedback));
    }

    @Override
    public Function<Question.Common, Numerical> check(QuestionDraft d, Map<String, String> errors) {
        List<Numerical.Answer> answers = new ArrayList<>();
        Optional<BigDecimal> n = Numbers.parse(d.answer());
        if (d.answer().isBlank()) {
            errors.put("answer", "Give the right answer as a number.");
        } else if (n.isEmpty()) {
            errors.put("answer", "'" + shortened(d.answer().strip()) + "' is not a number. Write it in "
                    + "digits, e.g. 32 or 2.5 (" + Numbers.BOUNDS + ").");
        }
        Optional<BigDecimal> t = tolerance(d.tolerance());
        if (t.isEmpty()) {
            errors.put("tolerance", "The tolerance is how far off an answer may be and still count: a "
                    + "number 0 or more (0 for exactly right; " + Numbers.BOUNDS + ").");
        }
        if (d.optionFeedback(0).length() > Limits.MAX_FEEDBACK) {
            errors.put("answer", "The feedback for the right answer is " + d.optionFeedback(0).length()
                    + " characters long; keep it under " + Limits.MAX_FEEDBACK + ".");
        }
        if (n.isPresent() && t.isPresent()) {
            answers.add(new Numerical.Answer(Numbers.plain(n.get()), t.get().doubleValue(), 1,
                    RichText.html(d.optionFeedback(0), d.format())));
        }
        List<QuestionDraft.Row> rows = d.answers();
        if (rows.size() > Limits.MAX_ACCEPTED) {
            errors.put("answers", Limits.tooMany("further answers", rows.size(), Limits.MAX_ACCEPTED,
                    "Keep the likely ones."));
            return null;
        }
        for (int i = 0; i < rows.size(); i++) {
            QuestionDraft.Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String which = "Further answer " + (i + 1);
            boolean any = row.text().strip().equals(Numerical.Answer.ANY);
            Optional<BigDecimal> value = any ? Optional.of(BigDecimal.ZERO) : Numbers.parse(row.text());
            Optional<BigDecimal> within = tolerance(row.tolerance());
            Optional<Double> fraction = MoodleGrades.fraction(row.grade());
            if (value.isEmpty()) {
                errors.put("answers", which + ": '" + shortened(row.text().strip()) + "' is not a number. Write it in "
                        + "digits, e.g. 32 or 2.5 (" + Numbers.BOUNDS + "), or * for any other number.");
            } else if (within.isEmpty()) {
                errors.put("answers", which + ": the tolerance must be a number 0 or more (0 for exactly).");
            } else if (fraction.isEmpty()) {
                errors.put("answers", which + " needs a grade from Moodle's list (100, 90, … 5, 0 per cent, or a "
                        + "penalty below 0): choose one.");
            } else if (row.feedback().length() > Limits.MAX_FEEDBACK) {
                errors.put("answers", which + "'s feedback is " + row.feedback().length() + " characters long; "
                        + "keep it under " + Limits.MAX_FEEDBACK + ".");
            } else {
                answers.add(new Numerical.Answer(any ? Numerical.Answer.ANY : Numbers.plain(value.get()),
                        any ? 0 : within.get().doubleValue(), fraction.get(), RichText.html(row.feedback(), d.format())));
                continue;
            }
            break;
        }
        return c -> new Numerical(c, answers);
    }

    private static Optional<BigDecimal> tolerance(String typed) {
        Optional<BigDecimal> t = typed.isBlank() ? Optional.of(BigDecimal.ZERO) : Numbers.parse(typed);
        return t.filter(x -> x.signum() >= 0);
    }

    @Override
    public QuestionDraft draftOf(Numerical q, QuestionDraft common) {
        if (q.answers().isEmpty()) {
            return common;
        }
        Numerical.Answer first = q.answers().get(0);
        List<QuestionDraft.Row> rows = q.answers().subList(1, q.answers().size()).stream()
                .map(a -> new QuestionDraft.Row(a.value(), MoodleGrades.percent(a.fraction()),
                        a.tolerance() == 0 ? "" : Numbers.plain(BigDecimal.valueOf(a.tolerance())), a.feedback()))
                .toList();
        return common.withAnswer(first.value(), first.tolerance() == 0 ? ""
                : Numbers.plain(BigDecimal.valueOf(first.tolerance()))).withAnswers(rows)
                .withOptions(List.of(), java.util.Set.of(), List.of(),
                        first.feedback().isEmpty() ? List.of() : List.of(first.feedback()));
    }

    @Override
    public Optional<MoodleQuestion> toMoodle(Numerical q, MoodleQuestion common) {
        if (q.answers().stream().anyMatch(a -> !Double.isFinite(a.tolerance()))) {
            return Optional.empty(); // out of bounds: GIFT could not hold it, nor Moodle read it
        }
        MoodleQuestion.Text none = MoodleQuestion.Text.empty("moodle");
        List<MoodleQuestion.Answer> answers = q.answers().stream().map(a -> new MoodleQuestion.Answer(
                new MoodleQuestion.Text(a.value(), "moodle"), MoodleGrades.nearest(a.fraction()),
                a.feedback().isEmpty() ? none : new MoodleQuestion.Text(a.feedback(), "html"),
                Numbers.plain(BigDecimal.valueOf(a.tolerance())))).toList();
        return Optional.of(common.with(MoodleQuestion.Type.NUMERICAL, false, answers, false, common.feedbackTrue(),
                common.feedbackFalse(), List.of()));
    }

    /** The first full-marks answer goes in the form's first row; the others, in their order, in further rows. */
    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        if (m.type() != MoodleQuestion.Type.NUMERICAL) {
            return Optional.empty();
        }
        Optional<MoodleQuestion.Answer> right = m.answers().stream().filter(a -> a.fraction() >= 0.9999).findFirst();
        if (right.isEmpty()) {
            return Optional.of(Imported.refused("No answer gets full marks: give one, e.g. {#1822:2}."));
        }
        List<QuestionDraft.Row> rows = new ArrayList<>();
        for (MoodleQuestion.Answer a : m.answers()) {
            if (a != right.get()) {
                rows.add(new QuestionDraft.Row(a.text().text(), MoodleGrades.percent(a.fraction()),
                        a.tolerance() == null ? "" : a.tolerance(), a.feedback().text()));
            }
        }
        String feedback = right.get().feedback().text();
        return Optional.of(Imported.of(common.withAnswer(right.get().text().text(), right.get().tolerance())
                .withAnswers(rows).withOptions(List.of(), java.util.Set.of(), List.of(),
                        feedback.isBlank() ? List.of() : List.of(feedback))));
    }

    @Override
    public Numerical placeholder(Question.Common common) {
        return new Numerical(common, List.of());
    }
}
