package app.factdeck.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.study.CardStateRepository.LoggedReview;
import app.factdeck.study.CardStateRepository.StoredCard;
import app.factdeck.study.fsrs.Card;
import app.factdeck.study.fsrs.CardState;
import app.factdeck.study.fsrs.MemoryState;
import app.factdeck.study.fsrs.Rating;
import app.factdeck.study.fsrs.StudyDay;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Interval labels, the settings form and the dashboard figures: pure parts of the study feature. */
class StudyPartsTest {

    @Test
    void intervalLabelsReadAsAnkisButtons() {
        assertEquals("1m", IntervalLabel.of(Duration.ofSeconds(40), 0));
        assertEquals("6m", IntervalLabel.of(Duration.ofMinutes(6), 0));
        assertEquals("1h", IntervalLabel.of(Duration.ofMinutes(60), 0));
        assertEquals("1.5h", IntervalLabel.of(Duration.ofMinutes(90), 0));
        assertEquals("1d", IntervalLabel.of(Duration.ofDays(1), 1));
        assertEquals("8d", IntervalLabel.of(Duration.ofDays(8), 8));
        assertEquals("1.2mo", IntervalLabel.of(Duration.ofDays(36), 36));
        assertEquals("1y", IntervalLabel.of(Duration.ofDays(365), 365));
        assertEquals("2.7y", IntervalLabel.of(Duration.ofDays(1000), 1000));
    }

    @Test
    void settingsAcceptCommonWaysOfWritingThemAndRefuseTheRest() {
        SettingsForm ok = SettingsForm.read(Map.of("newCardsPerDay", " 15 ", "desiredRetention", "85 %",
                "maximumInterval", "365", "timeZone", "America/New_York", "dayStartsAt", "0"));
        StudySettings s = ok.settings().orElseThrow();
        assertEquals(new StudySettings(15, 0.85, 365, ZoneId.of("America/New_York"), 0), s);
        assertEquals(0.9, SettingsForm.read(Map.of("newCardsPerDay", "0", "desiredRetention", "0,9",
                "maximumInterval", "1", "timeZone", "UTC", "dayStartsAt", "23")).settings().orElseThrow().desiredRetention());
        SettingsForm bad = SettingsForm.read(Map.of("desiredRetention", "0.69", "timeZone", "Europe/Atlantis"));
        assertEquals(Optional.empty(), bad.settings());
        assertEquals(java.util.Set.of("newCardsPerDay", "desiredRetention", "maximumInterval", "timeZone", "dayStartsAt"),
                bad.errors().keySet(), "missing fields are errors too");
        assertEquals("Europe/Atlantis", bad.values().get("timeZone"), "typed input kept");
    }

    @Test
    void dashboardFiguresUseTheStudyDayAndCountOnlyGraduatedReviewsForRetention() {
        StudyDay day = new StudyDay(ZoneId.of("Europe/Kyiv"), 4);
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        Instant dayStart = Instant.parse("2026-03-02T02:00:00Z");   // 04:00 Kyiv
        List<StoredCard> cards = List.of(
                stored("overdue", CardState.REVIEW, now.minus(Duration.ofDays(4))),
                stored("tonight", CardState.REVIEW, Instant.parse("2026-03-02T23:00:00Z")),   // 01:00 Kyiv: still today
                stored("learning", CardState.LEARNING, now.plus(Duration.ofMinutes(10))),
                stored("in3days", CardState.REVIEW, now.plus(Duration.ofDays(3))),
                stored("in40days", CardState.REVIEW, now.plus(Duration.ofDays(40))));
        List<LoggedReview> reviews = List.of(
                new LoggedReview(dayStart.minusSeconds(60), Rating.GOOD, CardState.REVIEW),   // yesterday (03:59)
                new LoggedReview(dayStart.plusSeconds(60), Rating.AGAIN, CardState.REVIEW),
                new LoggedReview(now.minusSeconds(600), Rating.HARD, CardState.REVIEW),
                new LoggedReview(now.minusSeconds(300), Rating.AGAIN, CardState.NEW),          // not graduated: not counted
                new LoggedReview(now.minus(Duration.ofDays(31)), Rating.AGAIN, CardState.REVIEW)); // outside 30 days
        StudyStats stats = StudyStats.of(cards, reviews, 80, now, day);
        assertEquals(3, stats.dueToday());
        assertEquals(3, stats.reviewedToday());
        assertEquals(2, stats.passed());
        assertEquals(3, stats.reviewed());
        assertEquals("67 %", stats.trueRetentionText());
        assertEquals(30, stats.forecast().size());
        assertEquals(3, stats.forecast().get(0).count());
        assertEquals(1, stats.forecast().get(3).count());
        assertEquals(4, stats.forecastTotal(), "the 40-day card is beyond the forecast");
        assertEquals(100, stats.forecast().get(0).height());
        assertTrue(stats.forecast().get(3).height() > 0 && stats.forecast().get(3).height() < 50);
        assertEquals("—", StudyStats.of(cards, List.of(), 80, now, day).trueRetentionText());
    }

    private static StoredCard stored(String id, CardState state, Instant due) {
        return new StoredCard(id, "a", new Card(state, new MemoryState(5, 3), due, Optional.of(due.minus(Duration.ofDays(1))),
                1, 0, 1, 0), due.minus(Duration.ofDays(1)));
    }
}
