package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.QuestionKinds;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuizPlannerTest {

    private static final List<Question> BANK = new QuestionGenerator(new ContentLoader().load(Path.of("content")),
            QuestionGenerator.DEFAULT_SEED).generate("espreso-nato-troops-warning");

    @Test
    void aTenQuestionQuizHasEveryTypeAndOneQuestionPerFact() {
        // This article's ordering and matching items cite a sentence in common (so one's feedback shows what the
        // other asks): a quiz holds one of them and every other type.
        Set<String> orderingSentences = sentences(BANK, "ordering");
        orderingSentences.retainAll(sentences(BANK, "matching"));
        assertFalse(orderingSentences.isEmpty(), "the ordering and matching items share a cited sentence");
        for (long seed = 0; seed < 20; seed++) {
            List<Question> quiz = QuizPlanner.plan(BANK, Map.of(), 10, new Random(seed));
            assertEquals(10, quiz.size());
            Set<String> types = quiz.stream().map(q -> q.type().slug()).collect(Collectors.toSet());
            Set<String> expected = QuestionKinds.generated().stream().map(t -> t.slug()).collect(Collectors.toSet());
            expected.remove(types.contains("ordering") ? "matching" : "ordering");
            assertEquals(expected, types, "seed " + seed);
            List<String> singleFacts = quiz.stream().filter(q -> q.factIds().size() == 1).map(q -> q.factIds().get(0))
                    .toList();
            assertEquals(singleFacts.size(), singleFacts.stream().distinct().count(), "one question per fact");
        }
    }

    private static Set<String> sentences(List<Question> bank, String type) {
        return bank.stream().filter(q -> q.type().slug().equals(type)).flatMap(q -> q.sources().stream())
                .map(s -> s.anchor()).collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void masteredFactsComeLast() {
        Map<String, Mastery.Level> levels = new HashMap<>();
        BANK.stream().flatMap(q -> q.factIds().stream()).distinct().filter(f -> !f.equals("esp-025"))
                .forEach(f -> levels.put(f, Mastery.Level.MASTERED));
        for (long seed = 0; seed < 10; seed++) {
            List<Question> quiz = QuizPlanner.plan(BANK, levels, 10, new Random(seed));
            assertTrue(quiz.stream().anyMatch(q -> q.factIds().contains("esp-025")), "the one new fact is asked");
        }
    }

    @Test
    void masteryNeedsTheLastTwoAnswersRight() {
        var levels = Mastery.levels(List.of(new Mastery.Result("a", true), new Mastery.Result("a", true),
                new Mastery.Result("b", true), new Mastery.Result("b", false), new Mastery.Result("c", false),
                new Mastery.Result("c", true), new Mastery.Result("c", true)));
        assertEquals(Mastery.Level.MASTERED, levels.get("a"));
        assertEquals(Mastery.Level.LEARNING, levels.get("b"));
        assertEquals(Mastery.Level.MASTERED, levels.get("c"));
        assertEquals(Mastery.Level.NEW, Mastery.of(levels, "d"));
    }

    @Test
    void theSameSeedGivesTheSameQuiz() {
        assertEquals(QuizPlanner.plan(BANK, Map.of(), 10, new Random(5)), QuizPlanner.plan(BANK, new HashMap<>(), 10,
                new Random(5)));
    }
}
