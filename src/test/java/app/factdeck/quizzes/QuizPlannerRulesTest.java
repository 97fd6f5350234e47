package app.factdeck.quizzes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Fact.Source;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.types.multichoice.MultipleChoice;
import app.factdeck.questions.types.ordering.Ordering;
import app.factdeck.questions.types.truefalse.TrueFalse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each quiz rule on a small hand-made bank, over many seeds. */
class QuizPlannerRulesTest {

    private static Question.Common common(String id, List<String> facts, String stem, String explanation,
                                          String anchor, String sentence) {
        return Question.Common.generated(id, "a", facts, stem, List.of(), explanation,
                List.of(new Source("a", anchor, sentence)));
    }

    private static Question choice(String id, String fact, String stem, String key, String anchor, String sentence,
                                   String... wrong) {
        return MultipleChoice.of(common(id, List.of(fact), stem, "The answer is " + key + ".", anchor, sentence),
                key, List.of(wrong));
    }

    /** java.util.Random's first draws barely differ between neighbouring small seeds; spread them. */
    private static Random spread(long seed) {
        return new Random(new java.util.SplittableRandom(seed).nextLong());
    }

    private static Set<String> ids(List<Question> quiz) {
        return quiz.stream().map(Question::id).collect(Collectors.toSet());
    }

    private static void neverTogether(List<Question> bank, String a, String b) {
        neverTogether(bank, a, b, true);
    }

    private static void neverTogether(List<Question> bank, String a, String b, boolean eachAsked) {
        boolean sawA = false, sawB = false;
        for (long seed = 0; seed < 100; seed++) {
            Set<String> quiz = ids(QuizPlanner.plan(bank, Map.of(), 10, spread(seed)));
            assertFalse(quiz.contains(a) && quiz.contains(b), a + " and " + b + " in one quiz, seed " + seed);
            sawA |= quiz.contains(a);
            sawB |= quiz.contains(b);
        }
        assertTrue(sawA && (sawB || !eachAsked), "each is asked in some quiz");
    }

    @Test
    void anOrderingItemUsesUpEveryFactItIsBuiltFrom() {
        Question ordering = new Ordering(common("a/ordering/1", List.of("f1", "f2"), "Put in order.", "",
                "s9", "First the treaty, then the summit."), List.of("The treaty", "The summit"));
        Question aboutF2 = choice("f2/mc", "f2", "Which city hosted it?", "Vilnius", "s2", "It met in that city.",
                "Riga", "Tallinn");
        Question other = choice("f3/mc", "f3", "Who spoke?", "Stoltenberg", "s3", "The chief spoke.", "Rutte");
        // The ordering wins: with it the quiz has as many questions and one type more.
        neverTogether(List.of(ordering, aboutF2, other), "a/ordering/1", "f2/mc", false);
        // Without the other question, the single-fact question is asked half the time, never with the ordering.
        neverTogether(List.of(ordering, aboutF2), "a/ordering/1", "f2/mc");
    }

    @Test
    void aLaterKeyInAnEarlierQuestionsSentenceOrOptionsIsALeak() {
        Question mentions = choice("f1/mc", "f1", "When was it?", "July 2023", "s1",
                "The summit in Vilnius was in July 2023.", "May 2023");
        Question asks = choice("f2/mc", "f2", "Which city hosted the summit?", "Vilnius", "s2",
                "The host city was chosen.", "Riga");
        Question asOption = choice("f3/mc", "f3", "Which city hosts the secretariat?", "Brussels", "s3",
                "The secretariat sits there.", "Vilnius");
        List<Question> bank = List.of(mentions, asks, asOption);
        neverTogether(bank, "f1/mc", "f2/mc");
        neverTogether(bank, "f3/mc", "f2/mc");
        // f1 and f3 do not clash, so the greedy planner asks both whenever it starts without f2.
        assertTrue(java.util.stream.LongStream.range(0, 50).anyMatch(seed ->
                ids(QuizPlanner.plan(bank, Map.of(), 10, spread(seed))).equals(Set.of("f1/mc", "f3/mc"))));
    }

    @Test
    void twoQuestionsCitingOneSentenceNeverShareAQuiz() {
        Question first = new TrueFalse(common("f1/tf", List.of("f1"), "Rutte leads the alliance.", "", "s1",
                "Rutte leads the alliance and Lithuania hosts it."), true, List.of());
        Question second = new TrueFalse(common("f2/tf", List.of("f2"), "Latvia hosts the summit.", "", "s1",
                "Rutte leads the alliance and Lithuania hosts it."), false, List.of("Latvia"));
        neverTogether(List.of(first, second), "f1/tf", "f2/tf");
    }

    @Test
    void twoQuestionsWithOneKeyNeverShareAQuiz() {
        Question first = choice("f1/mc", "f1", "Who warned of troops?", "Rasmussen", "s1", "A former chief warned.",
                "Rutte");
        Question second = choice("f2/mc", "f2", "Who founded the consultancy?", "Rasmussen", "s2",
                "Its founder leads it.", "Yermak");
        neverTogether(List.of(first, second), "f1/mc", "f2/mc");
    }

    @Test
    void whenTheRulesLeaveFewerQuestionsTheQuizIsShorter() {
        Question a = choice("f1/mc", "f1", "Who?", "Rasmussen", "s1", "A chief spoke.", "Rutte");
        Question b = choice("f2/mc", "f2", "Who else?", "Rasmussen", "s2", "Another spoke.", "Yermak");
        Question c = choice("f3/mc", "f3", "And who?", "Rasmussen", "s3", "A third spoke.", "Stoltenberg");
        for (long seed = 0; seed < 20; seed++) {
            assertEquals(1, QuizPlanner.plan(List.of(a, b, c), Map.of(), 10, spread(seed)).size());
        }
    }

    @Test
    void questionsThatFitAreAllAsked() {
        Question a = choice("f1/mc", "f1", "Who leads?", "Rutte", "s1", "The leader spoke.", "Yermak");
        Question b = choice("f2/mc", "f2", "Which city?", "Vilnius", "s2", "The city was chosen.", "Riga");
        Question c = choice("f3/mc", "f3", "Which year?", "2023", "s3", "The year came.", "2022");
        assertEquals(Set.of("f1/mc", "f2/mc", "f3/mc"), ids(QuizPlanner.plan(List.of(a, b, c), Map.of(), 10,
                new Random(1))));
    }
}
