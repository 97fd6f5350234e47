package app.factdeck.assignments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.assignments.AssignmentRules.Answers;
import app.factdeck.assignments.AssignmentRules.Attempt;
import app.factdeck.assignments.AssignmentRules.Counts;
import app.factdeck.assignments.AssignmentRules.Status;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
    // 1 March 2027 09:00 and 8 March 2027 17:00 in Kyiv (UTC+2 in winter).
    private static final Instant OPENS = Instant.parse("2027-03-01T07:00:00Z");
    private static final Instant DUE = Instant.parse("2027-03-08T15:00:00Z");

    private static AssignmentRules rules(int attempts, Counts counts, Answers answers, Instant lateUntil) {
        return new AssignmentRules(Optional.of(OPENS), Optional.of(DUE), Optional.ofNullable(lateUntil), attempts,
                counts, answers, KYIV);
    }

    private static Attempt submitted(long id, String at, double score) {
        Instant t = Instant.parse(at);
        return new Attempt(id, t.minusSeconds(600), Optional.of(t), score);
    }

    @Test
    void beforeItOpensTheStudentIsToldWhenInTheTeachersZone() {
        var start = rules(1, Counts.FIRST, Answers.IMMEDIATELY, null).start(OPENS.minusSeconds(60), List.of());
        assertFalse(start.allowed());
        assertEquals("This assignment opens on 1 March 2027 at 09:00 (Europe/Kyiv).", start.reason());
    }

    @Test
    void afterTheDueTimeNoNewAttemptStartsUnlessLateWorkIsTaken() {
        AssignmentRules strict = rules(0, Counts.BEST, Answers.IMMEDIATELY, null);
        assertTrue(strict.start(DUE.minusSeconds(1), List.of()).allowed());
        var refused = strict.start(DUE, List.of());
        assertFalse(refused.allowed());
        assertTrue(refused.reason().contains("closed on 8 March 2027 at 17:00"), refused.reason());

        AssignmentRules lenient = rules(0, Counts.BEST, Answers.IMMEDIATELY, DUE.plusSeconds(86_400));
        assertTrue(lenient.start(DUE.plusSeconds(3_600), List.of()).allowed());
        assertFalse(lenient.start(DUE.plusSeconds(86_400), List.of()).allowed());
    }

    @Test
    void anAttemptSubmittedAfterTheDueTimeIsLate() {
        AssignmentRules r = rules(0, Counts.BEST, Answers.IMMEDIATELY, DUE.plusSeconds(86_400));
        assertFalse(r.late(submitted(1, "2027-03-08T14:59:59Z", 1)));
        assertTrue(r.late(submitted(2, "2027-03-08T15:00:01Z", 1)));
        assertFalse(r.late(new Attempt(3, DUE.plusSeconds(5), Optional.empty(), 0)), "not submitted, not late");
    }

    @Test
    void theAttemptsAllowedAreCounted() {
        AssignmentRules two = rules(2, Counts.LAST, Answers.IMMEDIATELY, null);
        Instant now = OPENS.plusSeconds(3_600);
        assertTrue(two.start(now, List.of(submitted(1, "2027-03-02T10:00:00Z", 0.5))).allowed());
        var refused = two.start(now, List.of(submitted(1, "2027-03-02T10:00:00Z", 0.5),
                submitted(2, "2027-03-02T11:00:00Z", 0.7)));
        assertFalse(refused.allowed());
        assertEquals("You have used all 2 attempts at this assignment.", refused.reason());
        assertEquals("You have used your one attempt at this assignment.", rules(1, Counts.LAST, Answers.IMMEDIATELY,
                null).start(now, List.of(submitted(1, "2027-03-02T10:00:00Z", 0.5))).reason());
    }

    @Test
    void theCountingAttemptIsBestFirstOrLastOfTheSubmittedOnes() {
        List<Attempt> attempts = List.of(submitted(1, "2027-03-02T10:00:00Z", 0.4),
                submitted(2, "2027-03-03T10:00:00Z", 0.9), submitted(3, "2027-03-04T10:00:00Z", 0.9),
                submitted(4, "2027-03-05T10:00:00Z", 0.6), new Attempt(5, DUE.minusSeconds(60), Optional.empty(), 1.0));
        assertEquals(2, rules(0, Counts.BEST, Answers.IMMEDIATELY, null).counting(attempts).get().id(),
                "the earlier of two equal best scores");
        assertEquals(1, rules(0, Counts.FIRST, Answers.IMMEDIATELY, null).counting(attempts).get().id());
        assertEquals(4, rules(0, Counts.LAST, Answers.IMMEDIATELY, null).counting(attempts).get().id(),
                "the attempt in progress does not count");
        assertTrue(rules(0, Counts.BEST, Answers.IMMEDIATELY, null).counting(List.of()).isEmpty());
    }

    @Test
    void answersAreShownWhenTheReviewOptionAllows() {
        List<Attempt> one = List.of(submitted(1, "2027-03-02T10:00:00Z", 0.5));
        Instant during = OPENS.plusSeconds(86_400 * 2);
        assertTrue(rules(2, Counts.BEST, Answers.IMMEDIATELY, null).answersShown(during, one));
        assertFalse(rules(2, Counts.BEST, Answers.AFTER_LAST_ATTEMPT, null).answersShown(during, one));
        assertTrue(rules(1, Counts.BEST, Answers.AFTER_LAST_ATTEMPT, null).answersShown(during, one));
        assertTrue(rules(0, Counts.BEST, Answers.AFTER_LAST_ATTEMPT, null).answersShown(DUE, one),
                "unlimited attempts: the last one is the one made when it closes");
        assertFalse(rules(1, Counts.BEST, Answers.AFTER_DUE, null).answersShown(during, one));
        assertTrue(rules(1, Counts.BEST, Answers.AFTER_DUE, null).answersShown(DUE, one));
    }

    @Test
    void statusFollowsTheAttempts() {
        AssignmentRules r = rules(0, Counts.BEST, Answers.IMMEDIATELY, null);
        assertEquals(Status.NOT_STARTED, r.status(List.of()));
        assertEquals(Status.IN_PROGRESS, r.status(List.of(submitted(1, "2027-03-02T10:00:00Z", 1),
                new Attempt(2, DUE, Optional.empty(), 0))));
        assertEquals(Status.SUBMITTED, r.status(List.of(submitted(1, "2027-03-02T10:00:00Z", 1))));
    }

    @Test
    void inconsistentTimesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AssignmentRules(Optional.of(DUE), Optional.of(OPENS),
                Optional.empty(), 1, Counts.BEST, Answers.IMMEDIATELY, KYIV));
        assertThrows(IllegalArgumentException.class, () -> new AssignmentRules(Optional.empty(), Optional.of(DUE),
                Optional.of(DUE.minusSeconds(1)), 1, Counts.BEST, Answers.IMMEDIATELY, KYIV));
        assertThrows(IllegalArgumentException.class, () -> new AssignmentRules(Optional.empty(), Optional.empty(),
                Optional.empty(), AssignmentRules.MAX_ATTEMPTS + 1, Counts.BEST, Answers.IMMEDIATELY, KYIV));
    }

    @Test
    void withoutAnyTimesItIsAlwaysOpen() {
        AssignmentRules r = new AssignmentRules(Optional.empty(), Optional.empty(), Optional.empty(), 0, Counts.BEST,
                Answers.AFTER_LAST_ATTEMPT, KYIV);
        assertTrue(r.start(Instant.parse("2030-01-01T00:00:00Z"), List.of()).allowed());
        assertFalse(r.answersShown(Instant.parse("2030-01-01T00:00:00Z"), List.of()), "never closes, never shown");
        assertThrows(IllegalArgumentException.class, () -> new AssignmentRules(Optional.empty(), Optional.empty(),
                Optional.empty(), 0, Counts.BEST, Answers.AFTER_DUE, KYIV), "answers after a due time that is not set");
    }
}
