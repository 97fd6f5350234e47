package app.factdeck.quizzes;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.ContentLoader;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.core.TypedAnswer;
import app.factdeck.questions.types.numerical.Numerical;
import app.factdeck.questions.types.shortanswer.ShortAnswer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import app.factdeck.questions.types.truefalse.TrueFalse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grading on the hand-made fixture tree, one test per type, expected credits worked out by hand. */
class GraderTest {

    private static final app.factdeck.content.Library MINI = new ContentLoader()
            .load(Path.of("src/test/resources/content-fixtures/mini"));
    private static final List<Question> BANK = new QuestionGenerator(MINI, 7).generate("summit-news");
    private static final app.factdeck.questions.QuestionBank SERVED = app.factdeck.questions.QuestionBank.build(MINI, 7);

    @Test
    void multipleChoiceAndTrueFalseAreAllOrNothing() {
        // sn-6: "On March 1, 2023, …"; the ranked bank keeps its multiple choice (sn-4's shares a crowded sentence).
        Question mc = find("sn-6/multiple-choice/1");
        assertEquals(new Grade(1, true), Grader.grade(mc, Response.of("1 March 2023")));
        assertEquals(new Grade(0, false), Grader.grade(mc, Response.of(mc.listing().distractors().get(0))));
        assertEquals(Optional.of("Choose one of the answers."), Grader.incomplete(mc, Response.of("")));
        assertEquals(Optional.of("Choose one of the answers."), Grader.incomplete(mc, Response.of("Paris")));
        // The ranked bank keeps one of a fact's true/false twins, whichever: its own answer is right, the other wrong.
        List<TrueFalse> statements = BANK.stream().filter(q -> q instanceof TrueFalse).map(TrueFalse.class::cast)
                .toList();
        assertTrue(statements.stream().anyMatch(TrueFalse::truth) && statements.stream().anyMatch(t -> !t.truth()),
                "the bank has true and false statements");
        for (TrueFalse tf : statements) {
            assertTrue(Grader.grade(tf, Response.of(tf.truth() ? "True" : "False")).correct(), tf.id());
            assertFalse(Grader.grade(tf, Response.of(tf.truth() ? "False" : "True")).correct(), tf.id());
        }
    }

    @Test
    void anUnreadableDateIsRefusedWithTheExpectedFormWhileAWrongDateIsGraded() {
        Question when = new ShortAnswer(Question.Common.generated("x/short-answer/1", "x", List.of("x"), "When?",
                List.of(), "", List.of()), new TypedAnswer("30 September 2022",
                List.of("30 September 2022", "September 30, 2022"), Question.AnswerKind.DATE, List.of()));
        assertEquals(Optional.of("'Juy 2023' is not a date this quiz can read. Write a date such as 7 June 2023 or "
                + "2023-06-07."), Grader.incomplete(when, Response.of("Juy 2023")));
        assertEquals(Optional.empty(), Grader.incomplete(when, Response.of("1 October 2022")), "readable, so graded");
        assertFalse(Grader.grade(when, Response.of("1 October 2022")).correct());
        assertEquals(Optional.empty(), Grader.incomplete(when, Response.of("September 30, 2022")));
        assertTrue(Grader.grade(when, Response.of("September 30, 2022")).correct());
        assertEquals(Optional.empty(), Grader.correctSpelling(when, Response.of("30/09/2022")), "a date is no typo");
    }

    @Test
    void aTypoGradedRightCarriesTheSpellingItWasTakenFor() {
        Question q = find("sn-1/short-answer/person");
        assertTrue(Grader.grade(q, Response.of("Ana Lynd")).correct());
        assertTrue(Grader.correctSpelling(q, Response.of("Ana Lynd")).isPresent());
        assertTrue(q.listing().accepted().contains(Grader.correctSpelling(q, Response.of("Ana Lynd")).get()));
        assertEquals(Optional.empty(), Grader.correctSpelling(q, Response.of(q.listing().accepted().get(0).toUpperCase())));
    }

    @Test
    void typedAnswersUseTheMatchingRules() {
        Question q = find("sn-1/short-answer/person");
        assertTrue(Grader.grade(q, Response.of("lind")).correct());
        assertTrue(Grader.grade(q, Response.of("Ana Lynd")).correct());
        assertFalse(Grader.grade(q, Response.of("Bo Berg")).correct());
        assertEquals(Optional.of("Type your answer in the box."), Grader.incomplete(q, Response.of("  ")));
    }

    @Test
    void selectAllWeighsRightOptionsPlusAndWrongOptionsMinusAHundredPercent() {
        Question q = find("sn-5/multi-select/1"); // keys Estonia, Latvia, Lithuania; distractors Finland, Poland
        assertEquals(new Grade(1, true), Grader.grade(q, new Response(List.of("Estonia", "Latvia", "Lithuania"))));
        assertEquals(2.0 / 3, Grader.grade(q, new Response(List.of("Estonia", "Latvia"))).credit(), 1e-9);
        // 2 of 3 right (+2/3), 1 of 2 wrong (−1/2).
        assertEquals(1.0 / 6, Grader.grade(q, new Response(List.of("Estonia", "Latvia", "Poland"))).credit(), 1e-9);
        assertEquals(0, Grader.grade(q, new Response(List.of("Estonia", "Latvia", "Lithuania", "Finland", "Poland")))
                .credit(), 1e-9, "ticking everything earns nothing");
        assertEquals(0, Grader.grade(q, new Response(List.of("Finland"))).credit(), 1e-9, "never below zero");
    }

