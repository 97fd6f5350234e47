package app.factdeck.questions.core;

/**
 * A response's credit in [0, 1]; {@code correct} only with full credit. A fraction below 0 (a wrong answer's
 * penalty, as Moodle's grade list allows) or above 1 is clamped: a question's credit is never below 0.
 */
public record Grade(double credit, boolean correct) {

    public static Grade of(double credit) {
        // Shares that add up to all or nothing (three thirds) count as exactly that, not as 0.9999999999999999.
        double c = credit >= 1.0 - 1e-9 ? 1 : credit <= 1e-9 ? 0 : credit;
        return new Grade(c, c == 1);
    }

    public static Grade of(boolean right) {
        return of(right ? 1 : 0);
    }
}
