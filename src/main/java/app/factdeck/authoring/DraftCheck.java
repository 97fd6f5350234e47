package app.factdeck.authoring;

import app.factdeck.content.Article;
import app.factdeck.content.Fact.Source;
import app.factdeck.questions.core.Limits;
import app.factdeck.questions.core.MoodleGrades;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.core.RichText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a teacher's draft and turns it into a question students can take; pure. The parts every question has
 * (name, text, feedback, cited sentence, penalty) are checked here, a type's own fields by its
 * {@link QuestionKind#check}. Every problem is reported against the form field it belongs to, in words that say
 * how to fix it.
 *
 * <pre>{@code
 * DraftCheck.Checked c = DraftCheck.check(draft, article, 7, 1);
 * c.errors()    // {"correct": "A multiple-choice question needs a correct option: choose it."}
 * c.question()  // the question a/7/1, when there are no errors
 * }</pre>
 */
public final class DraftCheck {

    /** The limits, as {@link Limits} keeps them for every type. */
    public static final int MAX_STEM = Limits.MAX_STEM;
    public static final int MAX_OPTION = Limits.MAX_OPTION;
    public static final int MAX_TITLE = Limits.MAX_TITLE;
    public static final int MAX_FEEDBACK = Limits.MAX_FEEDBACK;
    public static final int MAX_OPTIONS = Limits.MAX_OPTIONS;
    public static final int MAX_ITEMS = Limits.MAX_ITEMS;
    public static final int MAX_PAIRS = Limits.MAX_PAIRS;
    public static final int MAX_ACCEPTED = Limits.MAX_ACCEPTED;
    public static final int MAX_LINES_FIELD = Limits.MAX_LINES_FIELD;

    private DraftCheck() {
    }

    /** The field errors (field name → message, in form order), or the question when there are none. */
    public record Checked(Map<String, String> errors, Question question) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public static Checked check(QuestionDraft d, Article article, long number, int version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.title().length() > MAX_TITLE) {
            errors.put("title", String.format(java.util.Locale.ENGLISH, "The name is %,d characters long; keep it "
                    + "to %d or fewer (it labels the question in the bank, and Moodle cuts longer names).",
                    d.title().length(), MAX_TITLE));
        } else if (d.title().chars().anyMatch(Character::isISOControl)) {
            errors.put("title", "The name has a line break or another control character; write it on one line.");
        }
        QuestionKind<?> type = d.type();
        String stemSource = d.stem();
        if (stemSource.isBlank()) {
            errors.put("stem", type.blankStem());
        } else if (stemSource.length() > MAX_STEM) {
            errors.put("stem", "The question is " + stemSource.length() + " characters long; keep it under "
                    + MAX_STEM + ".");
        }
        Function<Question.Common, ? extends Question> build = type.check(d, errors);
        // A draft is stored as typed, so a field is bounded as typed too (900,000 blank lines are no items); a
        // count over its limit is the clearer message, so it stands when there is one.
        for (Map.Entry<String, String> f : Map.of("accepted", d.accepted(), "items", d.items(), "pairs", d.pairs(),
                "extras", d.extras()).entrySet()) {
            if (f.getValue().length() > MAX_LINES_FIELD) {
                errors.putIfAbsent(f.getKey(), String.format(java.util.Locale.ENGLISH, "This field is %,d characters "
                        + "long; keep it to %,d or fewer.", f.getValue().length(), MAX_LINES_FIELD));
            }
        }
        if (d.feedback().length() > MAX_FEEDBACK) {
            errors.put("feedback", "The feedback is " + d.feedback().length() + " characters long; keep it under "
                    + MAX_FEEDBACK + ".");
        }
        double penalty = Question.DEFAULT_PENALTY;
        if (!d.penalty().isBlank()) {
            Optional<Double> p = MoodleGrades.fraction(d.penalty()).filter(f -> f >= 0);
            if (p.isEmpty()) {
                errors.put("penalty", "The penalty is a share of the marks from Moodle's list, 0 to 100 per cent "
                        + "(33.33333 is Moodle's default); choose one.");
            } else {
                penalty = p.get();
            }
        }
        List<Source> sources = new ArrayList<>();
        if (!d.sentence().isBlank()) {
            Optional<Article.Sentence> s = article.sentence(d.sentence().strip());
            if (s.isEmpty()) {
                errors.put("sentence", "That sentence is not in this article; pick one from the list, or none.");
            } else {
                sources.add(new Source(article.slug(), s.get().anchor(), s.get().text()));
            }
        }
        if (!errors.isEmpty() || build == null) {
            return new Checked(errors, null);
        }
        String stemHtml = RichText.html(type.shownStem(d), d.format());
        String feedbackHtml = RichText.html(d.feedback(), d.format());
        Question.Common common = new Question.Common("a/" + number + "/" + version, article.slug(), List.of(),
                RichText.plain(stemHtml), RichText.plain(feedbackHtml), sources, List.of(),
                new Question.Authored(number, version, stemHtml, feedbackHtml, d.title(), penalty));
        return new Checked(Map.of(), build.apply(common));
    }
}
