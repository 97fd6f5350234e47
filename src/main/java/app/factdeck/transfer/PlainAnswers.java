package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Pair;
import app.factdeck.questions.core.MoodleQuestion.Text;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A question's choices, matching items and ordering items as the plain text Factdeck's options are. Moodle's
 * editor writes every one as HTML ({@code <p dir="ltr" style="text-align: left;">Vilnius</p>}), and Moodle XML
 * carries that as it is; imported untouched, students would read the tags. Only text in the html format changes
 * (tags dropped, a line break or paragraph a space, entities decoded), so GIFT's and Aiken's plain answers, and
 * Factdeck's own exports, import exactly as before.
 */
final class PlainAnswers {

    private PlainAnswers() {
    }

    static MoodleQuestion of(MoodleQuestion q) {
        boolean html = q.answers().stream().anyMatch(a -> isHtml(a.text()))
                || q.pairs().stream().anyMatch(p -> isHtml(p.left()));
        if (!html || q.type() != MoodleQuestion.Type.MULTICHOICE && q.type() != MoodleQuestion.Type.MATCH
                && q.type() != MoodleQuestion.Type.ORDERING) {
            return q;
        }
        List<Answer> answers = q.answers().stream().map(a -> isHtml(a.text())
                ? new Answer(plain(a.text()), a.fraction(), a.feedback(), a.tolerance()) : a).toList();
        List<Pair> pairs = q.pairs().stream().map(p -> isHtml(p.left()) ? new Pair(plain(p.left()), p.right()) : p)
                .toList();
        return new MoodleQuestion(q.line(), q.type(), q.name(), q.titled(), q.text(), q.generalFeedback(),
                q.idNumber(), q.tags(), q.single(), answers, q.correctTrue(), q.feedbackTrue(), q.feedbackFalse(),
                pairs, q.category(), q.settings());
    }

    private static boolean isHtml(Text t) {
        return t != null && t.format().equals("html");
    }

    static Text plain(Text html) {
        String text = html.text().replaceAll("(?i)<br\\s*/?>|</p>\\s*<p[^>]*>", " ").replaceAll("<[^>]*>", "");
        return new Text(StringEscapeUtils.unescapeHtml4(text).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip(),
                "plain");
    }
}
