package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.assignments.ItemAnalysis.Attempt;
import app.factdeck.assignments.ItemAnalysis.Mark;
import app.factdeck.assignments.ItemAnalysis.QuestionStats;
import app.factdeck.assignments.ItemAnalysis.Result;
import app.factdeck.assignments.ItemAnalysis.TestStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every figure below was worked by hand from the formulas of Moodle's "Quiz statistics calculations" (sample
 * variances and covariances divide by n − 1), not read off the code; the working is in the comments.
 */
class ItemAnalysisTest {

    private static final double E = 1e-3;

    /** Four students, three one-mark questions at positions 1–3; rows are students A–D. */
    private static final int[][] FOUR = {
            {1, 1, 1},   // A total 3
            {1, 1, 0},   // B total 2
            {1, 0, 0},   // C total 1
            {0, 0, 1}};  // D total 1

    @Test
    void aHandWorkedMatrixGivesMoodlesFigures() {
        Result r = ItemAnalysis.of(fixed(FOUR), Map.of("q1", 50.0, "q2", 25.0, "q3", 0.0));
        QuestionStats q1 = r.questions().get(0);
        QuestionStats q2 = r.questions().get(1);
        QuestionStats q3 = r.questions().get(2);

        // q1 marks 1,1,1,0: mean .75 → facility 75; deviations .25,.25,.25,−.75, squares sum .75, /3 = .25, sd .5.
        assertEquals(4, q1.attempts());
        assertEquals(75.0, q1.facility(), E);
        assertEquals(50.0, q1.sd(), E);
        // Rest of the test (total − mark) 2,1,0,1, mean 1, deviations 1,0,−1,0.
        // Covariance (.25·1 + .25·0 + .25·−1 + −.75·0)/3 = 0 → discrimination 0.
        assertEquals(0.0, q1.discriminationIndex(), E);
        // Largest covariance: sorted marks 0,1,1,1 against sorted rest 0,1,1,2: (−.75·−1 + .25·0 + .25·0 + .25·1)/3
        // = 1/3; efficiency 0 / (1/3) = 0, below 15: dubious.
        assertEquals(0.0, q1.discriminativeEfficiency(), E);
        assertTrue(q1.dubious());

        // q2 marks 1,1,0,0: facility 50; variance 1/3, sd √(1/3) = 57.735 %.
        assertEquals(50.0, q2.facility(), E);
        assertEquals(57.735, q2.sd(), E);
        // Rest 2,1,1,1, mean 1.25, variance (.5625 + 3·.0625)/3 = .25.
        // Covariance (.5·.75 + .5·−.25 + −.5·−.25 + −.5·−.25)/3 = .5/3 = .16667.
        // Discrimination 100 · .16667 / √(.33333 · .25) = 57.735.
        assertEquals(57.735, q2.discriminationIndex(), E);
        // Sorted: marks 0,0,1,1 and rest 1,1,1,2 pair exactly as observed → covariance max .16667, efficiency 100.
        assertEquals(100.0, q2.discriminativeEfficiency(), E);
        assertFalse(q2.dubious());

        // q3 marks 1,0,0,1: facility 50, sd 57.735. Rest 2,2,1,0, mean 1.25, variance 2.75/3 = .91667.
        // Covariance (.5·.75 + −.5·.75 + −.5·−.25 + .5·−1.25)/3 = −.5/3 = −.16667.
        // Discrimination −.16667 / √(.33333 · .91667) = −30.151: negative, dubious.
        assertEquals(-30.151, q3.discriminationIndex(), E);
        // Sorted marks 0,0,1,1 with sorted rest 0,1,2,2: (.625 + .125 + .375 + .375)/3 = .5; efficiency −33.333.
        assertEquals(-33.333, q3.discriminativeEfficiency(), E);
        assertTrue(q3.dubious());

        // Weights. Intended: each question is 1 of 3 marks = 33.333 %.
        // Effective: covariance of each mark with the total (3,2,1,1; deviations 1.25,.25,−.75,−.75):
        // q1 .75/3 = .25, q2 1.5/3 = .5, q3 .5/3 = .16667; roots .5, .70711, .40825, sum 1.61536.
        assertEquals(33.333, q1.intendedWeight(), E);
        assertEquals(30.953, q1.effectiveWeight(), E);
        assertEquals(43.774, q2.effectiveWeight(), E);
        assertEquals(25.273, q3.effectiveWeight(), E);
        assertEquals(50.0, q1.randomGuess(), E);

        TestStats t = r.test();
        // Totals 3,2,1,1 of 3: mean 1.75 = 58.333 %; median (1 + 2)/2 = 1.5 = 50 %.
        assertEquals(4, t.attempts());
        assertEquals(58.333, t.mean(), E);
        assertEquals(50.0, t.median(), E);
        // Σd² = 1.5625 + .0625 + .5625 + .5625 = 2.75; sd √(2.75/3) = .95743 = 31.914 %.
        assertEquals(31.914, t.sd(), E);
        // Σd³ = 1.953125 + .015625 − .421875 − .421875 = 1.125; Σd⁴ = 2.441406 + .003906 + 2·.316406 = 3.078125.
        // m2 = .6875, m3 = .28125, m4 = .76953; k2 = 4·.6875/3 = .91667; k3 = 16·.28125/(3·2) = .75;
        // skewness .75 / .91667^1.5 = .85457.
        assertEquals(0.85457, t.skewness(), E);
        // k4 = 16·(5·.76953 − 3·3·.6875²)/(3·2·1) = 16·(3.84766 − 4.25391)/6 = −1.08333; kurtosis −1.08333/.84028.
        assertEquals(-1.28926, t.kurtosis(), E);
        // Alpha: positions' variances .25 + .33333 + .33333 = .91667 = k2, so 100·3/2·(1 − 1) = 0;
        // error ratio 100·√(1 − 0) = 100; standard error = sd = 31.914 %.
        assertEquals(0.0, t.internalConsistency(), E);
        assertEquals(100.0, t.errorRatio(), E);
        assertEquals(31.914, t.standardError(), E);
    }

