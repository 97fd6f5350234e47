package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Text;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.core.Question;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Measures the planner's quiz rules over 200 seeded quizzes per shipped article, with no mastery and with random
 * mastery: prints the counts and quiz sizes, and asserts every count is 0. The checks are re-derived here from the
 * questions' fields (stem, listing, explanation, cited sentences) and share no code with the planner, so a planner
 * that breaks a rule fails this test. The counts are public so {@code questions.BankReportTest} measures the ranked
 * and unranked banks with the same checks.
 */
public class QuizPlannerLeakMeasureTest {

    private static final QuestionGenerator GENERATOR = new QuestionGenerator(new ContentLoader().load(Path.of("content")),
            QuestionGenerator.DEFAULT_SEED);

    @Test
    void twoHundredQuizzesPerArticleNeverGiveThemselvesAway() {
        Map<String, Integer> totals = new HashMap<>();
        for (String slug : List.of("espreso-nato-troops-warning", "kyiv-independent-nato-troops-warning")) {
            List<Question> bank = GENERATOR.generate(slug);
            Set<String> facts = new HashSet<>();
            bank.forEach(q -> facts.addAll(q.factIds()));
            for (String masteryMode : List.of("empty", "random")) {
                int leaks = 0, repeatedFacts = 0, trueFalsePairs = 0, repeatedKeys = 0;
                IntSummaryStatistics sizes = new IntSummaryStatistics();
                for (long seed = 1; seed <= 200; seed++) {
                    Map<String, Mastery.Level> levels = new HashMap<>();
                    if (masteryMode.equals("random")) {
                        Random r = new Random(seed * 31);
                        facts.stream().sorted().forEach(f -> levels.put(f,
                                Mastery.Level.values()[r.nextInt(Mastery.Level.values().length)]));
                    }
                    List<Question> quiz = QuizPlanner.plan(bank, levels, QuizPlanner.DEFAULT_SIZE, new Random(seed));
                    sizes.accept(quiz.size());
                    leaks += leaks(quiz);
                    repeatedFacts += repeatedFacts(quiz);
                    trueFalsePairs += trueFalsePerSentence(quiz);
                    repeatedKeys += repeatedKeys(quiz);
                }
                System.out.printf("%s, %s mastery: leaks %d, repeated facts %d, two true/false of one sentence %d, "
                                + "repeated keys %d; sizes min %d mean %.2f max %d%n", slug, masteryMode, leaks,
                        repeatedFacts, trueFalsePairs, repeatedKeys, sizes.getMin(), sizes.getAverage(), sizes.getMax());
                totals.merge("leaks", leaks, Integer::sum);
                totals.merge("repeated facts", repeatedFacts, Integer::sum);
                totals.merge("two true/false of one sentence", trueFalsePairs, Integer::sum);
                totals.merge("repeated keys", repeatedKeys, Integer::sum);
            }
        }
        assertEquals(Map.of("leaks", 0, "repeated facts", 0, "two true/false of one sentence", 0, "repeated keys", 0),
                totals);
    }

    /** Everything a student sees with a question, before and after answering. */
    private static List<String> shown(Question q) {
        List<String> texts = new ArrayList<>(List.of(q.stem(), q.explanation(), q.correctAnswer()));
        texts.addAll(q.listing().options());
        texts.addAll(q.listing().distractors());
        if (!typed(q)) {
            texts.addAll(q.listing().keys()); // choices, events and roles are on screen
        }
        q.sources().forEach(s -> texts.add(s.text()));
        return texts;
    }

    private static boolean typed(Question q) {
        return q.listing().options().isEmpty();
    }

    /** The words that answer a question; none for true/false and for whole orderings or matchings. */
    private static List<String> keys(Question q) {
        String type = q.type().slug();
        if (type.equals("true-false") || type.equals("ordering") || type.equals("matching")) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(q.listing().keys());
        keys.addAll(q.listing().accepted());
        return keys;
    }

    /** Pairs (earlier, later) where something shown with the earlier one states the later one's answer. */
    public static int leaks(List<Question> quiz) {
        int leaks = 0;
        for (int later = 1; later < quiz.size(); later++) {
            for (int earlier = 0; earlier < later; earlier++) {
                List<String> seen = shown(quiz.get(earlier));
                boolean leaked = keys(quiz.get(later)).stream()
                        .anyMatch(k -> seen.stream().anyMatch(t -> Text.containsPhrase(t, k)));
                if (leaked) {
                    leaks++;
                }
            }
        }
        return leaks;
    }

    public static int repeatedFacts(List<Question> quiz) {
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (Question q : quiz) {
            List<String> asked = q.isAuthored() ? List.of("authored:" + q.authored().baseId()) : q.factIds();
            for (String f : asked) {
                if (!seen.add(f)) {
                    repeats++;
                }
            }
        }
        return repeats;
    }

    public static int trueFalsePerSentence(List<Question> quiz) {
        Set<String> sentences = new HashSet<>();
        int repeats = 0;
        for (Question q : quiz) {
            if (q.type().slug().equals("true-false")) {
                for (var s : q.sources()) {
                    if (!sentences.add(s.articleSlug() + "#" + s.anchor())) {
                        repeats++;
                    }
                }
            }
        }
        return repeats;
    }

    public static int repeatedKeys(List<Question> quiz) {
        Set<String> seen = new HashSet<>();
        int repeats = 0;
        for (Question q : quiz) {
            if (!keys(q).isEmpty() && !seen.add(Text.normalise(q.correctAnswer()))) {
                repeats++;
            }
        }
        return repeats;
    }
}
