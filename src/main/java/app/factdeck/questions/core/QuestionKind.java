package app.factdeck.questions.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a question type is, beside its questions (Moodle's {@code question_type} class): its name, the form a
 * teacher writes it in and the checks on that form, how a student's form is read, how it maps to Moodle's terms
 * (GIFT, Moodle XML), and its templates, {@code templates/questions/<slug>.html} with the fragments
 * {@code student} (the answer fields), {@code authoring} (the form's fields) and {@code review} (the bank's view
 * of its answers). One instance per type, listed in {@code QuestionKinds}.
 *
 * @param <Q> the type's question record
 */
public interface QuestionKind<Q extends Question> {

    /** Names the type in ids, URLs, stored drafts and JSON: keep it once published. */
    String slug();

    String label();

    Class<Q> questionClass();

    /** Whether the generator makes questions of this type (numerical questions come only from teachers). */
    boolean generated();

    /** The template holding the type's fragments. */
    default String template() {
        return "questions/" + slug();
    }

    /** The label of the form's text field: "Question", "Statement", "Text with a gap". */
    default String stemLabel() {
        return "Question";
    }

    default String stemHint() {
        return "Markdown works: **bold**, *italic*, lists, [link](https://…).";
    }

    /** What the form says when the text is left empty. */
    default String blankStem() {
        return "Write the question.";
    }

    /** The text as a student reads it (a cloze shows its gap as a blank). */
    default String shownStem(QuestionDraft d) {
        return d.stem();
    }

    /**
     * Whether the fragment {@code student} shows the question's text itself, with the answer fields inside it
     * (gaps in a text): the pages then leave out the text above the form until the question is answered.
     */
    default boolean answersInText() {
        return false;
    }

    /**
     * A student's posted form as the response {@link Question#grade} expects. {@code shown} are the options in the
     * order this attempt showed them ({@link Question#optionsFor}).
     */
    Response readResponse(Q q, Map<String, List<String>> form, List<String> shown);

    /** {@code common} (the parts every type has, already read) with the fields of this type from the form. */
    QuestionDraft readForm(QuestionDraft common, Map<String, List<String>> form);

    /**
     * Checks the type's own fields of a draft, putting each problem under its form field in {@code errors}, in
     * words that say how to fix it. Returns how to build the question from its common part; only called when
     * there are no errors at all.
     */
    Function<Question.Common, Q> check(QuestionDraft d, Map<String, String> errors);

    /** The question as a draft the teacher can edit (into an override): the same question, in form fields. */
    QuestionDraft draftOf(Q q, QuestionDraft common);

    /**
     * The question in Moodle's terms: {@code common} with name, text and general feedback filled in, given this
     * type's answers; empty when Moodle's formats cannot hold it.
     */
    Optional<MoodleQuestion> toMoodle(Q q, MoodleQuestion common);

    /**
     * A Moodle question of this type as a draft (only the type's fields; {@code common} holds text, format and
     * feedback), or why Factdeck cannot hold it; empty when it is not a question of this type.
     */
    Optional<Imported> fromMoodle(MoodleQuestion m, QuestionDraft common);

    /** A question of this type with no answers, standing for a stored one that needs a fix (the bank lists it). */
    Q placeholder(Question.Common common);

    /** A Moodle question as a draft, or why not (a sentence that says how to fix it). */
    record Imported(QuestionDraft draft, String problem) {
        public static Imported of(QuestionDraft draft) {
            return new Imported(draft, null);
        }

        public static Imported refused(String problem) {
            return new Imported(null, problem);
        }
    }
}
