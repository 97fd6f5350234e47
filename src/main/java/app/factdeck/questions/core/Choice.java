package app.factdeck.questions.core;

/**
 * One answer of a question with Moodle's grade list: multiple choice and select all (an option), short answer (an
 * accepted answer).
 *
 * @param fraction the share of the marks it earns, −1…1 (Moodle's grades; below 0 a penalty for choosing it)
 * @param feedback the teacher's feedback shown when it is chosen, as sanitised HTML, or ""
 */
public record Choice(String text, double fraction, String feedback) {

    public Choice {
        feedback = feedback == null ? "" : feedback;
    }

    public static Choice right(String text) {
        return new Choice(text, 1, "");
    }

    public static Choice wrong(String text) {
        return new Choice(text, 0, "");
    }

    /** Its grade as Moodle's list writes it: "50", "-33.33333". */
    public String percent() {
        return MoodleGrades.percent(fraction);
    }

    /** Worth the full marks. */
    public boolean full() {
        return fraction >= 1 - 1e-9;
    }
}
