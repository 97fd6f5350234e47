package app.factdeck.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void fiveFailuresAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        assertEquals(Duration.ZERO, LoginThrottle.wait(4, T, T));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.wait(5, T, T));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.wait(6, T, T));
        assertEquals(Duration.ofSeconds(64), LoginThrottle.wait(11, T, T));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.wait(40, T, T));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        assertEquals(Duration.ofSeconds(24), LoginThrottle.wait(10, T, T.plusSeconds(8)));
        assertEquals(Duration.ZERO, LoginThrottle.wait(10, T, T.plusSeconds(40)));
    }
}
