package app.factdeck.assignments;

import java.time.Instant;
import java.util.List;

/**
 * A class's article quiz with its rules: {@code drawn} questions drawn per student as any article quiz, or the
 * {@code fixed} set (then {@code drawn} is 0) that every student gets, each in their own option order.
 */
public record Assignment(long id, long classId, String title, String articleSlug, int drawn, List<String> fixed,
                         AssignmentRules rules, Instant createdAt) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_QUESTIONS = 50;

    public Assignment {
        fixed = List.copyOf(fixed);
        if ((drawn == 0) == fixed.isEmpty()) {
            throw new IllegalArgumentException("either drawn questions or a fixed set");
        }
    }

    public boolean isFixed() {
        return !fixed.isEmpty();
    }

    /** "8 questions drawn for each student" or "5 chosen questions". */
    public String questionsInWords() {
        return isFixed() ? fixed.size() + (fixed.size() == 1 ? " chosen question" : " chosen questions")
                : drawn + (drawn == 1 ? " question" : " questions") + " drawn for each student";
    }

    /** What a teacher writes: the title, the article, how the questions are chosen and the rules; no id yet. */
    public record Draft(String title, String articleSlug, int drawn, List<String> fixed, AssignmentRules rules) {
        public Draft {
            fixed = List.copyOf(fixed);
        }
    }
}
