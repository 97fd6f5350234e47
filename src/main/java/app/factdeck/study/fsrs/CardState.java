package app.factdeck.study.fsrs;

/** Where a card is in its life: never studied, inside (re)learning steps, or scheduled in whole days. */
public enum CardState {
    NEW("New"), LEARNING("Learning"), REVIEW("Review"), RELEARNING("Relearning");

    private final String label;

    CardState(String label) {
        this.label = label;
    }

    /** The name the reference vectors (ts-fsrs) use. */
    public String label() {
        return label;
    }

    public static CardState ofLabel(String label) {
        for (CardState s : values()) {
            if (s.label.equalsIgnoreCase(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown card state '" + label + "': expected New, Learning, Review or Relearning.");
    }
}
