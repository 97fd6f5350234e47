package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts and site settings in SQL. Usernames are stored lower-case, so lookups ignore case. */
public final class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, role, must_change_password, disabled_at";

    private final Database database;

    public AccountRepository(Database database) {
        this.database = database;
    }

    /** @return the new account, or empty when the username is taken */
    public Optional<Account> create(String username, String displayName, String passwordHash, Role role,
                                    boolean mustChangePassword, Instant now) {
        return database.write(c -> {
            if (findByUsername(c, username).isPresent()) {
                return Optional.empty();
            }
            insert(c, username, displayName, passwordHash, role, mustChangePassword, now);
            return findByUsername(c, username);
        });
    }

    /**
     * One student of a roster: a new account in the class, or (with {@code reissue}) a new one-time password for
     * a member who has not signed in yet.
     */
    record Enrolment(String displayName, String usernameBase, String passwordHash, Optional<Long> reissue) {
    }

    /**
     * Creates or re-issues every enrolment in one transaction, all or nothing, numbering taken usernames
     * ({@code ana.lind}, {@code ana.lind2}, ...) by query rather than by trying to insert each candidate.
     *
     * @return each enrolment's username, or empty where the member to re-issue has meanwhile chosen a password
     */
    List<Optional<String>> enrol(long classId, List<Enrolment> enrolments, Instant now) {
        return database.write(c -> {
            List<Optional<String>> usernames = new ArrayList<>();
            Map<String, Set<String>> takenByBase = new HashMap<>();
            Set<String> allocated = new HashSet<>(); // this batch's, which a base looked up earlier has not seen
            for (Enrolment e : enrolments) {
                if (e.reissue().isPresent()) {
                    usernames.add(reissue(c, e.reissue().get(), e.passwordHash()));
                    continue;
                }
                Set<String> taken = takenByBase.computeIfAbsent(e.usernameBase(), base -> taken(c, base));
                String username = Usernames.candidate(e.usernameBase(), 1);
                for (int n = 2; taken.contains(username) || allocated.contains(username); n++) {
                    username = Usernames.candidate(e.usernameBase(), n);
                }
                allocated.add(username);
                long id = insert(c, username, e.displayName(), e.passwordHash(), Role.STUDENT, true, now);
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO class_member (class_id, account_id, joined_at) VALUES (?, ?, ?)
                        ON CONFLICT (class_id, account_id) DO NOTHING""")) {
                    s.setLong(1, classId);
                    s.setLong(2, id);
                    s.setLong(3, now.toEpochMilli());
                    s.executeUpdate();
                }
                usernames.add(Optional.of(username));
            }
            return usernames;
        });
    }

    /** Usernames that start with {@code base} (its numbered forms among them). */
    private static Set<String> taken(Connection c, String base) {
        try (PreparedStatement q = c.prepareStatement("SELECT username FROM account WHERE username LIKE ?")) {
            q.setString(1, base + "%"); // bases hold only a-z, 0-9 and dots: nothing LIKE treats specially
            Set<String> names = new HashSet<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new app.factdeck.db.DatabaseException("Database read failed: " + e.getMessage(), e);
        }
    }

    private static Optional<String> reissue(Connection c, long accountId, String passwordHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE account SET password_hash = ? WHERE id = ? AND must_change_password = 1")) {
            s.setString(1, passwordHash);
            s.setLong(2, accountId);
            if (s.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        // Whoever signed in with the old one-time password is signed out.
        try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE account_id = ?")) {
            s.setLong(1, accountId);
            s.executeUpdate();
        }
        try (PreparedStatement q = c.prepareStatement("SELECT username FROM account WHERE id = ?")) {
            q.setLong(1, accountId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static long insert(Connection c, String username, String displayName, String passwordHash, Role role,
                               boolean mustChangePassword, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO account (username, display_name, password_hash, role, must_change_password, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, normalise(username));
            s.setString(2, displayName);
            s.setString(3, passwordHash);
            s.setString(4, role.slug());
            s.setInt(5, mustChangePassword ? 1 : 0);
            s.setLong(6, now.toEpochMilli());
            s.executeUpdate();
        }
        return findByUsername(c, username).orElseThrow().id();
    }

    public Optional<Account> findByUsername(String username) {
        return database.read(c -> findByUsername(c, username));
    }

    public Optional<Account> findById(long id) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE id = ?")) {
                q.setLong(1, id);
                return one(q);
            }
        });
    }

    /** Whether any admin account exists (a fresh install has none until {@code user add --role admin}). */
    public boolean hasAdmin() {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM account WHERE role = 'admin' LIMIT 1");
                 ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        });
    }

    public Optional<String> passwordHash(long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT password_hash FROM account WHERE id = ?")) {
                q.setLong(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void updatePassword(long accountId, String passwordHash, boolean mustChange) {
        database.write(c -> setPassword(c, accountId, passwordHash, mustChange));
    }

    private static int setPassword(java.sql.Connection c, long accountId, String passwordHash, boolean mustChange)
            throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE account SET password_hash = ?, must_change_password = ? WHERE id = ?")) {
            s.setString(1, passwordHash);
            s.setInt(2, mustChange ? 1 : 0);
            s.setLong(3, accountId);
            return s.executeUpdate();
        }
    }

    /**
     * Sets a password that someone else chose or issued (a reset, {@code user passwd}) and signs the account out
     * everywhere, in one transaction: whoever knew the old password keeps no session.
     */
    public void replacePassword(long accountId, String passwordHash, boolean mustChange) {
        database.write(c -> {
            setPassword(c, accountId, passwordHash, mustChange);
            return deleteSessions(c, accountId);
        });
    }

    public void updateDisplayName(long accountId, String displayName) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE account SET display_name = ? WHERE id = ?")) {
                s.setString(1, displayName);
                s.setLong(2, accountId);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Disables an account (its sessions end in the same transaction) at {@code now}, or enables it again.
     *
     * @return false when it already was in that state
     */
    public boolean setDisabled(long accountId, boolean disabled, Instant now) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(disabled
                    ? "UPDATE account SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL"
                    : "UPDATE account SET disabled_at = NULL WHERE id = ? AND disabled_at IS NOT NULL")) {
                int i = 1;
                if (disabled) {
                    s.setLong(i++, now.toEpochMilli());
                }
                s.setLong(i, accountId);
                boolean changed = s.executeUpdate() == 1;
                if (disabled) {
                    deleteSessions(c, accountId);
                }
                return changed;
            }
        });
    }

    private static int deleteSessions(Connection c, long accountId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM web_session WHERE account_id = ?")) {
            s.setLong(1, accountId);
            return s.executeUpdate();
        }
    }

    public void updateRole(long accountId, Role role) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE account SET role = ? WHERE id = ?")) {
                s.setString(1, role.slug());
                s.setLong(2, accountId);
                return s.executeUpdate();
            }
        });
    }

    public List<Account> findAll() {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY username")) {
                return many(q);
            }
        });
    }

    public boolean isSignupOpen() {
        return setting("signup_open").map(Boolean::parseBoolean).orElse(true);
    }

    public void setSignupOpen(boolean open) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO site_setting (name, value) VALUES ('signup_open', ?)
                    ON CONFLICT (name) DO UPDATE SET value = excluded.value""")) {
                s.setString(1, Boolean.toString(open));
                return s.executeUpdate();
            }
        });
    }

    private Optional<String> setting(String name) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT value FROM site_setting WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<Account> findByUsername(Connection c, String username) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE username = ?")) {
            q.setString(1, normalise(username));
            return one(q);
        }
    }

    private static Optional<Account> one(PreparedStatement q) throws SQLException {
        List<Account> list = many(q);
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** The account on the result's current row, by the column names of {@link #COLUMNS}. */
    static Account row(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.fromSlug(rs.getString("role")), rs.getInt("must_change_password") == 1,
                rs.getObject("disabled_at") != null);
    }

    static List<Account> many(PreparedStatement q) throws SQLException {
        List<Account> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }
}