    /** Five students where the questions agree with each other, so alpha is well above zero. */
    @Test
    void questionsThatAgreeGiveAPositiveAlpha() {
        int[][] rows = {{1, 1, 1}, {1, 1, 1}, {1, 1, 0}, {1, 0, 0}, {0, 0, 0}};
        TestStats t = ItemAnalysis.of(fixed(rows), Map.of()).test();
        // Totals 3,3,2,1,0: mean 1.8, Σd² = 1.44+1.44+.04+.64+3.24 = 6.8, k2 = 6.8/4 = 1.7.
        // Position variances: q1 1,1,1,1,0 → mean .8, Σd² = 4·.04 + .64 = .8, /4 = .2;
        // q2 1,1,1,0,0 → .6, Σd² = 3·.16 + 2·.36 = 1.2, /4 = .3; q3 1,1,0,0,0 → .3. Sum .8.
        // Alpha = 100 · 3/2 · (1 − .8/1.7) = 79.412; error ratio 100·√(1 − .79412) = 45.374;
        // standard error 45.374 % of sd √1.7 = 1.30384 marks = .59161 marks = 19.720 % of 3.
        assertEquals(79.412, t.internalConsistency(), E);
        assertEquals(45.374, t.errorRatio(), E);
        assertEquals(19.720, t.standardError(), E);
        assertEquals(60.0, t.mean(), E);
        assertEquals(66.667, t.median(), E);
    }

    /**
     * The browser story's class (AssignmentStoryBrowserIT): Ana, Ben and Zoë on three true/false questions and
     * one short answer. Ana gets the short answer wrong, Ben answers the first two (one right) and is closed at
     * the cut-off (the two he left score 0), Zoë gets all four. The story checks the item analysis page against
     * these figures, and against {@link #STORY_AFTER_REGRADE} once Ana's typed answer is accepted.
     */
    static final int[][] STORY = {
            {1, 1, 1, 0},   // Ana total 3
            {1, 0, 0, 0},   // Ben total 1
            {1, 1, 1, 1}};  // Zoë total 4

