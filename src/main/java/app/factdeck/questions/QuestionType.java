package app.factdeck.questions;

import java.util.Locale;

/** The question types; the slug names them in ids, URLs and JSON. The generator makes all but numerical. */
public enum QuestionType {
    MULTIPLE_CHOICE("Multiple choice"),
    MULTI_SELECT("Select all"),
    TRUE_FALSE("True or false"),
    CLOZE("Fill in the gap"),
    SHORT_ANSWER("Short answer"),
    ORDERING("Put in order"),
    MATCHING("Matching"),
    /** Teachers' questions only: a number, right within a tolerance. */
    NUMERICAL("Numerical");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    /** The types the generator makes (numerical questions come only from teachers). */
    public static java.util.Set<QuestionType> generated() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(NUMERICAL));
    }

    public String label() {
        return label;
    }

    /** The type a slug ("multi-select") names, if any. */
    public static java.util.Optional<QuestionType> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Typed answers (no options to pick from). */
    public boolean isTyped() {
        return this == CLOZE || this == SHORT_ANSWER || this == NUMERICAL;
    }
}
