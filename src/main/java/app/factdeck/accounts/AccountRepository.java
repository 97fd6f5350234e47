package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts and site settings in SQL. Usernames are stored lower-case, so lookups ignore case. */
public final class AccountRepository {

    private static final String COLUMNS = "id, username, display_name, role, must_change_password";

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
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO account (username, display_name, password_hash, role, must_change_password, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, normalise(username));
                s.setString(2, displayName);
                s.setString(3, passwordHash);
                s.setString(4, role.slug());
                s.setInt(5, mustChangePassword ? 1 : 0);
                s.setString(6, now.toString());
                s.executeUpdate();
            }
            return findByUsername(c, username);
        });
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
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE account SET password_hash = ?, must_change_password = ? WHERE id = ?")) {
                s.setString(1, passwordHash);
                s.setInt(2, mustChange ? 1 : 0);
                s.setLong(3, accountId);
                return s.executeUpdate();
            }
        });
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

    static List<Account> many(PreparedStatement q) throws SQLException {
        List<Account> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                        Role.fromSlug(rs.getString("role")), rs.getInt("must_change_password") == 1));
            }
        }
        return out;
    }
}
