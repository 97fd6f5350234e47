package app.factdeck.questions.core;

import java.util.List;
import java.util.Map;

/**
 * One question in Moodle's terms, as the exchange formats (GIFT, Moodle XML) read and write it, so Moodle's
 * importers are the reference; each format turns a file into these and these into a file.
 *
 * @param line         1-based line of the file where the question's block starts
 * @param name         the {@code ::title::}, or one made from the text (Moodle: its first 80 characters)
 * @param titled       whether the file gave the name
 * @param single       multiple choice: one right answer ({@code =} present) rather than several
 * @param answers      multiple choice, short answer and numerical answers, with fractions −1…1 and feedback;
 *                     ordering: the items in the right order (fraction 1 each: Moodle's {@code fraction} there is
 *                     the item's position, and its importer takes the items in the order the file lists them)
 * @param correctTrue  true/false: whether "true" is the right answer
 * @param feedbackTrue true/false: feedback shown when the student answers "true"
 * @param pairs        matching: left (formatted) and right (plain) sides; a pair with an empty left side is an
 *                     extra right-hand item that matches nothing (GIFT's {@code = -> Chat})
 * @param category     the path of a {@code $CATEGORY:} block
 * @param settings     Moodle XML's own settings of the type, by element name, as the file writes them (ordering:
 *                     {@code gradingtype}, {@code selecttype}, {@code selectcount}, …): the type decides what they
 *                     mean for Factdeck; empty for the other types and in GIFT, which has no such settings
 */
public record MoodleQuestion(int line, Type type, String name, boolean titled, Text text, Text generalFeedback,
                           String idNumber, List<String> tags, boolean single, List<Answer> answers,
                           boolean correctTrue, Text feedbackTrue, Text feedbackFalse, List<Pair> pairs,
                           String category, Map<String, String> settings) {

    public MoodleQuestion {
        settings = Map.copyOf(settings);
    }

    /** A question without settings of its own: every type but ordering, and everything GIFT and Aiken read. */
    public MoodleQuestion(int line, Type type, String name, boolean titled, Text text, Text generalFeedback,
                          String idNumber, List<String> tags, boolean single, List<Answer> answers,
                          boolean correctTrue, Text feedbackTrue, Text feedbackFalse, List<Pair> pairs,
                          String category) {
        this(line, type, name, titled, text, generalFeedback, idNumber, tags, single, answers, correctTrue,
                feedbackTrue, feedbackFalse, pairs, category, Map.of());
    }

    /** This question with a type's own parts: what a type's {@code toMoodle} adds to the common ones. */
    public MoodleQuestion with(Type type, boolean single, List<Answer> answers, boolean correctTrue,
                               Text feedbackTrue, Text feedbackFalse, List<Pair> pairs) {
        return new MoodleQuestion(line, type, name, titled, text, generalFeedback, idNumber, tags, single,
                List.copyOf(answers), correctTrue, feedbackTrue, feedbackFalse, List.copyOf(pairs), category,
                settings);
    }

    /** This question with these settings of its type (see {@link #settings}). */
    public MoodleQuestion withSettings(Map<String, String> settings) {
        return new MoodleQuestion(line, type, name, titled, text, generalFeedback, idNumber, tags, single, answers,
                correctTrue, feedbackTrue, feedbackFalse, pairs, category, settings);
    }

    /** Moodle's question types, named as its {@code qtype}. */
    public enum Type {
        MULTICHOICE("multichoice"), TRUEFALSE("truefalse"), SHORTANSWER("shortanswer"), NUMERICAL("numerical"),
        MATCH("match"), ESSAY("essay"), DESCRIPTION("description"), CATEGORY("category"),
        /** Embedded answers (Cloze): the text holds its gaps in Moodle's {1:SHORTANSWER:=…} syntax; GIFT has none. */
        MULTIANSWER("multianswer"),
        /**
         * Moodle's ordering question (qtype_ordering, standard since Moodle 4.4): Moodle XML only, as GIFT has no
         * ordering syntax (the plugin's own {@code {>…}} extension is not GIFT as Moodle's GIFT importer reads it).
         */
        ORDERING("ordering");

        private final String moodleName;

        Type(String moodleName) {
            this.moodleName = moodleName;
        }

        public String moodleName() {
            return moodleName;
        }
    }

    /** Text with its Moodle format: moodle (auto-format, the default), html, plain or markdown. */
    public record Text(String text, String format) {
        public static Text empty(String format) {
            return new Text("", format);
        }
    }

    /**
     * @param tolerance numerical only: the accepted error, as written (or computed from a min..max range)
     */
    public record Answer(Text text, double fraction, Text feedback, String tolerance) {
    }

    public record Pair(Text left, String right) {
    }
}
