package app.factdeck.questions.core;

import java.util.List;

/**
 * One question in Moodle's terms, as the exchange formats (GIFT, Moodle XML) read and write it, so Moodle's
 * importers are the reference; each format turns a file into these and these into a file.
 *
 * @param line         1-based line of the file where the question's block starts
 * @param name         the {@code ::title::}, or one made from the text (Moodle: its first 80 characters)
 * @param titled       whether the file gave the name
 * @param single       multiple choice: one right answer ({@code =} present) rather than several
 * @param answers      multiple choice, short answer and numerical answers, with fractions −1…1 and feedback
 * @param correctTrue  true/false: whether "true" is the right answer
 * @param feedbackTrue true/false: feedback shown when the student answers "true"
 * @param pairs        matching: left (formatted) and right (plain) sides; a pair with an empty left side is an
 *                     extra right-hand item that matches nothing (GIFT's {@code = -> Chat})
 * @param category     the path of a {@code $CATEGORY:} block
 */
public record MoodleQuestion(int line, Type type, String name, boolean titled, Text text, Text generalFeedback,
                           String idNumber, List<String> tags, boolean single, List<Answer> answers,
                           boolean correctTrue, Text feedbackTrue, Text feedbackFalse, List<Pair> pairs,
                           String category) {

    /** This question with a type's own parts: what a type's {@code toMoodle} adds to the common ones. */
    public MoodleQuestion with(Type type, boolean single, List<Answer> answers, boolean correctTrue,
                               Text feedbackTrue, Text feedbackFalse, List<Pair> pairs) {
        return new MoodleQuestion(line, type, name, titled, text, generalFeedback, idNumber, tags, single,
                List.copyOf(answers), correctTrue, feedbackTrue, feedbackFalse, List.copyOf(pairs), category);
    }

    /** Moodle's question types, named as its {@code qtype}. */
    public enum Type {
        MULTICHOICE("multichoice"), TRUEFALSE("truefalse"), SHORTANSWER("shortanswer"), NUMERICAL("numerical"),
        MATCH("match"), ESSAY("essay"), DESCRIPTION("description"), CATEGORY("category"),
        /** Embedded answers (Cloze): the text holds its gaps in Moodle's {1:SHORTANSWER:=…} syntax; GIFT has none. */
        MULTIANSWER("multianswer");

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
