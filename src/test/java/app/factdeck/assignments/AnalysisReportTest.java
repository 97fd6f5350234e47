package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which attempts the analysis counts, and the marks it gives them: rows as the store returns them (oldest attempt
 * first), one question each, worked by hand.
 */
class AnalysisReportTest {

    /** Attempt id, student, credit of its one question ("q"); null credit: not answered. */
    private static List<AnalysisStore.Row> rows(Object[]... attempts) {
        List<AnalysisStore.Row> out = new ArrayList<>();
        long t = 0;
        for (Object[] a : attempts) {
            Double credit = (Double) a[2];
            out.add(new AnalysisStore.Row((long) a[0], (long) a[1], Instant.ofEpochMilli(t++), 1, "q",
                    credit == null ? Optional.empty() : Optional.of(List.of("x")), credit == null ? 0 : credit));
        }
        return out;
    }

    // Student 1: attempts 10 (0) then 11 (1); students 2 and 3 one each: 20 (1), 30 unanswered.
    private static final List<AnalysisStore.Row> ROWS = rows(new Object[] {10L, 1L, 0.0}, new Object[] {20L, 2L, 1.0},
            new Object[] {11L, 1L, 1.0}, new Object[] {30L, 3L, null});

    @Test
    void theFirstAttemptOfEachStudentIsTheDefault() {
        // 10, 20, 30: marks 0, 1, 0 → facility 33.333; unanswered counts 0 and is counted as such.
        AnalysisReport.Report r = AnalysisReport.of(ROWS, AnalysisReport.Which.of(null), Set.of(), id -> Optional.empty());
        assertEquals(3, r.attempts());
        assertEquals(100.0 / 3, r.lines().get(0).stats().facility(), 1e-9);
        assertEquals(1, r.lines().get(0).unanswered());
    }

    @Test
    void theCountingAttemptsAndAllAttempts() {
        // Counting 11, 20, 30: marks 1, 1, 0 → 66.667. All four: 0, 1, 1, 0 → 50.
        assertEquals(200.0 / 3, AnalysisReport.of(ROWS, AnalysisReport.Which.COUNTING, Set.of(11L, 20L, 30L),
                id -> Optional.empty()).lines().get(0).stats().facility(), 1e-9);
        AnalysisReport.Report all = AnalysisReport.of(ROWS, AnalysisReport.Which.of("all"), Set.of(), id -> Optional.empty());
        assertEquals(4, all.attempts());
        assertEquals(50.0, all.lines().get(0).stats().facility(), 1e-9);
    }

    @Test
    void fewerThanThreeAttemptsGiveNoFigures() {
        AnalysisReport.Report r = AnalysisReport.of(ROWS.subList(0, 2), AnalysisReport.Which.FIRST, Set.of(),
                id -> Optional.empty());
        assertEquals(2, r.attempts());
        assertNull(r.test());
        assertEquals(List.of(), r.lines());
    }

    @Test
    void theRegradeNoticeCountsInTheRightNumberAndRepeatsNothingElseFromTheAddress() {
        assertEquals("; 1 response was regraded.", AnalysisController.regradedCount("1"));
        assertEquals("; 2 responses were regraded.", AnalysisController.regradedCount("2"));
        assertEquals("; 0 responses were regraded.", AnalysisController.regradedCount("0"));
        assertEquals(".", AnalysisController.regradedCount("all of them"));
        assertEquals(".", AnalysisController.regradedCount("12345678901"));
        assertEquals(".", AnalysisController.regradedCount(null));
    }
}
