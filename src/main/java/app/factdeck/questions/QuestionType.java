package app.factdeck.questions;

import java.util.Locale;

/** The question types the generator produces; the slug names them in ids, URLs and JSON. */
public enum QuestionType {
    MULTIPLE_CHOICE("Multiple choice"),
    MULTI_SELECT("Select all"),
    TRUE_FALSE("True or false"),
    CLOZE("Fill in the gap"),
    SHORT_ANSWER("Short answer"),
    ORDERING("Put in order"),
    MATCHING("Matching");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Typed answers (no options to pick from). */
    public boolean isTyped() {
        return this == CLOZE || this == SHORT_ANSWER;
    }
}
