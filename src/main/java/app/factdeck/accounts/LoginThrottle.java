package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exponential back-off for attempts that guess (sign-ins, sign-ups, join codes), per key: the first
 * {@code freeFailures} of a policy cost nothing, then each doubles the wait from 1 s, capped at 15 minutes; a key
 * with no failure for a day starts again from zero. Kept in SQLite so a restart does not reset it.
 *
 * <p>{@link #reserve} counts an attempt <em>before</em> the caller checks it, in one INSERT ... ON CONFLICT DO
 * UPDATE that only updates a key whose wait is over: of 40 parallel guesses exactly the free ones are let
 * through, and the rest are refused without hashing a password. The caller {@link #clear}s the key when the
 * attempt turns out right.
 *
 * <pre>{@code
 * Optional<Duration> wait = throttle.reserve("account:ana", LoginThrottle.SIGN_IN, now);
 * if (wait.isEmpty()) { ... check the password; on success throttle.clear("account:ana"); }
 * }</pre>
 */
public final class LoginThrottle {

    /**
     * @param freeFailures attempts counted before the first wait
     * @param maxWait      the longest wait
     * @param forgetAfter  a key with no failure for this long starts again from zero: old typos do not add up
     */
    record Policy(int freeFailures, Duration maxWait, Duration forgetAfter) {
        Policy {
            if (freeFailures < 1 || forgetAfter.compareTo(maxWait) <= 0 || forgetAfter.compareTo(PRUNE_AFTER) > 0) {
                throw new IllegalArgumentException("freeFailures >= 1 and maxWait < forgetAfter <= a day");
            }
        }
    }

    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Rows untouched this long are deleted now and then, so made-up usernames do not fill the disk. */
    static final Duration PRUNE_AFTER = Duration.ofHours(24);
    /** Wrong sign-ins to one account before the first wait (public: the several-instances test counts them). */
    public static final int FREE_FAILURES = 5;

    /** One account's sign-ins: wrong passwords (or an unknown username) from anywhere. */
    static final Policy SIGN_IN = new Policy(FREE_FAILURES, MAX_WAIT, PRUNE_AFTER);
    /** The same, from an address where many sign-ins failed lately: no free failures, the wait starts at once. */
    static final Policy SIGN_IN_FROM_BUSY_ADDRESS = new Policy(1, MAX_WAIT, PRUNE_AFTER);
    /**
     * Failed sign-ins from one client address, across accounts. This key never refuses anyone (a school behind
     * one NAT shares it); past {@link #BUSY_ADDRESS_FAILURES} it makes each account's own key stricter.
     */
    static final Policy ADDRESS = new Policy(1, MAX_WAIT, Duration.ofHours(1));
    static final int BUSY_ADDRESS_FAILURES = 30;
    /** Sign-ups from one client address: a class signing up together in a lesson, then slower and slower. */
    static final Policy SIGN_UP = new Policy(40, MAX_WAIT, PRUNE_AFTER);
    /** Join codes one account types (right or wrong; a right one must not reset the count of wrong ones). */
    static final Policy JOIN = new Policy(10, MAX_WAIT, PRUNE_AFTER);

    private static final String COUNT = """
            INSERT INTO throttle_counter (throttle_key, failures, backoff_ms, last_failed_at) VALUES (?, 1, ?, ?)
            ON CONFLICT (throttle_key) DO UPDATE SET
                failures = CASE WHEN throttle_counter.last_failed_at <= ? THEN 1
                                ELSE throttle_counter.failures + 1 END,
                backoff_ms = CASE WHEN throttle_counter.last_failed_at <= ? THEN ?
                                  WHEN throttle_counter.failures + 1 < ? THEN 0
                                  WHEN throttle_counter.backoff_ms = 0 THEN ?
                                  WHEN throttle_counter.backoff_ms * 2 > ? THEN ?
                                  ELSE throttle_counter.backoff_ms * 2 END,
                last_failed_at = excluded.last_failed_at""";
    /** The same upsert, updating only a key whose wait is over: no row changed means "wait". */
    private static final String RESERVE = COUNT + """

            WHERE throttle_counter.last_failed_at + throttle_counter.backoff_ms <= ?""";
    private static final int PRUNE_EVERY = 256;

    private final Database database;
    private final AtomicInteger writes = new AtomicInteger();

    public LoginThrottle(Database database) {
        this.database = database;
    }

    /**
     * Counts one attempt on {@code key} unless it has to wait.
     *
     * @return empty when the attempt is counted and may go ahead; otherwise the wait left
     */
    public Optional<Duration> reserve(String key, Policy policy, Instant now) {
        return database.write(c -> {
            prune(c, now);
            if (upsert(c, RESERVE, key, policy, now, true) == 1) {
                return Optional.<Duration>empty();
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT last_failed_at + backoff_ms FROM throttle_counter WHERE throttle_key = ?")) {
                q.setString(1, key);
                try (ResultSet rs = q.executeQuery()) {
                    long left = rs.next() ? rs.getLong(1) - now.toEpochMilli() : 0;
                    return Optional.of(Duration.ofMillis(Math.max(1, left)));
                }
            }
        });
    }

    /** Counts a failure on {@code key}, waiting or not (for keys that only inform, like a client address). */
    public void count(String key, Policy policy, Instant now) {
        database.write(c -> {
            prune(c, now);
            return upsert(c, COUNT, key, policy, now, false);
        });
    }

    /** Failures counted on {@code key} within its policy's memory. */
    public int failures(String key, Policy policy, Instant now) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT failures FROM throttle_counter WHERE throttle_key = ? AND last_failed_at > ?")) {
                q.setString(1, key);
                q.setLong(2, now.minus(policy.forgetAfter()).toEpochMilli());
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    public void clear(String key) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM throttle_counter WHERE throttle_key = ?")) {
                s.setString(1, key);
                return s.executeUpdate();
            }
        });
    }

    private static int upsert(Connection c, String sql, String key, Policy policy, Instant now, boolean onlyIfDue)
            throws SQLException {
        long at = now.toEpochMilli();
        long forgotten = now.minus(policy.forgetAfter()).toEpochMilli();
        long firstBackoff = policy.freeFailures() <= 1 ? FIRST_WAIT.toMillis() : 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.setLong(2, firstBackoff);
            s.setLong(3, at);
            s.setLong(4, forgotten);
            s.setLong(5, forgotten);
            s.setLong(6, firstBackoff);
            s.setInt(7, policy.freeFailures());
            s.setLong(8, FIRST_WAIT.toMillis());
            s.setLong(9, policy.maxWait().toMillis());
            s.setLong(10, policy.maxWait().toMillis());
            if (onlyIfDue) {
                s.setLong(11, at);
            }
            return s.executeUpdate();
        }
    }

    private void prune(Connection c, Instant now) throws SQLException {
        if (writes.incrementAndGet() % PRUNE_EVERY != 0) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM throttle_counter WHERE last_failed_at < ?")) {
            s.setLong(1, now.minus(PRUNE_AFTER).toEpochMilli());
            s.executeUpdate();
        }
    }
}
