package app.factdeck.quizzes;

import app.factdeck.questions.core.Question;
import app.factdeck.questions.core.QuestionKind;
import app.factdeck.questions.QuestionKinds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Picks a quiz's questions; pure and seeded. At most one question per fact; first one question of every type
 * the bank offers (a quiz shows each way of asking), then the rest; within that, facts the student has not
 * mastered come first (new, then learning, then mastered), in seeded random order. A teacher's question counts
 * as a fact of its own and, at the same mastery level, comes before generated ones: the teacher wrote it to be
 * asked.
 */
public final class QuizPlanner {

    public static final int DEFAULT_SIZE = 10;

    private QuizPlanner() {
    }

    public static List<Question> plan(List<Question> bank, Map<String, Mastery.Level> levels, int size, Random rnd) {
        // Group by the fact a question is about; ordering and matching items (several facts) stand alone.
        Map<String, List<Question>> byFact = new LinkedHashMap<>();
        for (Question q : bank) {
            String key = q.isAuthored() ? q.authored().baseId() : q.factIds().size() == 1 ? q.factIds().get(0) : q.id();
            byFact.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<String> facts = new ArrayList<>(byFact.keySet());
        Collections.shuffle(facts, rnd);
        facts.sort(Comparator.comparing((String f) -> level(levels, byFact.get(f)))
                .thenComparing(f -> !byFact.get(f).get(0).isAuthored()));
        List<Question> chosen = new ArrayList<>();
        Set<String> usedFacts = new HashSet<>();
        Map<QuestionKind<?>, Integer> typeCount = new java.util.HashMap<>();
        // First pass: one question of each type, from the least-mastered fact that has one.
        List<QuestionKind<?>> types = new ArrayList<>(QuestionKinds.all());
        Collections.shuffle(types, rnd);
        for (QuestionKind<?> type : types) {
            for (String f : facts) {
                if (chosen.size() >= size || usedFacts.contains(f)) {
                    continue;
                }
                List<Question> ofType = byFact.get(f).stream().filter(q -> q.type() == type).toList();
                if (!ofType.isEmpty()) {
                    chosen.add(ofType.get(rnd.nextInt(ofType.size())));
                    usedFacts.add(f);
                    typeCount.merge(type, 1, Integer::sum);
                    break;
                }
            }
        }
        // Then the least-mastered remaining facts, each with its least-used type so far.
        for (String f : facts) {
            if (chosen.size() >= size) {
                break;
            }
            if (usedFacts.add(f)) {
                List<Question> options = new ArrayList<>(byFact.get(f));
                Collections.shuffle(options, rnd);
                options.sort(Comparator.comparing(q -> typeCount.getOrDefault(q.type(), 0)));
                chosen.add(options.get(0));
                typeCount.merge(options.get(0).type(), 1, Integer::sum);
            }
        }
        // Present in a seeded order, not grouped by type.
        Collections.shuffle(chosen, rnd);
        return List.copyOf(chosen);
    }

    private static Mastery.Level level(Map<String, Mastery.Level> levels, List<Question> questions) {
        return questions.get(0).masteryKeys().stream().map(f -> Mastery.of(levels, f))
                .min(Comparator.naturalOrder()).orElse(Mastery.Level.NEW);
    }
}
