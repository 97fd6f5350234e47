package app.factdeck.authoring;

import app.factdeck.questions.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A teacher's question exactly as typed into the form (or read from an imported file), before it is checked.
 * Stored as it is, so editing shows the teacher their own words. Which fields matter depends on the type:
 * <ul>
 *   <li>multiple choice / select all: {@code options} (one per row) and the rows ticked {@code correct};</li>
 *   <li>true or false: {@code answer} "true" or "false";</li>
 *   <li>short answer: {@code accepted}, one answer per line;</li>
 *   <li>cloze: {@code stem} with the gap in double brackets, alternatives split by "|":
 *       "The summit is in [[Vilnius|Vilnyus]].";</li>
 *   <li>ordering: {@code items}, one per line, in the right order;</li>
 *   <li>matching: {@code pairs}, one "left -> right" per line;</li>
 *   <li>numerical: {@code answer} (a number) and {@code tolerance}.</li>
 * </ul>
 *
 * @param format   how stem and feedback are written: "markdown" (the form), or "html"/"moodle"/"plain" (imports)
 * @param sentence the anchor ("s-12") of the article sentence the question cites, or ""
 * @param title    the teacher's name for the question, or "": GIFT's {@code ::title::} (Moodle's question name),
 *                 shown in the bank; drafts stored before names existed read as "" (the JSON has no such field)
 */
public record QuestionDraft(QuestionType type, String stem, String format, List<String> options, Set<Integer> correct,
                            String answer, String tolerance, String accepted, String items, String pairs,
                            String feedback, String sentence, String title) {

    /** Option rows the form shows at least, and at most. */
    static final int MIN_ROWS = 6;
    static final int MAX_ROWS = 20;

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
    }

    /** A draft without a name. */
    public QuestionDraft(QuestionType type, String stem, String format, List<String> options, Set<Integer> correct,
                         String answer, String tolerance, String accepted, String items, String pairs,
                         String feedback, String sentence) {
        this(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs, feedback, sentence, "");
    }

    public static QuestionDraft empty(QuestionType type) {
        return new QuestionDraft(type, "", "markdown", List.of(), Set.of(), "", "", "", "", "", "", "", "");
    }

    /** The same draft with {@code title} as its name. */
    public QuestionDraft withTitle(String title) {
        return new QuestionDraft(type, stem, format, options, correct, answer, tolerance, accepted, items, pairs,
                feedback, sentence, title);
    }

    /**
     * A name as it is kept: on one line (a name is a label, and GIFT's {@code \n} could put a break in one),
     * without spaces at either end. Its length is {@link DraftCheck}'s to refuse, so a long one is shown back whole.
     */
    public static String oneLine(String title) {
        return title == null ? "" : title.replaceAll("\\s+", " ").strip();
    }

    /**
     * The form as posted: {@code option-0…}, {@code correct} (row numbers), and one field per other part. Only the
     * fields the type has are read: the draft is stored as it is, and a field the form does not show must not
     * carry anything into the database.
     */
    public static QuestionDraft fromForm(QuestionType type, Map<String, List<String>> form) {
        boolean choices = type == QuestionType.MULTIPLE_CHOICE || type == QuestionType.MULTI_SELECT;
        List<String> options = new ArrayList<>();
        for (int i = 0; choices && i < MAX_ROWS; i++) {
            options.add(first(form, "option-" + i));
        }
        while (!options.isEmpty() && options.get(options.size() - 1).isBlank()) {
            options.remove(options.size() - 1);
        }
        Set<Integer> correct = new TreeSet<>();
        for (String c : choices ? form.getOrDefault("correct", List.of()) : List.<String>of()) {
            try {
                int row = Integer.parseInt(c.strip());
                if (row >= 0 && row < MAX_ROWS) {
                    correct.add(row);
                }
            } catch (NumberFormatException ignored) {
                // not a row of the form: nothing to tick
            }
        }
        boolean answer = type == QuestionType.TRUE_FALSE || type == QuestionType.NUMERICAL;
        return new QuestionDraft(type, first(form, "stem"), "markdown", options, correct,
                answer ? first(form, "answer") : "", type == QuestionType.NUMERICAL ? first(form, "tolerance") : "",
                type == QuestionType.SHORT_ANSWER ? first(form, "accepted") : "",
                type == QuestionType.ORDERING ? first(form, "items") : "",
                type == QuestionType.MATCHING ? first(form, "pairs") : "", first(form, "feedback"),
                first(form, "sentence"), oneLine(first(form, "title")));
    }

    /**
     * The option rows to show: every option typed, then empty rows up to at least {@link #MIN_ROWS} (+2 spare),
     * but no spare rows past the {@link DraftCheck#MAX_OPTIONS} a question may have.
     */
    public List<String> optionRows() {
        List<String> rows = new ArrayList<>(options);
        int size = Math.min(DraftCheck.MAX_OPTIONS, Math.max(MIN_ROWS, options.size() + 2));
        while (rows.size() < size) {
            rows.add("");
        }
        return rows;
    }

    public boolean isCorrect(int row) {
        return correct.contains(row);
    }

    private static String first(Map<String, List<String>> form, String name) {
        return Optional.ofNullable(form.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0)).orElse("");
    }

    private static String text(String s) {
        // Browsers send CRLF from textareas; keep one line ending so stored drafts compare equal.
        return s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