    /** The story's matrix after the teacher accepts Ana's typed answer to the fourth question. */
    static final int[][] STORY_AFTER_REGRADE = {{1, 1, 1, 1}, {1, 0, 0, 0}, {1, 1, 1, 1}};

    @Test
    void theBrowserStorysClassGivesTheseFigures() {
        Result r = ItemAnalysis.of(fixed(STORY), Map.of("q1", 50.0, "q2", 50.0, "q3", 50.0, "q4", 0.0));
        QuestionStats q1 = r.questions().get(0);
        QuestionStats q2 = r.questions().get(1);
        QuestionStats q3 = r.questions().get(2);
        QuestionStats q4 = r.questions().get(3);

        // q1 all right: facility 100, no spread, so no correlation, efficiency or effective weight.
        assertEquals(100.0, q1.facility(), E);
        assertEquals(0.0, q1.sd(), E);
        assertNull(q1.discriminationIndex());
        assertNull(q1.discriminativeEfficiency());
        assertFalse(q1.dubious());

        // q2 marks 1,0,1: mean 2/3 → facility 66.667; deviations 1/3,−2/3,1/3, Σd² = 6/9, /2 = 1/3, sd 57.735.
        assertEquals(66.667, q2.facility(), E);
        assertEquals(57.735, q2.sd(), E);
        // Rest (total − mark) 2,1,3, mean 2, deviations 0,−1,1, Σ = 2. Σ(dx·dr) = 0 + 2/3 + 1/3 = 1.
        // Discrimination 100 · 1 / √(6/9 · 2) = 100 / √(4/3) = 86.603.
        assertEquals(86.603, q2.discriminationIndex(), E);
        // Sorted marks 0,1,1 against sorted rest 1,2,3 pair as observed: efficiency 100.
        assertEquals(100.0, q2.discriminativeEfficiency(), E);
        // q3 has the same marks and the same rest.
        assertEquals(86.603, q3.discriminationIndex(), E);

        // q4 marks 0,0,1: facility 33.333, sd 57.735. Rest 3,1,3, mean 7/3, deviations 2/3,−4/3,2/3, Σd² = 24/9.
        // Σ(dx·dr) with dx −1/3,−1/3,2/3: −2/9 + 4/9 + 4/9 = 6/9. Discrimination (6/9) / √(6/9 · 24/9) = 6/12 = 50.
        assertEquals(33.333, q4.facility(), E);
        assertEquals(50.0, q4.discriminationIndex(), E);
        // Sorted marks 0,0,1 with sorted rest 1,3,3: Σ = (−1/3)(−4/3) + (−1/3)(2/3) + (2/3)(2/3) = 6/9 = observed: 100.
        assertEquals(100.0, q4.discriminativeEfficiency(), E);
        assertEquals(0.0, q4.randomGuess(), E);
        assertEquals(50.0, q2.randomGuess(), E);

        // Weights: each question is 1 of 4 marks, 25 %. Effective: covariance with the total (3,1,4; mean 8/3;
        // deviations 1/3,−5/3,4/3): q2 and q3 (1/9 + 10/9 + 4/9)/2 = 5/6, root .91287; q4 (−1/9 + 5/9 + 8/9)/2
        // = 2/3, root .81650; q1 0. Sum of roots 2.64224: q2 34.549 %, q4 30.902 %.
        assertEquals(25.0, q4.intendedWeight(), E);
        assertEquals(34.549, q2.effectiveWeight(), E);
        assertEquals(30.902, q4.effectiveWeight(), E);

        TestStats t = r.test();
        // Totals 3,1,4 of 4: mean 8/3 = 66.667 %, median 3 = 75 %.
        assertEquals(3, t.attempts());
        assertEquals(66.667, t.mean(), E);
        assertEquals(75.0, t.median(), E);
        // Σd² = 1/9 + 25/9 + 16/9 = 42/9; k2 = 7/3; sd √(7/3) = 1.52753 marks = 38.188 %.
        assertEquals(38.188, t.sd(), E);
        // Σd³ = (1 − 125 + 64)/27 = −20/9; m3 = −20/27; k3 = 9 · m3 / (2 · 1) = −10/3;
        // skewness −3.33333 / (7/3)^1.5 = −3.33333 / 3.56422 = −.93522. Kurtosis needs four attempts.
        assertEquals(-0.93522, t.skewness(), E);
        assertNull(t.kurtosis());
        // Alpha: position variances 0, 1/3, 1/3, 1/3 sum to 1; 100 · 4/3 · (1 − 1/(7/3)) = 1600/21 = 76.190.
        // Error ratio 100 · √(5/21) = 48.79500; standard error √(5/21 · 7/3) = √(5/9) = .74536 marks = 18.634 %.
        assertEquals(76.190, t.internalConsistency(), E);
        assertEquals(48.795, t.errorRatio(), E);
        assertEquals(18.634, t.standardError(), E);
    }

