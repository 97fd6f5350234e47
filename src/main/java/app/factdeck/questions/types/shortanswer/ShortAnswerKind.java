package app.factdeck.questions.types.shortanswer;

import static app.factdeck.questions.core.Limits.MAX_ACCEPTED;
import static app.factdeck.questions.core.Limits.MAX_OPTION;
import static app.factdeck.questions.core.Limits.duplicate;
import static app.factdeck.questions.core.Limits.lines;
import static app.factdeck.questions.core.Limits.longerThan;
import static app.factdeck.questions.core.Limits.shortened;
import static app.factdeck.questions.core.Limits.tooLong;
import static app.factdeck.questions.core.Limits.tooMany;

import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.core.TypedAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Short answer: accepted answers one per line (full marks), and further answers with grades and feedback. */
public final class ShortAnswerKind implements QuestionKind<ShortAnswer> {

    public static final ShortAnswerKind INSTANCE = new ShortAnswerKind();

    private ShortAnswerKind() {
    }

    @Override
    public String slug() {
        return "short-answer";
    }

    @Override
    public String label() {
        return "Short answer";
    }

    @Override
    public Class<ShortAnswer> questionClass() {
        return ShortAnswer.class;
    }

    @Override
    public boolean generated() {
        return true;
    }

    @Override
    public Response readResponse(ShortAnswer q, Map<String, List<String>> form, List<String> shown) {
        return Response.of(QuestionDraft.first(form, "answer").strip());
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        return common.withAccepted(QuestionDraft.first(form, "accepted"))
                .withAnswers(TypedAnswers.readRows(form, false));
    }

    @Override
    public Function<Question.Common, ShortAnswer> check(QuestionDraft d, Map<String, String> errors) {
        List<String> accepted = new ArrayList<>(lines(d.accepted()));
        if (accepted.isEmpty() && d.answers().stream().noneMatch(r -> app.factdeck.questions.core.MoodleGrades.fraction(r.grade())
                .filter(f -> f >= 0.9999).isPresent())) {
            errors.put("accepted", "Give at least one accepted answer, one per line.");
        } else if (accepted.size() > MAX_ACCEPTED) {
            errors.put("accepted", tooMany("accepted answers", accepted.size(), MAX_ACCEPTED, "Keep the likely ones."));
        } else if (tooLong(accepted).isPresent()) {
            errors.put("accepted", "The accepted answer '" + shortened(tooLong(accepted).get()) + "' is "
                    + longerThan(tooLong(accepted).get(), MAX_OPTION));
        } else {
            duplicate(accepted).ifPresent(x -> errors.put("accepted", "'" + x + "' is listed twice."));
        }
        if (errors.containsKey("accepted")) {
            return null;
        }
        List<Choice> others = TypedAnswers.check(d, accepted, "answers", errors);
        others.stream().filter(Choice::full).forEach(c -> accepted.add(c.text()));
        TypedAnswer answer = new TypedAnswer(accepted.isEmpty() ? "" : accepted.get(0), accepted,
                Question.AnswerKind.EXACT, List.of());
        return c -> new ShortAnswer(c, answer, others);
    }

    @Override
    public QuestionDraft draftOf(ShortAnswer q, QuestionDraft common) {
        List<String> full = TypedAnswers.spellings(q.answer()).stream()
                .filter(s -> q.others().stream().noneMatch(o -> o.full() && o.text().equals(s))).toList();
        return common.withAccepted(String.join("\n", full)).withAnswers(TypedAnswers.rows(q.others()));
    }

    @Override
    public Optional<MoodleQuestion> toMoodle(ShortAnswer q, MoodleQuestion common) {
        List<Choice> notFull = q.others().stream().filter(o -> !o.full()).toList();
        List<MoodleQuestion.Answer> answers = new ArrayList<>(TypedAnswers.answers(q.answer(), notFull));
        // A full-marks answer with feedback goes with its feedback.
        for (Choice o : q.others()) {
            if (o.full()) {
                answers.replaceAll(a -> a.text().text().equalsIgnoreCase(o.text()) ? new MoodleQuestion.Answer(
                        a.text(), 1, new MoodleQuestion.Text(o.feedback(), "html"), null) : a);
            }
        }
        return Optional.of(common.with(MoodleQuestion.Type.SHORTANSWER, false, answers, false, common.feedbackTrue(),
                common.feedbackFalse(), List.of()));
    }

    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        if (m.type() != MoodleQuestion.Type.SHORTANSWER) {
            return Optional.empty();
        }
        TypedAnswers.Imported answers = TypedAnswers.fromMoodle(m);
        return Optional.of(Imported.of(common.withAccepted(String.join("\n", answers.accepted()))
                .withAnswers(answers.rows())));
    }

    @Override
    public ShortAnswer placeholder(Question.Common common) {
        return new ShortAnswer(common, new TypedAnswer("", List.of(), Question.AnswerKind.EXACT, List.of()));
    }
}
