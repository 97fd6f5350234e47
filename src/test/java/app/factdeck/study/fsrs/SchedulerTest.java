package app.factdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every step of every history in vectors-histories.json, and what the vectors cannot show (fuzz, study days). */
class SchedulerTest {

    private static Scheduler schedulerFor(String configName) {
        JsonNode e = Vectors.HISTORIES.get("configs").get(configName).get("effective");
        List<Duration> learning = new ArrayList<>();
        e.get("learning_steps").forEach(s -> learning.add(FsrsParameters.parseStep(s.asText())));
        List<Duration> relearning = new ArrayList<>();
        e.get("relearning_steps").forEach(s -> relearning.add(FsrsParameters.parseStep(s.asText())));
        FsrsParameters p = new FsrsParameters(Vectors.doubles(e.get("w")), e.get("request_retention").asDouble(),
                e.get("maximum_interval").asInt(), learning, relearning, e.get("enable_short_term").asBoolean(),
                false);
        return new Scheduler(p, StudyDay.UTC_MIDNIGHT);
    }

    @Test
    void everyStepOfEveryReferenceHistory() {
        Vectors v = new Vectors();
        int steps = 0;
        for (JsonNode h : Vectors.HISTORIES.get("histories")) {
            Scheduler scheduler = schedulerFor(h.get("config").asText());
            Card card = Card.fresh(Instant.parse(h.get("start").asText()));
            for (JsonNode step : h.get("steps")) {
                String where = h.get("id").asText() + " #" + step.get("i").asInt();
                Instant at = Instant.parse(step.get("review_at").asText());
                Scheduler.Scheduling s = scheduler.schedule(card, at, 0);
                v.same(where + " elapsed days", step.get("elapsed_days").asInt(), s.elapsedDays());
                if (step.get("retrievability").isNumber()) {
                    v.close(where + " R", step.get("retrievability").asDouble(), s.retrievability().getAsDouble());
                } else {
                    v.same(where + " R for a new card", false, s.retrievability().isPresent());
                }
                Card after = s.outcome(Rating.ofGrade(step.get("rating").asInt()));
                check(v, where + " after", step.get("after"), after);
                v.same(where + " reps", step.get("after").get("reps").asInt(), after.reps());
                v.same(where + " lapses", step.get("after").get("lapses").asInt(), after.lapses());
                v.same(where + " last review", Instant.parse(step.get("after").get("last_review").asText()),
                        after.lastReview().orElseThrow());
                for (Rating g : Rating.values()) {
                    check(v, where + " preview " + g.label(), step.get("preview").get(g.label()), s.outcome(g));
                }
                card = after;
                steps++;
            }
        }
        assertEquals(276, steps, "the reference file's 28 histories hold 276 steps");
        v.verify(276 * (5 * 6 + 5));
    }

    private static void check(Vectors v, String where, JsonNode expected, Card actual) {
        v.same(where + " state", expected.get("state").asText(), actual.state().label());
        v.close(where + " stability", expected.get("stability").asDouble(), actual.stability());
        v.close(where + " difficulty", expected.get("difficulty").asDouble(), actual.difficulty());
        v.same(where + " due", Instant.parse(expected.get("due").asText()), actual.due());
        v.same(where + " scheduled days", expected.get("scheduled_days").asInt(), actual.scheduledDays());
        v.same(where + " step", expected.get("learning_steps").asInt(), actual.learningStep());
    }

