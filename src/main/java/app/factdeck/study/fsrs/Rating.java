package app.factdeck.study.fsrs;

/** The four answers to a flashcard, with FSRS's grade numbers (1 Again … 4 Easy). */
public enum Rating {
    AGAIN(1, "Again"), HARD(2, "Hard"), GOOD(3, "Good"), EASY(4, "Easy");

    private final int grade;
    private final String label;

    Rating(int grade, String label) {
        this.grade = grade;
        this.label = label;
    }

    public int grade() {
        return grade;
    }

    public String label() {
        return label;
    }

    /** Hard, Good and Easy count as remembering; Again is a lapse. */
    public boolean passed() {
        return this != AGAIN;
    }

    /** @throws IllegalArgumentException naming the value, for anything but 1–4 */
    public static Rating ofGrade(int grade) {
        for (Rating r : values()) {
            if (r.grade == grade) {
                return r;
            }
        }
        throw new IllegalArgumentException("A rating is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not " + grade + ".");
    }
}