    @Test
    void theStorysClassAfterTheRegrade() {
        Result r = ItemAnalysis.of(fixed(STORY_AFTER_REGRADE), Map.of());
        // q4 marks now 1,0,1 like q2: facility 66.667; totals 4,1,4, 9 of 12 marks: mean 75 %.
        assertEquals(66.667, r.questions().get(3).facility(), E);
        assertEquals(75.0, r.test().mean(), E);
        // Rest for q4: 3,1,3 (as before the regrade, q4 excluded), deviations 2/3,−4/3,2/3, dx 1/3,−2/3,1/3:
        // Σ = 2/9 + 8/9 + 2/9 = 12/9; discrimination (12/9) / √(6/9 · 24/9) = 12/12 = 100.
        assertEquals(100.0, r.questions().get(3).discriminationIndex(), E);
    }

    @Test
    void everyoneRightLeavesNoSpreadToMeasure() {
        Result r = ItemAnalysis.of(fixed(new int[][] {{1, 1}, {1, 1}, {1, 1}}), Map.of());
        QuestionStats q = r.questions().get(0);
        assertEquals(100.0, q.facility(), E);
        assertEquals(0.0, q.sd(), E);
        // No variance: neither a correlation nor an efficiency exists, and nothing is flagged for it.
        assertNull(q.discriminationIndex());
        assertNull(q.discriminativeEfficiency());
        assertNull(q.effectiveWeight());
        assertFalse(q.dubious());
        TestStats t = r.test();
        assertEquals(100.0, t.mean(), E);
        assertEquals(0.0, t.sd(), E);
        assertNull(t.skewness());
        assertNull(t.kurtosis());
        assertNull(t.internalConsistency());
    }

    @Test
    void everyoneWrongIsFacilityZeroWithNoCorrelation() {
        Result r = ItemAnalysis.of(fixed(new int[][] {{0, 0}, {0, 0}, {0, 0}, {0, 0}}), Map.of());
        assertEquals(0.0, r.questions().get(1).facility(), E);
        assertNull(r.questions().get(1).discriminationIndex());
        assertEquals(0.0, r.test().mean(), E);
        assertEquals(0.0, r.test().median(), E);
    }

    @Test
    void oneStudentHasAMeanButNoSpread() {
        Result r = ItemAnalysis.of(fixed(new int[][] {{1, 0, 1}}), Map.of());
        assertEquals(66.667, r.test().mean(), E);
        assertNull(r.test().sd());
        assertNull(r.questions().get(0).sd());
        assertNull(r.questions().get(0).discriminationIndex());
    }

