package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.MoodleGrades;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.QuestionKinds;
import java.util.List;
import java.util.Optional;

/**
 * Our questions as Moodle questions. The explanation (answer and cited sentence) becomes the general feedback, so
 * every exported question stays traceable; a teacher's question goes as HTML (its Markdown rendered and
 * sanitised) with the teacher's feedback. GIFT has no ordering type nor a text with several gaps (Moodle's ordering
 * and embedded-answers questions, which only Moodle XML holds), so its export leaves those out.
 */
public final class GiftExport {

    private GiftExport() {
    }

    /** The Moodle question for one of ours, or empty for a type GIFT cannot hold (ordering, gaps in a text). */
    public static Optional<MoodleQuestion> of(Question q) {
        return moodle(q).filter(m -> Formats.holds(Formats.GIFT, m));
    }

    /** The Moodle question for one of ours, as Moodle XML holds it; empty for a type no Moodle format holds. */
    public static Optional<MoodleQuestion> moodle(Question q) {
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
        // A teacher's name for the question is its GIFT title; a generated question is named by its id, so Moodle's
        // bank says where it came from. A teacher's question without a name goes untitled and stays so on re-import.
        String title = q.isAuthored() ? q.authored().title() : q.id();
        MoodleQuestion common = new MoodleQuestion(0, null, title.isEmpty() ? q.id() : title, !title.isEmpty(), text,
                general, "", List.of(), false, List.of(), false, none, none, List.of(), null);
        return QuestionKinds.toMoodle(q, common);
    }

    private static String escapeHtml(String s) {
        return org.apache.commons.text.StringEscapeUtils.escapeHtml4(s);
    }

    static double nearestGrade(double fraction) {
        return MoodleGrades.nearest(fraction);
    }
}
