package app.factdeck.questions.types.shortanswer;

import app.factdeck.content.Text;
import app.factdeck.questions.core.AnswerMatcher;
import app.factdeck.questions.core.Choice;
import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Limits;
import app.factdeck.questions.core.MoodleGrades;
import app.factdeck.questions.core.MoodleQuestion;
import app.factdeck.questions.core.MoodleQuestion.Answer;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.Response;
import app.factdeck.questions.core.RichText;
import app.factdeck.questions.core.TypedAnswer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What short answer and fill in the gap share (Moodle's shortanswer): a typed response matched against the right
 * answer, and further answers, each with its grade and feedback ("=%50%Vilna#Its old name."), matched exactly
 * (case, accents, punctuation and a leading "the" never matter). The first answer that matches gives the credit,
 * as in Moodle; a right answer's typo is forgiven as {@link AnswerMatcher} says, a partial one's never.
 */
public final class TypedAnswers {

    private TypedAnswers() {
    }

    public static Optional<String> incomplete(TypedAnswer answer, Response r) {
        if (r.tooLong().isPresent()) {
            return r.tooLong();
        }
        if (r.single().isBlank()) {
            return Optional.of("Type your answer in the box.");
        }
        // A date that does not read as one ("Juy 2023") is a slip of the keys, not a wrong answer.
        if (answer.kind() == Question.AnswerKind.DATE && !AnswerMatcher.readsAsDate(answer, r.single())) {
            return Optional.of("'" + r.single() + "' is not a date this quiz can read. " + AnswerMatcher.dateHint(answer));
        }
        return Optional.empty();
    }

    public static Grade grade(TypedAnswer answer, List<Choice> others, Response r) {
        if (AnswerMatcher.matches(answer, r.single())) {
            return Grade.of(1);
        }
        return Grade.of(matching(others, r).map(Choice::fraction).orElse(0.0));
    }

    /** The first further answer the response is (exactly, as students' answers are compared). */
    public static Optional<Choice> matching(List<Choice> others, Response r) {
        String typed = comparable(r.single());
        return others.stream().filter(c -> comparable(c.text()).equals(typed)).findFirst();
    }

    public static List<String> feedback(List<Choice> others, Response r) {
        return matching(others, r).map(Choice::feedback).filter(f -> !f.isEmpty()).stream().toList();
    }

    private static String comparable(String s) {
        String n = Text.normalise(s);
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    /** The further-answer rows {@code answer-N}, {@code answer-grade-N}, {@code answer-feedback-N} of a form. */
    public static List<QuestionDraft.Row> readRows(Map<String, List<String>> form, boolean tolerance) {
        List<QuestionDraft.Row> rows = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_ACCEPTED; i++) {
            rows.add(new QuestionDraft.Row(QuestionDraft.first(form, "answer-" + i),
                    QuestionDraft.first(form, "answer-grade-" + i),
                    tolerance ? QuestionDraft.first(form, "answer-tolerance-" + i) : "",
                    QuestionDraft.first(form, "answer-feedback-" + i)));
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    /**
     * The further answers of a draft, checked (errors under {@code field}); each needs its text and a grade of
     * Moodle's list. {@code full} are the full-marks answers already given (no answer may repeat one).
     */
    public static List<Choice> check(QuestionDraft d, List<String> full, String field, Map<String, String> errors) {
        List<Choice> others = new ArrayList<>();
        List<String> all = new ArrayList<>(full);
        List<QuestionDraft.Row> rows = d.answers();
        if (rows.size() > Limits.MAX_ACCEPTED) {
            errors.put(field, Limits.tooMany("further answers", rows.size(), Limits.MAX_ACCEPTED, "Keep the likely ones."));
            return List.of();
        }
        for (int i = 0; i < rows.size(); i++) {
            QuestionDraft.Row row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String text = row.text().strip();
            String which = "Further answer " + (i + 1);
            Optional<Double> fraction = row.grade().isBlank() ? Optional.empty() : MoodleGrades.fraction(row.grade());
            if (text.isEmpty()) {
                errors.put(field, which + " has a grade or feedback but no answer: write the answer, or clear the row.");
            } else if (text.length() > Limits.MAX_OPTION) {
                errors.put(field, which + " ('" + Limits.shortened(text) + "') is " + Limits.longerThan(text,
                        Limits.MAX_OPTION));
            } else if (fraction.isEmpty()) {
                errors.put(field, which + " ('" + Limits.shortened(text) + "') needs a grade from Moodle's list (100, "
                        + "90, … 5, 0 per cent, or a penalty below 0): choose one.");
            } else if (row.feedback().length() > Limits.MAX_FEEDBACK) {
                errors.put(field, which + "'s feedback is " + row.feedback().length() + " characters long; keep it "
                        + "under " + Limits.MAX_FEEDBACK + ".");
            } else {
                others.add(new Choice(text, fraction.get(), RichText.html(row.feedback(), d.format())));
                all.add(text);
                continue;
            }
            return List.of();
        }
        Optional<String> twice = Limits.duplicate(all);
        if (twice.isPresent()) {
            errors.put(field, "'" + twice.get() + "' is listed twice.");
            return List.of();
        }
        return others;
    }

    /** Every spelling of the right answer, the shown one first. */
    public static List<String> spellings(TypedAnswer answer) {
        Set<String> all = new LinkedHashSet<>(List.of(answer.key()));
        all.addAll(answer.accepted());
        return List.copyOf(all);
    }

    /** Further answers as draft rows. */
    public static List<QuestionDraft.Row> rows(List<Choice> others) {
        return others.stream().map(c -> new QuestionDraft.Row(c.text(), MoodleGrades.percent(c.fraction()), "",
                c.feedback())).toList();
    }

    /** Moodle's answers: every spelling of the right answer at 100 % (one per spelling), then the further ones. */
    public static List<Answer> answers(TypedAnswer answer, List<Choice> others) {
        MoodleQuestion.Text none = MoodleQuestion.Text.empty("moodle");
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String s : spellings(answer)) {
            if (seen.add(s.toLowerCase(Locale.ROOT))) {
                answers.add(new Answer(new MoodleQuestion.Text(s, "moodle"), 1, none, null));
            }
        }
        for (Choice c : others) {
            answers.add(new Answer(new MoodleQuestion.Text(c.text(), "moodle"), MoodleGrades.nearest(c.fraction()),
                    c.feedback().isEmpty() ? none : new MoodleQuestion.Text(c.feedback(), "html"), null));
        }
        return answers;
    }

    /**
     * A Moodle short-answer question's answers: the full-marks ones without feedback as accepted spellings, the
     * others (partial, penalties, or with feedback) as further rows.
     */
    public static Imported fromMoodle(MoodleQuestion m) {
        List<String> accepted = new ArrayList<>();
        List<QuestionDraft.Row> rows = new ArrayList<>();
        for (Answer a : m.answers()) {
            String text = a.text().text().strip();
            // An answer over several lines cannot be a line of the accepted answers: it goes in a row of its own.
            if (a.fraction() >= 0.9999 && a.feedback().text().isBlank() && !text.contains("\n")) {
                if (!accepted.contains(text)) {
                    accepted.add(text);
                }
            } else {
                rows.add(new QuestionDraft.Row(text, MoodleGrades.percent(a.fraction()), "", a.feedback().text()));
            }
        }
        return new Imported(accepted, rows);
    }

    /** What {@link #fromMoodle} makes of a question's answers. */
    public record Imported(List<String> accepted, List<QuestionDraft.Row> rows) {
    }
}
