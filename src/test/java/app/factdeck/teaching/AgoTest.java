package app.factdeck.teaching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The home page's "last activity" wording, at the edges of each unit. */
class AgoTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static String ago(Duration d) {
        return Ago.since(NOW.minus(d), NOW);
    }

    @Test
    void eachUnitStartsAtOneAndCountsInWholeUnits() {
        assertEquals("just now", ago(Duration.ofSeconds(59)));
        assertEquals("1 minute ago", ago(Duration.ofSeconds(60)));
        assertEquals("59 minutes ago", ago(Duration.ofMinutes(59).plusSeconds(59)));
        assertEquals("1 hour ago", ago(Duration.ofHours(1)));
        assertEquals("23 hours ago", ago(Duration.ofHours(24).minusSeconds(1)));
        assertEquals("1 day ago", ago(Duration.ofDays(1)));
        assertEquals("13 days ago", ago(Duration.ofDays(14).minusSeconds(1)));
        assertEquals("on 16 Nov 2026", ago(Duration.ofDays(14)));
    }

    @Test
    void aTimeAheadOfTheClockIsJustNow() {
        assertEquals("just now", Ago.since(NOW.plusSeconds(30), NOW));
    }
}
