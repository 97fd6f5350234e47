package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.QuestionKinds;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuizPlannerTest {

    private static final List<Question> BANK = new QuestionGenerator(new ContentLoader().load(Path.of("content")),
            QuestionGenerator.DEFAULT_SEED).generate("espreso-nato-troops-warning");

    @Test
    void aTenQuestionQuizHasEveryTypeAndOneQuestionPerFact() {
        for (long seed = 0; seed < 20; seed++) {
            List<Question> quiz = QuizPlanner.plan(BANK, Map.of(), 10, new Random(seed));
            assertEquals(10, quiz.size());
            assertEquals(QuestionKinds.generated(), quiz.stream().map(Question::type)
                    .collect(Collectors.toSet()), "seed " + seed);
            List<String> singleFacts = quiz.stream().filter(q -> q.factIds().size() == 1).map(q -> q.factIds().get(0))
                    .toList();
            assertEquals(singleFacts.size(), singleFacts.stream().distinct().count(), "one question per fact");
        }
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