    @Test
    void orderingCountsPairsInTheRightOrder() {
        Question q = find("summit-news/ordering/1");
        List<String> right = q.listing().keys();
        assertEquals(new Grade(1, true), Grader.grade(q, new Response(right)));
        List<String> reversed = new ArrayList<>(right);
        Collections.reverse(reversed);
        assertEquals(0, Grader.grade(q, new Response(reversed)).credit(), 1e-9);
        // Swap the last two of three: pairs (1,2) and (1,3) right, (2,3) wrong.
        assertEquals(2.0 / 3, Grader.grade(q, new Response(List.of(right.get(0), right.get(2), right.get(1))))
                .credit(), 1e-9);
        assertEquals(Optional.of("Give each event a different position, from 1 to 3."),
                Grader.incomplete(q, new Response(List.of(right.get(0), right.get(0), right.get(1)))));
    }

    @Test
    void matchingCountsPeopleMatchedRight() {
        Question q = find("summit-news/matching/1"); // Lind-Foreign, Berg-Defence, Dahl-Prime
        assertEquals(1.0 / 3, Grader.grade(q, new Response(List.of("Foreign Minister", "Prime Minister",
                "Defence Minister"))).credit(), 1e-9);
        assertEquals(Optional.of("Choose a role for each person."),
                Grader.incomplete(q, new Response(List.of("Foreign Minister", "", "Prime Minister"))));
    }

    @org.junit.jupiter.api.Test
    void aNumericalAnswerIsRightWithinTheTeachersTolerance() {
        Question q = numerical(0.5);
        org.junit.jupiter.api.Assertions.assertTrue(Grader.grade(q, Response.of("9")).correct());
        org.junit.jupiter.api.Assertions.assertTrue(Grader.grade(q, Response.of("9,5")).correct(), "decimal comma");
        org.junit.jupiter.api.Assertions.assertTrue(Grader.grade(q, Response.of("8.5")).correct(), "edge");
        org.junit.jupiter.api.Assertions.assertFalse(Grader.grade(q, Response.of("9.51")).correct());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(
                "'nine' is not a number. Type it in digits, e.g. 32 or 2.5 (at most 30 digits, and no bigger than "
                + "1e30)."), Grader.incomplete(q, Response.of("nine")));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of("Type a number in the box."),
                Grader.incomplete(q, Response.of("")));
    }

    @Test
    void aNumberWithAHugeExponentIsNotANumberAndCostsNothingToRefuse() {
        Question q = numerical(0.5);
        long started = System.nanoTime();
        Optional<String> refused = Grader.incomplete(q, Response.of("1e30000000"));
        assertTrue(refused.orElseThrow().startsWith("'1e30000000' is not a number. Type it in digits"), refused.get());
        assertFalse(Grader.grade(q, Response.of("1e30000000")).correct());
        assertTrue(System.nanoTime() - started < 500_000_000L, "no 10^30,000,000 subtraction");
    }

    @Test
    void aToleranceStoredOutOfBoundsMatchesNothingAndStillShowsTheAnswer() {
        Question q = numerical(Double.POSITIVE_INFINITY);
        assertFalse(Grader.grade(q, Response.of("9")).correct(), "an Infinity tolerance would accept anything");
        assertEquals("9", q.correctAnswer());
    }

    @Test
    void aTypedAnswerLongerThanTwoHundredCharactersIsRefusedWithItsLength() {
        Question q = find("sn-1/short-answer/person");
        assertEquals(Optional.empty(), Grader.incomplete(q, Response.of("x".repeat(Grader.MAX_TYPED_ANSWER))));
        assertEquals(Optional.of("Your answer is 5,000 characters long; an answer has at most 200. Shorten it."),
                Grader.incomplete(q, Response.of("x".repeat(5_000))));
        assertTrue(Grader.incomplete(numerical(0), Response.of("1".repeat(201))).orElseThrow()
                .startsWith("Your answer is 201 characters long"));
    }

    private static Question numerical(double tolerance) {
        return new Numerical(new Question.Common("a/1/1", "summit-news", List.of(), "How many?", "", List.of(),
                List.of(), new Question.Authored(1, 1, "<p>How many?</p>", "")),
                List.of(new Numerical.Answer("9", tolerance, 1, "")));
    }

    /** Any item the generator makes, also one the bank's ranking keeps out of new quizzes (old ones still ask it). */
    private static Question find(String id) {
        return SERVED.find(id).orElseThrow(() -> new AssertionError(id));
    }
}
