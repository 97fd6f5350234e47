package app.factdeck.transfer;

import app.factdeck.questions.MoodleQuestion;
import app.factdeck.authoring.QuestionDraft;
import app.factdeck.questions.QuestionType;
import app.factdeck.questions.MoodleQuestion.Answer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question Moodle would import, as a Factdeck draft; or why Factdeck cannot hold it. Factdeck grades an
 * answer fully right or wrong (partial credit only from select-all, matching and ordering as a whole), so an
 * answer worth part of the marks is refused with a way to fix it rather than silently changed.
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
        String format = g.text().format();
        String stem = g.text().text();
        String feedback = g.generalFeedback().text();
        return switch (g.type()) {
            case CATEGORY -> new Converted(null, null);
            case ESSAY -> Converted.refused("An essay question needs a person to mark it, and Factdeck marks every "
                    + "answer itself. Leave it out, or write it as a short-answer question.");
            case DESCRIPTION -> Converted.refused("A description has no answer to ask for. Leave it out of the file.");
            case MULTIANSWER -> Converted.refused("Questions with several embedded gaps are not supported yet.");
            case TRUEFALSE -> new Converted(draft(QuestionType.TRUE_FALSE, stem, format, List.of(), Set.of(),
                    g.correctTrue() ? "true" : "false", "", "", "", feedback), null);
            case MULTICHOICE -> choice(g, stem, format, feedback);
            case SHORTANSWER -> typed(g, stem, format, feedback);
            case NUMERICAL -> numerical(g, stem, format, feedback);
            case MATCH -> {
                List<String> lines = new ArrayList<>();
                for (MoodleQuestion.Pair p : g.pairs()) {
                    if (p.left().text().isBlank()) {
                        yield Converted.refused("The extra right-hand item '" + p.right() + "' (a pair with no "
                                + "left side) is not supported: every right-hand item must belong to a left one.");
                    }
                    lines.add(p.left().text().strip() + " -> " + p.right().strip());
                }
                yield new Converted(draft(QuestionType.MATCHING, stem, format, List.of(), Set.of(), "", "", "",
                        String.join("\n", lines), feedback), null);
            }
        };
    }

    private static Converted choice(MoodleQuestion g, String stem, String format, String feedback) {
        List<String> options = new ArrayList<>();
        Set<Integer> correct = new TreeSet<>();
        for (int i = 0; i < g.answers().size(); i++) {
            Answer a = g.answers().get(i);
            options.add(a.text().text().strip());
            if (g.single() && a.fraction() > 0 && a.fraction() < 0.9999) {
                return Converted.refused("Option '" + a.text().text().strip() + "' gives " + percent(a.fraction())
                        + " of the marks; Factdeck gives all or nothing for one answer. Mark it right (=) or "
                        + "wrong (~).");
            }
            if (a.fraction() > 0) {
                correct.add(i);
            }
        }
        QuestionType type = g.single() ? QuestionType.MULTIPLE_CHOICE : QuestionType.MULTI_SELECT;
        return new Converted(draft(type, stem, format, options, correct, "", "", "", "", feedback), null);
    }

    private static Converted typed(MoodleQuestion g, String stem, String format, String feedback) {
        Set<String> accepted = new LinkedHashSet<>();
        for (Answer a : g.answers()) {
            if (a.fraction() >= 0.9999) {
                accepted.add(a.text().text().strip());
            } else if (a.fraction() > 0) {
                return Converted.refused("Answer '" + a.text().text().strip() + "' gives " + percent(a.fraction())
                        + " of the marks; Factdeck accepts an answer fully or not at all. Give it =100% or "
                        + "leave it out.");
            }
        }
        // Moodle's missing-word form ("… {=Vilnius} …") leaves a gap in the text: that is a cloze question.
        if (stem.contains("_____") && !accepted.isEmpty()) {
            String gapped = stem.replaceFirst("_____", java.util.regex.Matcher.quoteReplacement(
                    "[[" + String.join("|", accepted) + "]]"));
            return new Converted(draft(QuestionType.CLOZE, gapped, format, List.of(), Set.of(), "", "", "", "",
                    feedback), null);
        }
        return new Converted(draft(QuestionType.SHORT_ANSWER, stem, format, List.of(), Set.of(), "", "",
                String.join("\n", accepted), "", feedback), null);
    }

    private static Converted numerical(MoodleQuestion g, String stem, String format, String feedback) {
        List<Answer> right = g.answers().stream().filter(a -> a.fraction() >= 0.9999).toList();
        if (g.answers().stream().anyMatch(a -> a.fraction() > 0 && a.fraction() < 0.9999)) {
            return Converted.refused("A numerical answer worth part of the marks is not supported; Factdeck takes "
                    + "one right number with its tolerance.");
        }
        if (right.size() != 1) {
            return Converted.refused(right.isEmpty() ? "No answer gets full marks: give one, e.g. {#1822:2}."
                    : "Factdeck takes one right number with its tolerance, and this question has " + right.size()
                    + ". Keep one (a range like {#1..5} covers several).");
        }
        return new Converted(draft(QuestionType.NUMERICAL, stem, format, List.of(), Set.of(),
                right.get(0).text().text(), right.get(0).tolerance(), "", "", feedback), null);
    }

    private static QuestionDraft draft(QuestionType type, String stem, String format, List<String> options,
                                       Set<Integer> correct, String answer, String tolerance, String accepted,
                                       String pairs, String feedback) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, "", pairs,
                feedback, "");
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0 + " %";
    }
}
