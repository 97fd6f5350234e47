package app.factdeck.study.fsrs;

/**
 * FSRS's model of one memory: difficulty in [1, 10] and stability in days (the time for recall probability to
 * fall from 100 % to 90 %). Both are 0 for a card never studied.
 */
public record MemoryState(double difficulty, double stability) {

    public static final MemoryState NONE = new MemoryState(0, 0);

    public boolean isNone() {
        return difficulty == 0 && stability == 0;
    }
}
