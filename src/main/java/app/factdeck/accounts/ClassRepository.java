package app.factdeck.accounts;

import app.factdeck.db.Database;
import app.factdeck.web.Forbidden;
import app.factdeck.web.NotFound;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Classes, their join codes and members. */
public final class ClassRepository {

    /** No 0/O, 1/I/L: a code read aloud or copied from a board is typed right. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A teacher's class page for a class that does not exist, or an address that is no class number. */
    public static final String NO_SUCH_CLASS = "There is no such class. Your classes are listed under Classes.";

    private final Database database;

    public ClassRepository(Database database) {
        this.database = database;
    }

    public record SchoolClass(long id, String name, long teacherId, String joinCode, int students) {
    }

    public SchoolClass create(String name, long teacherId, Instant now) {
        return database.write(c -> {
            String code;
            do {
                code = newCode();
            } while (findByCode(c, code).isPresent());
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO school_class (name, teacher_id, join_code, created_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, name);
                s.setLong(2, teacherId);
                s.setString(3, code);
                s.setLong(4, now.toEpochMilli());
                s.executeUpdate();
            }
            return findByCode(c, code).orElseThrow();
        });
    }

    public List<SchoolClass> findByTeacher(long teacherId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE k.teacher_id = ? GROUP BY k.id ORDER BY k.name")) {
                q.setLong(1, teacherId);
                return many(q);
            }
        });
    }

    public Optional<SchoolClass> find(long id) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE k.id = ? GROUP BY k.id")) {
                q.setLong(1, id);
                List<SchoolClass> l = many(q);
                return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
            }
        });
    }

    /**
     * The class, if {@code teacher} teaches it (admins may open any class).
     *
     * @throws NotFound when there is no such class; Forbidden when it belongs to another teacher
     */
    public SchoolClass requireTaughtBy(long classId, Account teacher) {
        SchoolClass k = find(classId).orElseThrow(() -> new NotFound(NO_SUCH_CLASS));
        if (k.teacherId() != teacher.id() && teacher.role() != Role.ADMIN) {
            throw new Forbidden("This class belongs to another teacher.");
        }
        return k;
    }

    public Optional<SchoolClass> findByCode(String code) {
        return database.read(c -> findByCode(c, code));
    }

    /** The members of a class, sorted by {@link NameOrder} (not in SQL: the engines' collations differ). */
    public List<Account> members(long classId) {
        List<Account> members = database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.id, a.username, a.display_name, a.role, a.must_change_password, a.disabled_at
                      FROM class_member m JOIN account a ON a.id = m.account_id
                     WHERE m.class_id = ?""")) {
                q.setLong(1, classId);
                return AccountRepository.many(q);
            }
        });
        members.sort(NameOrder.byName());
        return members;
    }

    public boolean isMember(long classId, long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT 1 FROM class_member WHERE class_id = ? AND account_id = ?")) {
                q.setLong(1, classId);
                q.setLong(2, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** A class someone is in, as their account page lists it. */
    public record Membership(long classId, String className, String teacherName) {
    }

    /** The classes {@code accountId} is a member of, by name. */
    public List<Membership> membershipsOf(long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT k.id, k.name, t.display_name
                      FROM class_member m
                      JOIN school_class k ON k.id = m.class_id
                      JOIN account t ON t.id = k.teacher_id
                     WHERE m.account_id = ?
                     ORDER BY k.name, k.id""")) {
                q.setLong(1, accountId);
                List<Membership> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Membership(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /** @return false when the account was already a member */
    public boolean join(long classId, long accountId, Instant now) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO class_member (class_id, account_id, joined_at) VALUES (?, ?, ?)
                    ON CONFLICT (class_id, account_id) DO NOTHING""")) {
                s.setLong(1, classId);
                s.setLong(2, accountId);
                s.setLong(3, now.toEpochMilli());
                return s.executeUpdate() == 1;
            }
        });
    }

    /** @return false when the account was not a member */
    public boolean remove(long classId, long accountId) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM class_member WHERE class_id = ? AND account_id = ?")) {
                s.setLong(1, classId);
                s.setLong(2, accountId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Codes are compared without case or spaces: "ab3 k9x" finds AB3K9X. */
    static String normaliseCode(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static final String SELECT = """
            SELECT k.id, k.name, k.teacher_id, k.join_code, COUNT(m.account_id) AS students
              FROM school_class k LEFT JOIN class_member m ON m.class_id = k.id""";

    private static Optional<SchoolClass> findByCode(java.sql.Connection c, String code) throws java.sql.SQLException {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE k.join_code = ? GROUP BY k.id")) {
            q.setString(1, normaliseCode(code));
            List<SchoolClass> l = many(q);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    private static List<SchoolClass> many(PreparedStatement q) throws java.sql.SQLException {
        List<SchoolClass> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new SchoolClass(rs.getLong("id"), rs.getString("name"), rs.getLong("teacher_id"),
                        rs.getString("join_code"), rs.getInt("students")));
            }
        }
        return out;
    }

    private static String newCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }
}
