package app.factdeck.questions.core;


import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A teacher's question exactly as typed into the form (or read from an imported file), before it is checked.
 * Stored as JSON as it is (in {@code authored_question_version.draft}), so editing shows the teacher their own
 * words; drafts stored by older versions read back (a field they lack reads as empty, an unknown one is ignored,
 * and the type may be written as its old enum name, {@code "TRUE_FALSE"}). Which fields a type reads is its
 * {@link QuestionKind}'s business:
 * <ul>
 *   <li>multiple choice / select all: {@code options} (one per row), the rows ticked {@code correct}, and per row
 *       a Moodle grade in per cent in {@code grades} ("" = the default) and {@code optionFeedback};</li>
 *   <li>true or false: {@code answer} "true" or "false";</li>
 *   <li>short answer: {@code accepted}, one full-marks answer per line, and {@code answers}: rows worth part of
 *       the marks (or a penalty), with their feedback;</li>
 *   <li>cloze: {@code stem} with the gap in double brackets, alternatives split by "|":
 *       "The summit is in [[Vilnius|Vilnyus]].";</li>
 *   <li>ordering: {@code items}, one per line, in the right order;</li>
 *   <li>matching: {@code pairs}, one "left -> right" per line, and {@code extras}: right-hand items that match
 *       nothing, one per line;</li>
 *   <li>numerical: {@code answer} (a number) and {@code tolerance}, then {@code answers}: more numbers, each with
 *       its tolerance, grade and feedback.</li>
 * </ul>
 *
 * @param format   how stem and feedback are written: "markdown" (the form), or "html"/"moodle"/"plain" (imports)
 * @param sentence the anchor ("s-12") of the article sentence the question cites, or ""
 * @param title    the teacher's name for the question, or "": GIFT's {@code ::title::} (Moodle's question name),
 *                 shown in the bank; drafts stored before names existed read as "" (the JSON has no such field)
 * @param penalty  Moodle's penalty per wrong try in per cent as typed, or "" for Moodle's default (33.33333)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionDraft(@JsonSerialize(using = KindJson.Writer.class) QuestionKind<?> type,
                            String stem, String format, List<String> options, Set<Integer> correct,
                            String answer, String tolerance, String accepted, String items, String pairs,
                            String feedback, String sentence, String title, List<String> grades,
                            List<String> optionFeedback, List<Row> answers, String extras, String penalty) {

    /** Option rows the form shows at least, and at most. */
    public static final int MIN_ROWS = 6;
    public static final int MAX_ROWS = 20;
    /** Rows of further answers (short answer, numerical) the form shows at least. */
    public static final int MIN_ANSWER_ROWS = 3;

    /**
     * One further answer as typed: short answer (text, grade, feedback) or numerical (text is the number, with its
     * tolerance).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String text, String grade, String tolerance, String feedback) {
        public Row {
            text = QuestionDraft.text(text);
            grade = QuestionDraft.text(grade);
            tolerance = QuestionDraft.text(tolerance);
            feedback = QuestionDraft.text(feedback);
        }

        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean isBlank() {
            return text.isBlank() && tolerance.isBlank() && feedback.isBlank();
        }
    }

    public QuestionDraft {
        stem = text(stem);
        format = format == null || format.isBlank() ? "markdown" : format;
        options = options == null ? List.of() : List.copyOf(options.stream().map(QuestionDraft::text).toList());
        correct = correct == null ? Set.of() : Set.copyOf(correct);
        answer = text(answer);
        tolerance = text(tolerance);
        accepted = text(accepted);
        items = text(items);
        pairs = text(pairs);
        feedback = text(feedback);
        sentence = text(sentence);
        title = text(title);
        grades = grades == null ? List.of() : List.copyOf(grades.stream().map(QuestionDraft::text).toList());
        optionFeedback = optionFeedback == null ? List.of()
                : List.copyOf(optionFeedback.stream().map(QuestionDraft::text).toList());
        answers = answers == null ? List.of() : List.copyOf(answers);
        extras = text(extras);
        penalty = text(penalty);
    }

    /** A draft as drafts were before grades, per-answer feedback, further answers, extras and penalties. */
    public QuestionDraft(QuestionKind<?> type, String stem, String format, List<String> options, Set<Integer> correct,
                         String answer, String tolerance, String accepted, String items, String pairs,
                         String feedback, String sentence, String title) {
        this(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs, feedback, sentence,
                title, List.of(), List.of(), List.of(), "", "");
    }

    /** A draft without a name. */
    public QuestionDraft(QuestionKind<?> type, String stem, String format, List<String> options, Set<Integer> correct,
                         String answer, String tolerance, String accepted, String items, String pairs,
                         String feedback, String sentence) {
        this(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs, feedback, sentence, "");
    }

    /** A draft of {@code type} with only the parts every type has; the type adds its own with the withers below. */
    public static QuestionDraft of(QuestionKind<?> type, String stem, String format, String feedback,
                                   String sentence, String title) {
        return new QuestionDraft(type, stem, format, List.of(), Set.of(), "", "", "", "", "", feedback, sentence,
                title);
    }

    public static QuestionDraft empty(QuestionKind<?> type) {
        return of(type, "", "markdown", "", "", "");
    }

    /** The same draft with {@code title} as its name. */
    public QuestionDraft withTitle(String title) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withType(QuestionKind<?> type) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withStem(String stem) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    /** Option rows with the rows ticked, each row's grade ("" = default) and feedback. */
    public QuestionDraft withOptions(List<String> options, Set<Integer> correct, List<String> grades,
                                     List<String> optionFeedback) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withAnswer(String answer, String tolerance) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withAccepted(String accepted) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withItems(String items) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withPairs(String pairs, String extras) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withAnswers(List<Row> answers) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    public QuestionDraft withPenalty(String penalty) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title, grades, optionFeedback, answers, extras, penalty);
    }

    /**
     * A name as it is kept: on one line (a name is a label, and GIFT's {@code \n} could put a break in one),
     * without spaces at either end. Its length is the draft check's to refuse, so a long one is shown back whole.
     */
    public static String oneLine(String title) {
        return title == null ? "" : title.replaceAll("\\s+", " ").strip();
    }

    /**
     * The form as posted: the parts every type has ({@code stem}, {@code feedback}, {@code sentence},
     * {@code title}, {@code penalty}), then the fields {@code type} reads. Only those: the draft is stored as it is,
     * and a field the form does not show must not carry anything into the database.
     */
    public static QuestionDraft fromForm(QuestionKind<?> type, Map<String, List<String>> form) {
        QuestionDraft common = of(type, first(form, "stem"), "markdown", first(form, "feedback"),
                first(form, "sentence"), oneLine(first(form, "title"))).withPenalty(first(form, "penalty"));
        return type.readForm(common, form);
    }

    /**
     * The option rows to show: every option typed, then empty rows up to at least {@link #MIN_ROWS} (+2 spare),
     * but no spare rows past the {@link Limits#MAX_OPTIONS} a question may have.
     */
    public List<String> optionRows() {
        return padded(options, Math.min(Limits.MAX_OPTIONS, Math.max(MIN_ROWS, options.size() + 2)));
    }

    /** Row {@code row}'s grade as typed ("" = the default). */
    public String grade(int row) {
        return row < grades.size() ? grades.get(row) : "";
    }

    /** Row {@code row}'s feedback as typed. */
    public String optionFeedback(int row) {
        return row < optionFeedback.size() ? optionFeedback.get(row) : "";
    }

    /** The further-answer rows to show: those typed, then empty ones up to {@link #MIN_ANSWER_ROWS} (+1 spare). */
    public List<Row> answerRows() {
        List<Row> rows = new ArrayList<>(answers);
        int size = Math.min(Limits.MAX_ACCEPTED, Math.max(MIN_ANSWER_ROWS, answers.size() + 1));
        while (rows.size() < size) {
            rows.add(new Row("", "", "", ""));
        }
        return rows;
    }

    public boolean isCorrect(int row) {
        return correct.contains(row);
    }

    /** The first value of a form field, or "". */
    public static String first(Map<String, List<String>> form, String name) {
        return Optional.ofNullable(form.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0)).orElse("");
    }

    private static List<String> padded(List<String> values, int size) {
        List<String> rows = new ArrayList<>(values);
        while (rows.size() < size) {
            rows.add("");
        }
        return rows;
    }

    private static String text(String s) {
        // Browsers send CRLF from textareas; keep one line ending so stored drafts compare equal.
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The type in stored JSON: its slug. Reading it back needs the registry, which knows every type, so the reader
     * is {@code QuestionKinds.JSON} (the core cannot name the types without a package cycle).
     */
    static final class KindJson {
        private KindJson() {
        }

        static final class Writer extends JsonSerializer<QuestionKind<?>> {
            @Override
            public void serialize(QuestionKind<?> kind, JsonGenerator out, SerializerProvider p) throws IOException {
                out.writeString(kind.slug());
            }
        }

    }
}
