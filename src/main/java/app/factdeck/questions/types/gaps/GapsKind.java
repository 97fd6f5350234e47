package app.factdeck.questions.types.gaps;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Gaps in a text: the whole question is its text, with the gaps written in it ({@link GapMarkup}); teachers' only
 * (the generator makes one-gap cloze questions). A student's form has one field per gap, {@code gap-0},
 * {@code gap-1}, …; Moodle's form is an embedded-answers question ({@link MoodleCloze}), which GIFT cannot hold.
 */
public final class GapsKind implements QuestionKind<Gaps> {

    public static final GapsKind INSTANCE = new GapsKind();

    private GapsKind() {
    }

    @Override
    public String slug() {
        return "gaps";
    }

    @Override
    public String label() {
        return "Gaps in a text";
    }

    @Override
    public Class<Gaps> questionClass() {
        return Gaps.class;
    }

    @Override
    public boolean generated() {
        return false;
    }

    @Override
    public String stemLabel() {
        return "Text with gaps";
    }

    @Override
    public String stemHint() {
        return "Put each gap in double brackets: [[Vilnius|Vilnyus]] is typed (every spelling after | is accepted); "
                + "[[Vilnius; Warsaw; Riga]] is a drop-down (the first choice is right; students see them shuffled). "
                + "Markdown works. More under \"How to write the gaps\" below.";
    }

    @Override
    public String blankStem() {
        return "Write the text with its gaps, e.g. \"The summit was held in [[Vilnius]] in [[July; June; May]].\"";
    }

    @Override
    public boolean answersInText() {
        return true;
    }

    @Override
    public String shownStem(QuestionDraft d) {
        GapMarkup.Result r = GapMarkup.parse(d.stem());
        return r.parsed() == null ? d.stem() : GapMarkup.blanked(r.parsed(), d.format());
    }

    @Override
    public Response readResponse(Gaps q, Map<String, List<String>> form, List<String> shown) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < q.gaps().size(); i++) {
            values.add(QuestionDraft.first(form, "gap-" + i).strip());
        }
        return new Response(values);
    }

    /** The text is the whole question: there is no field of its own to read. */
    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        return common;
    }

    @Override
    public Function<Question.Common, Gaps> check(QuestionDraft d, Map<String, String> errors) {
        // A blank or too long text is refused already; looking for gaps in it would only cost time.
        if (d.stem().isBlank() || d.stem().length() > app.factdeck.questions.core.Limits.MAX_STEM) {
            return null;
        }
        GapMarkup.Result r = GapMarkup.parse(d.stem());
        if (r.problem() != null) {
            errors.put("stem", r.problem());
            return null;
        }
        GapMarkup.Pieces pieces = GapMarkup.pieces(r.parsed(), d.format());
        if (pieces.problem() != null) {
            errors.put("stem", pieces.problem());
            return null;
        }
        return c -> new Gaps(c, r.parsed().gaps(), pieces.html());
    }

    /** The text with each numbered blank as its gap again (its Markdown styling is not kept, as for cloze). */
    @Override
    public QuestionDraft draftOf(Gaps q, QuestionDraft common) {
        String text = q.stem();
        for (int i = 0; i < q.gaps().size(); i++) {
            text = text.replace(GapMarkup.BLANK + " (" + (i + 1) + ")", GapMarkup.write(q.gaps().get(i)));
        }
        return common.withStem(text);
    }

    /** Moodle's embedded answers; GIFT has no form for several gaps, so its export leaves these out. */
    @Override
    public Optional<MoodleQuestion> toMoodle(Gaps q, MoodleQuestion common) {
        MoodleQuestion withText = new MoodleQuestion(common.line(), common.type(), common.name(), common.titled(),
                new MoodleQuestion.Text(MoodleCloze.text(q), "html"), common.generalFeedback(), common.idNumber(),
                common.tags(), false, List.of(), false, common.feedbackTrue(), common.feedbackFalse(), List.of(),
                common.category());
        return Optional.of(withText.with(MoodleQuestion.Type.MULTIANSWER, false, List.of(), false,
                common.feedbackTrue(), common.feedbackFalse(), List.of()));
    }

    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        if (m.type() != MoodleQuestion.Type.MULTIANSWER) {
            return Optional.empty();
        }
        MoodleCloze.Read read = MoodleCloze.read(common.stem(), common.format());
        return Optional.of(read.problem() != null ? Imported.refused(read.problem())
                : Imported.of(common.withStem(read.markup())));
    }

    @Override
    public Gaps placeholder(Question.Common common) {
        return new Gaps(common, List.of(), List.of(common.authored() == null ? "" : common.authored().stemHtml()));
    }
}
