package app.factdeck.questions.types.truefalse;

import app.factdeck.questions.core.Limits;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.core.RichText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * True or false. The draft's {@code answer} is "true" or "false"; {@code optionFeedback} holds the feedback for
 * answering True, then False (GIFT's {@code #wrong#right} feedback, put the right way round).
 */
public final class TrueFalseKind implements QuestionKind<TrueFalse> {

    public static final TrueFalseKind INSTANCE = new TrueFalseKind();

    private TrueFalseKind() {
    }

    @Override
    public String slug() {
        return "true-false";
    }

    @Override
    public String label() {
        return "True or false";
    }

    @Override
    public Class<TrueFalse> questionClass() {
        return TrueFalse.class;
    }

    @Override
    public boolean generated() {
        return true;
    }

    @Override
    public String stemLabel() {
        return "Statement";
    }

    @Override
    public String blankStem() {
        return "Write the statement students judge true or false.";
    }

    @Override
    public Response readResponse(TrueFalse q, Map<String, List<String>> form, List<String> shown) {
        return Response.of(QuestionDraft.first(form, "answer").strip());
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        String ifTrue = QuestionDraft.first(form, "feedback-true");
        String ifFalse = QuestionDraft.first(form, "feedback-false");
        return common.withAnswer(QuestionDraft.first(form, "answer"), "").withOptions(List.of(), java.util.Set.of(),
                List.of(), ifTrue.isBlank() && ifFalse.isBlank() ? List.of() : List.of(ifTrue, ifFalse));
    }

    @Override
    public Function<Question.Common, TrueFalse> check(QuestionDraft d, Map<String, String> errors) {
        Boolean truth = switch (d.answer().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> null;
        };
        if (truth == null) {
            errors.put("answer", "Choose whether the statement is true or false.");
        }
        for (int i = 0; i < 2; i++) {
            if (d.optionFeedback(i).length() > Limits.MAX_FEEDBACK) {
                errors.put("answer", "The feedback for answering " + (i == 0 ? "True" : "False") + " is "
                        + d.optionFeedback(i).length() + " characters long; keep it under " + Limits.MAX_FEEDBACK + ".");
            }
        }
        String ifTrue = RichText.html(d.optionFeedback(0), d.format());
        String ifFalse = RichText.html(d.optionFeedback(1), d.format());
        return c -> new TrueFalse(c, truth, List.of(), ifTrue, ifFalse);
    }

    @Override
    public QuestionDraft draftOf(TrueFalse q, QuestionDraft common) {
        return common.withAnswer(q.truth() ? "true" : "false", "");
    }

    @Override
    public Optional<MoodleQuestion> toMoodle(TrueFalse q, MoodleQuestion common) {
        return Optional.of(common.with(MoodleQuestion.Type.TRUEFALSE, false, List.of(), q.truth(),
                feedback(q.feedbackTrue(), common.feedbackTrue()), feedback(q.feedbackFalse(), common.feedbackFalse()),
                List.of()));
    }

    private static Text feedback(String html, Text none) {
        return html.isEmpty() ? none : new Text(html, "html");
    }

    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        if (m.type() != MoodleQuestion.Type.TRUEFALSE) {
            return Optional.empty();
        }
        String ifTrue = m.feedbackTrue().text();
        String ifFalse = m.feedbackFalse().text();
        return Optional.of(Imported.of(common.withAnswer(m.correctTrue() ? "true" : "false", "").withOptions(List.of(),
                java.util.Set.of(), List.of(), ifTrue.isBlank() && ifFalse.isBlank() ? List.of()
                        : List.of(ifTrue, ifFalse))));
    }

    @Override
    public TrueFalse placeholder(Question.Common common) {
        return new TrueFalse(common, true, List.of());
    }
}