    @Test
    void fuzzSpreadsReviewIntervalsInsideTheReferenceRangeAndRepeatsForTheSameSeed() {
        FsrsParameters fuzzed = FsrsParameters.defaults();
        Scheduler scheduler = new Scheduler(fuzzed, StudyDay.UTC_MIDNIGHT);
        Scheduler plain = new Scheduler(fuzzed.withFuzz(false), StudyDay.UTC_MIDNIGHT);
        Instant t0 = Instant.parse("2024-01-01T09:00:00Z");
        // A review card of stability 30 days, reviewed on time.
        Card card = new Card(CardState.REVIEW, new MemoryState(5, 30), t0.plus(Duration.ofDays(30)),
                java.util.Optional.of(t0), 30, 0, 5, 0);
        Instant now = t0.plus(Duration.ofDays(30));
        int base = plain.schedule(card, now, 0).outcome(Rating.GOOD).scheduledDays();
        int[] range = Fuzz.range(base, 30, FsrsParameters.MAX_INTERVAL);
        assertTrue(range[1] - range[0] >= 4, "a ~" + base + "-day interval has a spread of several days");
        Set<Integer> seen = new HashSet<>();
        for (long seed = 0; seed < 500; seed++) {
            int days = scheduler.schedule(card, now, seed).outcome(Rating.GOOD).scheduledDays();
            assertTrue(days >= range[0] && days <= range[1], days + " outside " + range[0] + "–" + range[1]);
            assertEquals(days, scheduler.schedule(card, now, seed).outcome(Rating.GOOD).scheduledDays(),
                    "the same seed gives the same interval (button label = result)");
            seen.add(days);
        }
        assertEquals(range[1] - range[0] + 1, seen.size(), "every day of the range is used");
        // Short intervals are never fuzzed: the first Good of a new card stays within its learning step.
        Card fresh = Card.fresh(t0);
        assertEquals(Duration.ofMinutes(10), Duration.between(t0, scheduler.schedule(fresh, t0, 7).outcome(Rating.GOOD).due()));
    }

    @Test
    void studyDaysRollOverAtTheChosenHourInTheUsersZone() {
        StudyDay berlin4am = new StudyDay(ZoneId.of("Europe/Berlin"), 4);
        // 23:50 and 00:10 Berlin time (winter, UTC+1) are the same study day with a 4 am rollover…
        Instant lateEvening = Instant.parse("2024-01-10T22:50:00Z");
        Instant afterMidnight = Instant.parse("2024-01-10T23:10:00Z");
        assertEquals(0, berlin4am.daysBetween(lateEvening, afterMidnight));
        // …but not in UTC-midnight days (ts-fsrs's rule), where 23:50 → 00:10 UTC is a day.
        assertEquals(1, StudyDay.UTC_MIDNIGHT.daysBetween(Instant.parse("2024-01-10T23:50:00Z"),
                Instant.parse("2024-01-11T00:10:00Z")));
        // 03:59 and 04:01 Berlin time are different days.
        assertEquals(1, berlin4am.daysBetween(Instant.parse("2024-01-11T02:59:00Z"), Instant.parse("2024-01-11T03:01:00Z")));
        assertEquals(Instant.parse("2024-01-11T03:00:00Z"), berlin4am.endOfDay(lateEvening));
        // Across the spring DST change the day still starts at 04:00 local (02:00 UTC in summer time).
        assertEquals(Instant.parse("2024-04-01T02:00:00Z"), berlin4am.endOfDay(Instant.parse("2024-03-31T12:00:00Z")));
        // A clock that went back never gives negative days.
        assertEquals(0, berlin4am.daysBetween(afterMidnight.plus(Duration.ofDays(3)), afterMidnight));
    }

    @Test
    void elapsedDaysFollowTheStudyDaySoALateNightReviewIsSameDay() {
        StudyDay local = new StudyDay(ZoneId.of("Europe/Berlin"), 4);
        Scheduler scheduler = new Scheduler(FsrsParameters.defaults().withFuzz(false), local);
        Instant first = Instant.parse("2024-01-10T22:50:00Z");   // 23:50 Berlin
        Card learning = scheduler.schedule(Card.fresh(first), first, 0).outcome(Rating.GOOD);
        Scheduler.Scheduling again = scheduler.schedule(learning, Instant.parse("2024-01-10T23:10:00Z"), 0);
        assertEquals(0, again.elapsedDays(), "00:10 is still the evening's study day");
    }

    @Test
    void stepsParseAsAnkiWritesThem() {
        assertEquals(Duration.ofMinutes(1), FsrsParameters.parseStep("1m"));
        assertEquals(Duration.ofMinutes(90), FsrsParameters.parseStep("1.5h"));
        assertEquals(Duration.ofDays(2), FsrsParameters.parseStep("2d"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FsrsParameters.parseStep("10 minutes"));
        assertTrue(e.getMessage().contains("e.g. 10m"), e.getMessage());
    }
}
