package app.factdeck.questions.types.multichoice;

import static app.factdeck.questions.core.Limits.MAX_FEEDBACK;
import static app.factdeck.questions.core.Limits.MAX_OPTION;
import static app.factdeck.questions.core.Limits.MAX_OPTIONS;
import static app.factdeck.questions.core.Limits.duplicate;
import static app.factdeck.questions.core.Limits.tooMany;

import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.MoodleGrades;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.MoodleQuestion.Text;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The option rows multiple choice and select all share (Moodle's multichoice, single and multi): reading them from
 * the form, checking them with their grades and feedback, and their Moodle answers.
 */
public final class Choices {

    private Choices() {
    }

    /** Rows {@code option-N}, {@code grade-N}, {@code feedback-N} and the ticked {@code correct} row numbers. */
    public static QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form) {
        List<String> options = new ArrayList<>();
        List<String> grades = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        for (int i = 0; i < QuestionDraft.MAX_ROWS; i++) {
            options.add(QuestionDraft.first(form, "option-" + i));
            grades.add(QuestionDraft.first(form, "grade-" + i));
            feedback.add(QuestionDraft.first(form, "feedback-" + i));
        }
        int last = options.size();
        while (last > 0 && options.get(last - 1).isBlank() && grades.get(last - 1).isBlank()
                && feedback.get(last - 1).isBlank()) {
            last--;
        }
        Set<Integer> correct = new TreeSet<>();
        for (String c : form.getOrDefault("correct", List.of())) {
            try {
                int row = Integer.parseInt(c.strip());
                if (row >= 0 && row < QuestionDraft.MAX_ROWS) {
                    correct.add(row);
                }
            } catch (NumberFormatException ignored) {
                // not a row of the form: nothing to tick
            }
        }
        // Grades and feedback only when some row has them, so a plain question's stored draft stays as it was.
        boolean graded = grades.subList(0, last).stream().anyMatch(g -> !g.isBlank());
        boolean withFeedback = feedback.subList(0, last).stream().anyMatch(f -> !f.isBlank());
        return common.withOptions(options.subList(0, last), correct,
                graded ? grades.subList(0, last) : List.of(), withFeedback ? feedback.subList(0, last) : List.of());
    }

    /** One option row as checked: its text, whether it is ticked, its grade if one was given, its feedback. */
    public record Row(int index, String text, boolean ticked, Optional<Double> grade, String feedbackHtml) {
    }

    /**
     * The non-empty rows of a draft, checked for count, length, repeats, grades and feedback; errors under
     * "options". Empty when there are errors.
     */
    public static List<Row> rows(QuestionDraft d, Map<String, String> errors) {
        List<String> rows = d.options();
        long typed = rows.stream().filter(o -> !o.isBlank()).count();
        // Empty rows are dropped, but a draft keeps them: no more than the form's rows either.
        if (typed > MAX_OPTIONS || rows.size() > QuestionDraft.MAX_ROWS) {
            errors.put("options", tooMany("options", (int) Math.max(typed, rows.size()), MAX_OPTIONS,
                    "Keep the best wrong ones, or split it into two questions."));
            return List.of();
        }
        List<Row> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String o = rows.get(i).strip();
            if (o.isEmpty()) {
                if (d.isCorrect(i)) {
                    errors.put("options", "Option " + (i + 1) + " is ticked as correct but empty: write it, or untick it.");
                }
                continue;
            }
            if (o.length() > MAX_OPTION) {
                errors.put("options", "Option " + (i + 1) + " is " + o.length() + " characters long; keep options "
                        + "under " + MAX_OPTION + ".");
            }
            Optional<Double> grade = Optional.empty();
            if (!d.grade(i).isBlank()) {
                grade = MoodleGrades.fraction(d.grade(i));
                if (grade.isEmpty()) {
                    errors.put("options", "Option " + (i + 1) + "'s grade '" + app.factdeck.questions.core.Limits.shortened(
                            d.grade(i).strip()) + "' is not one of Moodle's grades (100, 90, 83.33333, … 5, 0 per cent, "
                            + "or one of them negative): choose one from the list.");
                }
            }
            if (d.optionFeedback(i).length() > MAX_FEEDBACK) {
                errors.put("options", "Option " + (i + 1) + "'s feedback is " + d.optionFeedback(i).length()
                        + " characters long; keep it under " + MAX_FEEDBACK + ".");
            }
            checked.add(new Row(i, o, d.isCorrect(i), grade, RichText.html(d.optionFeedback(i), d.format())));
        }
        if (errors.containsKey("options")) {
            return List.of();
        }
        Optional<String> twice = duplicate(checked.stream().map(Row::text).toList());
        if (twice.isPresent()) {
            errors.put("options", "Two options are identical: '" + twice.get() + "'. Make each option different.");
        } else if (checked.size() < 2) {
            errors.put("options", "Give at least two options.");
        }
        return errors.containsKey("options") ? List.of() : checked;
    }

    /** The option rows of a draft: texts, the rows holding {@code keys}, and grades when a fraction is partial. */
    public static QuestionDraft draftOf(List<Choice> choices, QuestionDraft common, boolean single) {
        List<String> options = choices.stream().map(Choice::text).toList();
        Set<Integer> ticked = new TreeSet<>();
        boolean partial = false;
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (single ? c.full() && ticked.isEmpty() : c.fraction() > 0) {
                ticked.add(i);
            }
            partial |= single ? !c.full() && c.fraction() != 0 : false;
        }
        List<String> grades = partial || !single && !autoWeighted(choices)
                ? choices.stream().map(c -> MoodleGrades.percent(c.fraction())).toList() : List.of();
        List<String> feedback = choices.stream().anyMatch(c -> !c.feedback().isEmpty())
                ? choices.stream().map(Choice::feedback).toList() : List.of();
        return common.withOptions(options, ticked, grades, feedback).withStem(common.stem());
    }

    /** Whether select-all fractions are Factdeck's default: the right ones share +100 %, the wrong ones −100 %. */
    public static boolean autoWeighted(List<Choice> choices) {
        long right = choices.stream().filter(c -> c.fraction() > 0).count();
        long wrong = choices.size() - right;
        return choices.stream().allMatch(c -> c.fraction() > 0 ? Math.abs(c.fraction() - 1.0 / right) < 1e-9
                : Math.abs(c.fraction() + 1.0 / wrong) < 1e-9);
    }

    /** Moodle's answers: each option with its fraction (rounded to Moodle's grades) and feedback. */
    public static List<Answer> answers(List<Choice> choices) {
        Text none = Text.empty("moodle");
        return choices.stream().map(c -> new Answer(new Text(c.text(), "moodle"), MoodleGrades.nearest(c.fraction()),
                c.feedback().isEmpty() ? none : new Text(c.feedback(), "html"), null)).toList();
    }

    /** A Moodle multichoice question's answers as option rows, with their grades and feedback. */
    public static QuestionDraft fromMoodle(MoodleQuestion m, QuestionDraft common) {
        List<String> options = new ArrayList<>();
        List<String> grades = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        Set<Integer> correct = new TreeSet<>();
        for (int i = 0; i < m.answers().size(); i++) {
            Answer a = m.answers().get(i);
            options.add(a.text().text().strip());
            grades.add(MoodleGrades.percent(a.fraction()));
            feedback.add(a.feedback().text());
            if (m.single() ? a.fraction() >= 0.9999 && correct.isEmpty() : a.fraction() > 0) {
                correct.add(i);
            }
        }
        boolean anyFeedback = feedback.stream().anyMatch(f -> !f.isBlank());
        // A single-answer question that is all or nothing needs no grades: the ticked option is right.
        boolean plain = m.single() && m.answers().stream().filter(a -> a.fraction() >= 0.9999).count() == 1
                && m.answers().stream().allMatch(a -> a.fraction() == 0 || a.fraction() >= 0.9999);
        return common.withOptions(options, correct, plain ? List.of() : grades, anyFeedback ? feedback : List.of());
    }
}
