package app.factdeck.accounts;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.db.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The throttle's SQL on a real SQLite file migrated by Flyway. */
@org.junit.jupiter.api.Tag("database")
class LoginThrottleTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theFreeFailuresPassThenTheWaitDoublesFromOneSecondUpToFifteenMinutes() {
        try (Database db = TestDatabases.open(dir.resolve("t.db"))) {
            LoginThrottle throttle = new LoginThrottle(db);
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                assertEquals(Optional.empty(), throttle.reserve("account:ana", LoginThrottle.SIGN_IN, T), "free " + i);
            }
            assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.reserve("account:ana", LoginThrottle.SIGN_IN, T));
            Instant at = T;
            long expected = 1;
            for (int i = 0; i < 14; i++) {
                at = at.plusSeconds(expected);
                assertEquals(Optional.empty(), throttle.reserve("account:ana", LoginThrottle.SIGN_IN, at),
                        "allowed once the wait of " + expected + " s is over");
                expected = Math.min(expected * 2, 900);
                assertEquals(Optional.of(Duration.ofSeconds(expected)), throttle.reserve("account:ana",
                        LoginThrottle.SIGN_IN, at));
            }
            assertEquals(900, expected, "capped at 15 minutes");
            assertEquals(Optional.of(Duration.ofSeconds(300)), throttle.reserve("account:ana", LoginThrottle.SIGN_IN,
                    at.plusSeconds(600)), "the wait runs from the last counted attempt, not from refused ones");
        }
    }

    @Test
    void aRefusedAttemptIsNotCountedAndClearStartsAfresh() {
        try (Database db = TestDatabases.open(dir.resolve("t.db"))) {
            LoginThrottle throttle = new LoginThrottle(db);
            for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
                throttle.reserve("account:bo", LoginThrottle.SIGN_IN, T);
            }
            for (int i = 0; i < 10; i++) {
                assertTrue(throttle.reserve("account:bo", LoginThrottle.SIGN_IN, T).isPresent());
            }
            assertEquals(LoginThrottle.FREE_FAILURES, throttle.failures("account:bo", LoginThrottle.SIGN_IN, T));
            throttle.clear("account:bo");
            assertEquals(0, throttle.failures("account:bo", LoginThrottle.SIGN_IN, T));
            assertEquals(Optional.empty(), throttle.reserve("account:bo", LoginThrottle.SIGN_IN, T));
        }
    }

    @Test
    void failuresAreForgottenAfterAQuietDay() {
        try (Database db = TestDatabases.open(dir.resolve("t.db"))) {
            LoginThrottle throttle = new LoginThrottle(db);
            for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
                throttle.count("account:ana", LoginThrottle.SIGN_IN, T);
            }
            assertTrue(throttle.reserve("account:ana", LoginThrottle.SIGN_IN, T).isPresent());
            Instant nextDay = T.plus(LoginThrottle.SIGN_IN.forgetAfter()).plusSeconds(1);
            assertEquals(0, throttle.failures("account:ana", LoginThrottle.SIGN_IN, nextDay));
            assertEquals(Optional.empty(), throttle.reserve("account:ana", LoginThrottle.SIGN_IN, nextDay));
            assertEquals(1, throttle.failures("account:ana", LoginThrottle.SIGN_IN, nextDay),
                    "one fresh failure after a quiet day, not the old ones plus one");
        }
    }

    @Test
    void withoutFreeFailuresTheFirstMissAlreadyWaits() {
        try (Database db = TestDatabases.open(dir.resolve("t.db"))) {
            LoginThrottle throttle = new LoginThrottle(db);
            assertEquals(Optional.empty(), throttle.reserve("account:cy", LoginThrottle.SIGN_IN_FROM_BUSY_ADDRESS, T));
            assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.reserve("account:cy",
                    LoginThrottle.SIGN_IN_FROM_BUSY_ADDRESS, T));
        }
    }
}
