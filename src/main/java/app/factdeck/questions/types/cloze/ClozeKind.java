package app.factdeck.questions.types.cloze;

import static app.factdeck.questions.core.Limits.MAX_ACCEPTED;
import static app.factdeck.questions.core.Limits.MAX_OPTION;
import static app.factdeck.questions.core.Limits.MAX_STEM;
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
import app.factdeck.questions.types.shortanswer.TypedAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fill in the gap: the text holds its gap in double brackets, alternatives after "|": {@code [[Vilnius|Vilnyus]]}. */
public final class ClozeKind implements QuestionKind<Cloze> {

    public static final ClozeKind INSTANCE = new ClozeKind();

    /** A gap in a draft's text. */
    public static final Pattern GAP = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);

    private ClozeKind() {
    }

    @Override
    public String slug() {
        return "cloze";
    }

    @Override
    public String label() {
        return "Fill in the gap";
    }

    @Override
    public Class<Cloze> questionClass() {
        return Cloze.class;
    }

    @Override
    public boolean generated() {
        return true;
    }

    @Override
    public String stemLabel() {
        return "Text with a gap";
    }

    @Override
    public String stemHint() {
        return "Put the missing words in double brackets, with other accepted answers after |: The summit was held "
                + "in [[Vilnius|Vilnyus]]. Markdown works: **bold**, *italic*, [link](https://…).";
    }

    @Override
    public String blankStem() {
        return "Write the text with its gap, e.g. \"The summit was held in [[Vilnius]].\"";
    }

    @Override
    public String shownStem(QuestionDraft d) {
        // Markdown would read the gap's underscores as emphasis.
        return GAP.matcher(d.stem()).replaceFirst(Matcher.quoteReplacement(d.format().equals("markdown")
                ? "\\_\\_\\_\\_\\_" : Cloze.GAP));
    }

    @Override
    public Response readResponse(Cloze q, Map<String, List<String>> form, List<String> shown) {
        return Response.of(QuestionDraft.first(form, "answer").strip());
    }

    @Override
    public QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        return common.withAnswers(TypedAnswers.readRows(form, false));
    }

    @Override
    public Function<Question.Common, Cloze> check(QuestionDraft d, Map<String, String> errors) {
        String stem = d.stem();
        // A text over the limit is refused already; looking for gaps in it would only cost time.
        Matcher m = GAP.matcher(stem.length() > MAX_STEM ? "" : stem);
        List<String> gaps = new ArrayList<>();
        while (m.find()) {
            gaps.add(m.group(1));
        }
        List<String> accepted = new ArrayList<>();
        if (!stem.isBlank() && stem.length() <= MAX_STEM && gaps.isEmpty()) {
            errors.put("stem", "The cloze text has no gap: put the missing words in double brackets, "
                    + "e.g. \"The summit was held in [[Vilnius]].\"");
        } else if (gaps.size() > 1) {
            errors.put("stem", "The text has " + gaps.size() + " gaps; a cloze question has one. Keep one "
                    + "[[…]] and write the others out, or make a question for each.");
        } else if (gaps.size() == 1) {
            for (String alt : gaps.get(0).split("\\|")) {
                if (!alt.isBlank()) {
                    accepted.add(alt.strip());
                }
            }
            if (accepted.isEmpty()) {
                errors.put("stem", "The gap [[ ]] is empty: write the missing words inside it.");
            } else if (accepted.size() > MAX_ACCEPTED) {
                errors.put("stem", tooMany("alternatives in its gap", accepted.size(), MAX_ACCEPTED,
                        "Keep the likely ones."));
            } else if (tooLong(accepted).isPresent()) {
                errors.put("stem", "The gap's answer '" + shortened(tooLong(accepted).get()) + "' is "
                        + longerThan(tooLong(accepted).get(), MAX_OPTION));
            }
        }
        if (accepted.isEmpty() || errors.containsKey("stem")) {
            return null;
        }
        List<Choice> others = TypedAnswers.check(d, accepted, "answers", errors);
        others.stream().filter(Choice::full).forEach(c -> accepted.add(c.text()));
        TypedAnswer answer = new TypedAnswer(accepted.get(0), accepted, Question.AnswerKind.EXACT, List.of());
        return c -> new Cloze(c, answer, others);
    }

    @Override
    public QuestionDraft draftOf(Cloze q, QuestionDraft common) {
        List<String> full = TypedAnswers.spellings(q.answer()).stream()
                .filter(s -> q.others().stream().noneMatch(o -> o.full() && o.text().equals(s))).toList();
        return common.withStem(q.stem().replace(Cloze.GAP, "[[" + String.join("|", full) + "]]"))
                .withAnswers(TypedAnswers.rows(q.others()));
    }

    @Override
    public Optional<MoodleQuestion> toMoodle(Cloze q, MoodleQuestion common) {
        return Optional.of(common.with(MoodleQuestion.Type.SHORTANSWER, false, TypedAnswers.answers(q.answer(),
                q.others().stream().filter(o -> !o.full()).toList()), false, common.feedbackTrue(),
                common.feedbackFalse(), List.of()));
    }

    /** Moodle's missing-word form ("… {=Vilnius} …") leaves a gap in the text: that is a cloze question. */
    @Override
    public Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common) {
        List<String> full = m.answers().stream().filter(a -> a.fraction() >= 0.9999)
                .map(a -> a.text().text().strip()).toList();
        if (m.type() != MoodleQuestion.Type.SHORTANSWER || !common.stem().contains(Cloze.GAP) || full.isEmpty()) {
            return Optional.empty();
        }
        String gapped = common.stem().replaceFirst(Cloze.GAP, Matcher.quoteReplacement(
                "[[" + String.join("|", new java.util.LinkedHashSet<>(full)) + "]]"));
        List<QuestionDraft.Row> rows = TypedAnswers.fromMoodle(m).rows().stream()
                .filter(r -> !"100".equals(r.grade())).toList();
        return Optional.of(Imported.of(common.withStem(gapped).withAnswers(rows)));
    }

    @Override
    public Cloze placeholder(Question.Common common) {
        return new Cloze(common, new TypedAnswer("", List.of(), Question.AnswerKind.EXACT, List.of()));
    }
}
