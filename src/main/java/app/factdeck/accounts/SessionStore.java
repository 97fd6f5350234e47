package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Server-side sessions in SQLite, so a redeploy never signs anyone out. The cookie carries a random id; the
 * table holds only its SHA-256, so a copy of the database cannot be replayed as cookies.
 */
public final class SessionStore {

    /** A signed-in session ends after this long without a request. */
    public static final Duration IDLE_LIMIT = Duration.ofDays(14);
    /** An anonymous one (holding only a CSRF token for the sign-in form) much sooner. */
    public static final Duration ANONYMOUS_IDLE_LIMIT = Duration.ofHours(2);
    /** last_seen is written at most this often, so reading pages does not write on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    /** When expired sessions were last swept; a sweep runs at most once a minute, from create(). */
    private final java.util.concurrent.atomic.AtomicReference<Instant> lastSweep =
            new java.util.concurrent.atomic.AtomicReference<>(Instant.EPOCH);

    public SessionStore(Database database) {
        this.database = database;
    }

    /** A session as a request sees it. */
    /**
     * A session, and its account when it is signed in to one that is not disabled (read with it, in the same query:
     * every page needs both).
     */
    public record Session(String idHash, Optional<Long> accountId, String csrfToken, Instant lastSeen,
                          Optional<Account> account) {
    }

    /** Creates a session and returns the cookie value for it (the raw id, never stored). */
    public String create(Optional<Long> accountId, Instant now) {
        sweepExpired(now);
        String id = randomToken();
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO web_session (id_hash, account_id, csrf_token, created_at, last_seen_at)
                    VALUES (?, ?, ?, ?, ?)""")) {
                s.setString(1, hash(id));
                if (accountId.isPresent()) {
                    s.setLong(2, accountId.get());
                } else {
                    s.setNull(2, java.sql.Types.INTEGER);
                }
                s.setString(3, randomToken());
                s.setLong(4, now.toEpochMilli());
                s.setLong(5, now.toEpochMilli());
                return s.executeUpdate();
            }
        });
        return id;
    }

    /** The live session for a cookie value; an expired one is deleted and not returned. */
    public Optional<Session> find(String cookieValue, Instant now) {
        if (cookieValue == null || cookieValue.length() != 43) {
            return Optional.empty();
        }
        String idHash = hash(cookieValue);
        Optional<Session> found = database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT s.account_id, s.csrf_token, s.last_seen_at,
                           a.id, a.username, a.display_name, a.role, a.must_change_password, a.disabled_at
                      FROM web_session s LEFT JOIN account a ON a.id = s.account_id AND a.disabled_at IS NULL
                     WHERE s.id_hash = ?""")) {
                q.setString(1, idHash);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long account = rs.getLong(1);
                    Optional<Long> accountId = rs.wasNull() ? Optional.empty() : Optional.of(account);
                    rs.getLong("id");
                    Optional<Account> active = rs.wasNull() ? Optional.empty() : Optional.of(AccountRepository.row(rs));
                    return Optional.of(new Session(idHash, accountId, rs.getString(2),
                            Instant.ofEpochMilli(rs.getLong(3)), active));
                }
            }
        });
        if (found.isEmpty()) {
            return found;
        }
        Session s = found.get();
        Duration limit = s.accountId().isPresent() ? IDLE_LIMIT : ANONYMOUS_IDLE_LIMIT;
        if (s.lastSeen().plus(limit).isBefore(now)) {
            delete(cookieValue);
            return Optional.empty();
        }
        if (s.lastSeen().plus(TOUCH_INTERVAL).isBefore(now)) {
            try {
                database.write(c -> {
                    try (PreparedStatement u = c.prepareStatement(
                            "UPDATE web_session SET last_seen_at = ? WHERE id_hash = ?")) {
                        u.setLong(1, now.toEpochMilli());
                        u.setString(2, idHash);
                        return u.executeUpdate();
                    }
                });
            } catch (app.factdeck.db.DatabaseException e) {
                // Only a reminder that the session is in use: with the disk full, reading a page must still work
                // (the failure is logged by the database and shown on /health).
                if (!e.kind().storage()) {
                    throw e;
                }
            }
        }
        return found;
    }

    public void delete(String cookieValue) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE id_hash = ?")) {
                s.setString(1, hash(cookieValue));
                return s.executeUpdate();
            }
        });
    }

    /** Signs an account out everywhere (after a password change or role change by an admin). */
    public void deleteAllOf(long accountId) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE account_id = ?")) {
                s.setLong(1, accountId);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Deletes sessions nobody can use any more, so visitors who open the sign-in page and leave do not pile up.
     * Expired means last seen longer ago than its idle limit (signed in or anonymous); the times are epoch
     * milliseconds, so one statement finds them all.
     */
    void sweepExpired(Instant now) {
        Instant last = lastSweep.get();
        if (last.plus(TOUCH_INTERVAL).isAfter(now) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        database.write(c -> {
            try (PreparedStatement d = c.prepareStatement("""
                    DELETE FROM web_session
                     WHERE (account_id IS NULL AND last_seen_at < ?)
                        OR (account_id IS NOT NULL AND last_seen_at < ?)""")) {
                d.setLong(1, now.minus(ANONYMOUS_IDLE_LIMIT).toEpochMilli());
                d.setLong(2, now.minus(IDLE_LIMIT).toEpochMilli());
                return d.executeUpdate();
            }
        });
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
