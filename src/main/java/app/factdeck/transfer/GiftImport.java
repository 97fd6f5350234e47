package app.factdeck.transfer;

import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.QuestionKinds;

/**
 * A question Moodle would import, as a Factdeck draft; or why Factdeck cannot hold it. Each question type maps
 * its own Moodle questions ({@link QuestionKind#fromMoodle}), fractions and per-answer feedback included; what no
 * type takes (essays, descriptions) is refused with a way to fix it rather than silently changed.
 */
final class GiftImport {

    private GiftImport() {
    }

    /** Either a draft or a problem; both null for a {@code $CATEGORY:} block, which holds no question. */
    record Converted(QuestionDraft draft, String problem) {
        static Converted refused(String problem) {
            return new Converted(null, problem);
        }
    }

    static Converted convert(MoodleQuestion g) {
        // The file's ::title:: is the question's name; an untitled one stays unnamed (Moodle would name it from
        // its text, which the bank shows anyway).
        String title = g.titled() ? QuestionDraft.oneLine(g.name()) : "";
        Converted c = withoutTitle(g);
        return c.draft() == null ? c : new Converted(c.draft().withTitle(title), null);
    }

    private static Converted withoutTitle(MoodleQuestion g) {
        if (g.type() == MoodleQuestion.Type.CATEGORY) {
            return new Converted(null, null);
        }
        // The kind is a placeholder here: the type that takes the question puts its own in the draft.
        QuestionDraft common = QuestionDraft.of(QuestionKinds.all().get(0), g.text().text(), g.text().format(),
                g.generalFeedback().text(), "", "");
        return QuestionKinds.fromMoodle(g, common).map(GiftImport::converted).orElseGet(() -> switch (g.type()) {
            case ESSAY -> Converted.refused("An essay question needs a person to mark it, and Factdeck marks every "
                    + "answer itself. Leave it out, or write it as a short-answer question.");
            case DESCRIPTION -> Converted.refused("A description has no answer to ask for. Leave it out of the file.");
            case MULTIANSWER -> Converted.refused("Questions with several embedded gaps are not supported yet.");
            default -> Converted.refused("Factdeck has no question type for Moodle's " + g.type().moodleName()
                    + " questions. Leave it out, or rewrite it as one of Factdeck's types.");
        });
    }

    private static Converted converted(QuestionKind.Imported imported) {
        return imported.draft() == null ? Converted.refused(imported.problem()) : new Converted(imported.draft(), null);
    }
}
