package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Exponential back-off after repeated failed sign-ins, per account and per client address: the first
 * {@value #FREE_FAILURES} failures cost nothing, then each doubles the wait from 1 s, capped at 15 minutes.
 * Kept in SQLite so a restart does not reset it.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** A key with no failure for this long starts again from zero: old typos do not add up. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final Database database;

    public LoginThrottle(Database database) {
        this.database = database;
    }

    /** The wait before another attempt is allowed for any of {@code keys}, if one is still running. */
    public Optional<Duration> waitFor(List<String> keys, Instant now) {
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Optional<Duration> w = state(key).map(st -> wait(st.failures, st.lastFailed, now));
            if (w.isPresent() && w.get().compareTo(longest) > 0) {
                longest = w.get();
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** The back-off after {@code failures} failures, counted from the last one. Pure, for tests. */
    static Duration wait(int failures, Instant lastFailed, Instant now) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        Duration left = Duration.between(now, lastFailed.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void recordFailure(List<String> keys, Instant now) {
        database.write(c -> {
            for (String key : keys) {
                int failures = 1;
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT failures, last_failed_at FROM login_failure WHERE throttle_key = ?")) {
                    q.setString(1, key);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next() && Instant.parse(rs.getString(2)).plus(FORGET_AFTER).isAfter(now)) {
                            failures = rs.getInt(1) + 1;
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO login_failure (throttle_key, failures, last_failed_at) VALUES (?, ?, ?)
                        ON CONFLICT (throttle_key) DO UPDATE SET failures = excluded.failures,
                            last_failed_at = excluded.last_failed_at""")) {
                    s.setString(1, key);
                    s.setInt(2, failures);
                    s.setString(3, now.toString());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    public void clear(String key) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM login_failure WHERE throttle_key = ?")) {
                s.setString(1, key);
                return s.executeUpdate();
            }
        });
    }

    private record State(int failures, Instant lastFailed) {
    }

    private Optional<State> state(String key) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT failures, last_failed_at FROM login_failure WHERE throttle_key = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new State(rs.getInt(1), Instant.parse(rs.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }
}