    @Test
    void aQuestionThatVariesInATestThatDoesNotHasNoDiscrimination() {
        // Every total is 1: q1 and q2 swap. The rest of the test for q1 is 0,1,0,1 → it varies, but the total does
        // not: k2 = 0, so no skewness or alpha; q1's covariance with the rest is −1/3 → discrimination −100.
        Result r = ItemAnalysis.of(fixed(new int[][] {{1, 0}, {0, 1}, {1, 0}, {0, 1}}), Map.of());
        assertEquals(0.0, r.test().sd(), E);
        assertNull(r.test().internalConsistency());
        assertEquals(-100.0, r.questions().get(0).discriminationIndex(), E);
        assertTrue(r.questions().get(0).dubious());
    }

    @Test
    void drawnQuestionsAreMeasuredOverTheAttemptsThatHeldThem() {
        // Three attempts of two questions each, drawn from four: qa is in all, qb only in the first two.
        List<Attempt> attempts = List.of(
                new Attempt(1, List.of(new Mark("qa", 1, 1, 1), new Mark("qb", 2, 1, 1))),
                new Attempt(2, List.of(new Mark("qa", 1, 0, 1), new Mark("qb", 2, 0, 1))),
                new Attempt(3, List.of(new Mark("qc", 1, 1, 1), new Mark("qa", 2, 1, 1))));
        Result r = ItemAnalysis.of(attempts, Map.of());
        QuestionStats qb = r.questions().stream().filter(q -> q.questionId().equals("qb")).findFirst().orElseThrow();
        QuestionStats qa = r.questions().stream().filter(q -> q.questionId().equals("qa")).findFirst().orElseThrow();
        QuestionStats qc = r.questions().stream().filter(q -> q.questionId().equals("qc")).findFirst().orElseThrow();
        assertEquals(2, qb.attempts());
        assertEquals(50.0, qb.facility(), E);
        // qb marks 1,0 with rest 1,0: perfectly correlated.
        assertEquals(100.0, qb.discriminationIndex(), E);
        assertEquals(3, qa.attempts());
        // qa marks 1,0,1 (mean 2/3) with rest 1,0,1: correlation 1.
        assertEquals(100.0, qa.discriminationIndex(), E);
        // qc held once: a facility, nothing that needs a spread.
        assertEquals(1, qc.attempts());
        assertNull(qc.sd());
        assertEquals(50.0, qa.intendedWeight(), E);
    }

    @Test
    void partialMarksAreShareOfTheQuestionsMaximum() {
        // A two-mark question scored 2, 1, 0 and a one-mark question scored 1, 1, 0.
        List<Attempt> attempts = List.of(
                new Attempt(1, List.of(new Mark("m", 1, 2, 2), new Mark("o", 2, 1, 1))),
                new Attempt(2, List.of(new Mark("m", 1, 1, 2), new Mark("o", 2, 1, 1))),
                new Attempt(3, List.of(new Mark("m", 1, 0, 2), new Mark("o", 2, 0, 1))));
        Result r = ItemAnalysis.of(attempts, Map.of());
        // m: mean 1 of 2 = 50 %; variance ((1)² + 0 + (−1)²)/2 = 1, sd 1 of 2 = 50 %. Intended weight 2 of 3.
        assertEquals(50.0, r.questions().get(0).facility(), E);
        assertEquals(50.0, r.questions().get(0).sd(), E);
        assertEquals(66.667, r.questions().get(0).intendedWeight(), E);
        // Totals 3,2,0 of 3: mean 5/3 = 55.556 %.
        assertEquals(55.556, r.test().mean(), E);
    }

    @Test
    void noAttemptsGiveNoFigures() {
        Result r = ItemAnalysis.of(List.of(), Map.of());
        assertNull(r.test());
        assertTrue(r.questions().isEmpty());
    }

    private static List<Attempt> fixed(int[][] rows) {
        List<Attempt> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            List<Mark> marks = new ArrayList<>();
            for (int j = 0; j < rows[i].length; j++) {
                marks.add(new Mark("q" + (j + 1), j + 1, rows[i][j], 1));
            }
            out.add(new Attempt(i + 1, marks));
        }
        return out;
    }
}
