package app.factdeck.quizzes;

import app.factdeck.questions.core.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a student stands on each fact. The rule: a fact is <b>mastered</b> when the student's last two answers
 * to questions about it were both fully correct; <b>learning</b> once it has been answered at all; otherwise
 * <b>new</b>. Pure: it reads a list of past results, oldest first.
 */
public final class Mastery {

    public enum Level { NEW, LEARNING, MASTERED }

    /** One graded answer about a fact. */
    public record Result(String factId, boolean correct) {
    }

    private Mastery() {
    }

    public static Map<String, Level> levels(List<Result> oldestFirst) {
        Map<String, int[]> streaks = new HashMap<>(); // [answers, correct in a row at the end]
        for (Result r : oldestFirst) {
            int[] s = streaks.computeIfAbsent(r.factId(), k -> new int[2]);
            s[0]++;
            s[1] = r.correct() ? s[1] + 1 : 0;
        }
        Map<String, Level> levels = new HashMap<>();
        streaks.forEach((fact, s) -> levels.put(fact, s[1] >= 2 ? Level.MASTERED : Level.LEARNING));
        return levels;
    }

    /**
     * The levels from a student's answers (question id, fully right), oldest first, each counted for the
     * question's mastery keys: its facts, or a teacher's question itself. The one rule both quiz planning and
     * the progress page read, so a quiz never treats as mastered what the progress page calls new. An answer to a
     * question no longer in the bank (its article's facts changed) still counts for what its id names, so a
     * student's past work is not lost: see {@link #keysOfId}.
     */
    public static Map<String, Level> levels(List<Map.Entry<String, Boolean>> answersOldestFirst,
                                            Function<String, Optional<Question>> questions) {
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Boolean> answer : answersOldestFirst) {
            questions.apply(answer.getKey()).map(Question::masteryKeys).orElseGet(() -> keysOfId(answer.getKey()))
                    .forEach(key -> results.add(new Result(key, answer.getValue())));
        }
        return levels(results);
    }

    /**
     * The mastery key a question id names when the question itself is gone (ids are documented on
     * {@code Question.Common}): {@code a/N} for a teacher's {@code a/N/V}, the fact of a generated
     * {@code factId/type/variant}. An item built from several facts ({@code slug/type/n}) names no fact: its key
     * is the slug, which no fact has, so it counts for nothing.
     */
    static List<String> keysOfId(String questionId) {
        String[] parts = questionId.split("/");
        if (parts.length != 3 || parts[0].isEmpty()) {
            return List.of();
        }
        return List.of(parts[0].equals("a") ? "a/" + parts[1] : parts[0]);
    }

    public static Level of(Map<String, Level> levels, String factId) {
        return levels.getOrDefault(factId, Level.NEW);
    }
}
