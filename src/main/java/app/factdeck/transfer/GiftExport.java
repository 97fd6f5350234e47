package app.factdeck.transfer;

import app.factdeck.questions.MoodleQuestion;
import app.factdeck.questions.Question;
import app.factdeck.questions.MoodleQuestion.Answer;
import app.factdeck.questions.MoodleQuestion.Pair;
import app.factdeck.questions.MoodleQuestion.Text;
import app.factdeck.questions.MoodleQuestion.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Our questions as Moodle questions. The explanation (answer and cited sentence) becomes the general feedback, so
 * every exported question stays traceable; a teacher's question goes as HTML (its Markdown rendered and
 * sanitised) with the teacher's feedback. Ordering has no GIFT type and is left out.
 */
public final class GiftExport {

    private GiftExport() {
    }

    /** The Moodle question for one of ours, or empty for a type GIFT cannot hold (ordering). */
    public static Optional<MoodleQuestion> of(Question q) {
        Text text = q.isAuthored() ? new Text(q.authored().stemHtml(), "html") : new Text(q.stem(), "moodle");
        Text general;
        if (q.isAuthored()) {
            // A teacher's feedback as written, and the sentence it cites, if any.
            String cite = q.firstSource().map(s -> "<p>The article says: “" + escapeHtml(s.text()) + "”</p>").orElse("");
            general = new Text(q.authored().feedbackHtml() + cite, "html");
        } else {
            String explanation = q.explanation().contains(q.source().text()) ? q.explanation()
                    : q.explanation() + " The article says: “" + q.source().text() + "”";
            general = new Text(explanation, "moodle");
        }
        Text none = Text.empty("moodle");
        List<Answer> answers = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        boolean single = false;
        boolean correctTrue = false;
        Type type;
        switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                type = Type.MULTICHOICE;
                single = true;
                for (String o : q.options()) {
                    answers.add(new Answer(new Text(o, "moodle"), q.keys().contains(o) ? 1 : 0, none, null));
                }
            }
            case MULTI_SELECT -> {
                // As Moodle weights multiple-answer questions: the right ones share +100 %, the wrong ones −100 %.
                type = Type.MULTICHOICE;
                int wrong = q.options().size() - q.keys().size();
                for (String o : q.options()) {
                    double f = q.keys().contains(o) ? nearestGrade(1.0 / q.keys().size())
                            : -nearestGrade(1.0 / Math.max(1, wrong));
                    answers.add(new Answer(new Text(o, "moodle"), f, none, null));
                }
            }
            case TRUE_FALSE -> {
                type = Type.TRUEFALSE;
                correctTrue = q.keys().get(0).equalsIgnoreCase("True");
            }
            case SHORT_ANSWER, CLOZE -> {
                type = Type.SHORTANSWER;
                Set<String> seen = new LinkedHashSet<>();
                List<String> spellings = new ArrayList<>(q.keys());
                spellings.addAll(q.accepted());
                for (String s : spellings) {
                    if (seen.add(s.toLowerCase(Locale.ROOT))) {
                        answers.add(new Answer(new Text(s, "moodle"), 1, none, null));
                    }
                }
            }
            case NUMERICAL -> {
                if (q.authored() != null && !Double.isFinite(q.authored().tolerance())) {
                    return Optional.empty(); // out of bounds: GIFT could not hold it, nor Moodle read it
                }
                type = Type.NUMERICAL;
                answers.add(new Answer(new Text(q.keys().get(0), "moodle"), 1, none, app.factdeck.questions.Numbers
                        .plain(java.math.BigDecimal.valueOf(q.authored() == null ? 0 : q.authored().tolerance()))));
            }
            case MATCHING -> {
                type = Type.MATCH;
                for (int i = 0; i < q.options().size(); i++) {
                    pairs.add(new Pair(new Text(q.options().get(i), "moodle"), q.keys().get(i)));
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        // A teacher's name for the question is its GIFT title; a generated question is named by its id, so Moodle's
        // bank says where it came from. A teacher's question without a name goes untitled and stays so on re-import.
        String title = q.isAuthored() ? q.authored().title() : q.id();
        return Optional.of(new MoodleQuestion(0, type, title.isEmpty() ? q.id() : title, !title.isEmpty(), text,
                general, "", List.of(), single,
                List.copyOf(answers), correctTrue, none, none, List.copyOf(pairs), null));
    }

    private static String escapeHtml(String s) {
        return org.apache.commons.text.StringEscapeUtils.escapeHtml4(s);
    }

    static double nearestGrade(double fraction) {
        double best = GiftParser.GRADES[0];
        // Select-all weights rounded to the nearest grade, as Moodle's "nearest" import option does.
        for (double g : GiftParser.GRADES) {
            if (Math.abs(g - fraction * 100) < Math.abs(best - fraction * 100)) {
                best = g;
            }
        }
        return best / 100;
    }
}
