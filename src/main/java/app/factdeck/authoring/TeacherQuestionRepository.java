package app.factdeck.authoring;

import app.factdeck.questions.core.QuestionDraft;
import app.factdeck.db.Database;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Review statuses of generated questions, teachers' questions and their versions, and the audit trail. */
public final class TeacherQuestionRepository {

    private static final ObjectMapper JSON = app.factdeck.questions.QuestionKinds.JSON;

    private final Database database;

    public TeacherQuestionRepository(Database database) {
        this.database = database;
    }

    /** A teacher's question at one version. */
    public record Stored(long id, String articleSlug, Optional<String> overrides, int version, int currentVersion,
                         boolean deleted, QuestionDraft draft) {
    }

    /** One line of the audit trail; {@code who} is the account's display name. */
    public record Change(String questionId, String action, String detail, String who, Instant at) {

        private static final java.time.format.DateTimeFormatter WHEN =
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", java.util.Locale.ENGLISH)
                        .withZone(java.time.ZoneOffset.UTC);

        public String when() {
            return WHEN.format(at);
        }

        /** "Hidden by Tess Lind, 23 Nov 2026, 10:04 UTC". */
        public String summary() {
            String verb = Character.toUpperCase(action.charAt(0)) + action.substring(1);
            return verb + (detail.isEmpty() ? "" : " (" + detail + ")") + " by " + who + ", " + when();
        }
    }

    /** The status of every generated question of an article that is not the default (approved). */
    public Map<String, String> statuses(String articleSlug) {
        return database.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT question_id, status FROM question_review WHERE article_slug = ?")) {
                q.setString(1, articleSlug);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** Generated questions hidden, or replaced by a teacher's question that is not deleted, in every article. */
    public java.util.Set<String> withheld() {
        return database.read(c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT question_id FROM question_review WHERE status = 'hidden'
                    UNION
                    SELECT overrides FROM authored_question WHERE overrides IS NOT NULL AND deleted_at IS NULL""");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public void setStatus(String questionId, String articleSlug, String status, long accountId, Instant now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO question_review (question_id, article_slug, status, changed_by, changed_at)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (question_id) DO UPDATE
                       SET status = excluded.status, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")) {
                s.setString(1, questionId);
                s.setString(2, articleSlug);
                s.setString(3, status);
                account(s, 4, accountId);
                s.setLong(5, now.toEpochMilli());
                s.executeUpdate();
            }
            audit(c, questionId, articleSlug, status, "", accountId, now);
            return null;
        });
    }

    /**
     * Stores new questions (version 1 each) in one transaction, so an import is all or nothing.
     *
     * @param action what the audit trail says: authored, overridden or imported
     * @return the new questions' ids, in order
     */
    public List<Long> create(String articleSlug, Optional<String> overrides, List<QuestionDraft> drafts,
                             String action, String detail, long accountId, Instant now) {
        return create(articleSlug, overrides, drafts, action, detail, accountId, now, c -> null);
    }

    /**
     * As {@link #create(String, Optional, List, String, String, long, Instant)}, after {@code first} in the same
     * transaction: when it throws, nothing is written (an import's "confirm once", the article's limit).
     */
    public List<Long> create(String articleSlug, Optional<String> overrides, List<QuestionDraft> drafts,
                             String action, String detail, long accountId, Instant now, Database.SqlWork<?> first) {
        return database.write(c -> {
            first.run(c);
            List<Long> ids = new ArrayList<>();
            for (QuestionDraft draft : drafts) {
                long id;
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO authored_question (article_slug, overrides, current_version, created_by, created_at)
                        VALUES (?, ?, 1, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                    s.setString(1, articleSlug);
                    s.setString(2, overrides.orElse(null));
                    account(s, 3, accountId);
                    s.setLong(4, now.toEpochMilli());
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                insertVersion(c, id, 1, draft, accountId, now);
                audit(c, "a/" + id, articleSlug, action, detail, accountId, now);
                if (overrides.isPresent()) {
                    audit(c, overrides.get(), articleSlug, "overridden", "by a/" + id, accountId, now);
                }
                ids.add(id);
            }
            return ids;
        });
    }

    /** How many teachers' questions (not deleted) the article has. */
    public int count(String articleSlug) {
        return database.read(c -> count(c, articleSlug));
    }

    static int count(Connection c, String articleSlug) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM authored_question WHERE article_slug = ? AND deleted_at IS NULL")) {
            q.setString(1, articleSlug);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Adds a version to a teacher's question; returns its number, or empty if the question is gone. */
    public Optional<Integer> edit(long id, QuestionDraft draft, long accountId, Instant now) {
        return database.write(c -> {
            Optional<Stored> current = find(c, id, -1);
            if (current.isEmpty() || current.get().deleted()) {
                return Optional.empty();
            }
            int version = current.get().currentVersion() + 1;
            insertVersion(c, id, version, draft, accountId, now);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE authored_question SET current_version = ? WHERE id = ?")) {
                s.setInt(1, version);
                s.setLong(2, id);
                s.executeUpdate();
            }
            audit(c, "a/" + id, current.get().articleSlug(), "edited", "version " + version, accountId, now);
            return Optional.of(version);
        });
    }

    /**
     * How many quiz attempts asked any version of teacher's question {@code id} ("a/12/1", "a/12/2", …): what the
     * delete confirmation tells the teacher. One indexed count, however many attempts there are.
     */
    public int attemptsUsing(long id) {
        return database.read(c -> {
            // Every id from "a/12/" up to, not including, "a/120" ('0' follows '/'): exactly the versions of a/12,
            // as a range the attempt_question_by_question index answers (a LIKE would scan the table in SQLite).
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT COUNT(DISTINCT attempt_id) FROM attempt_question
                     WHERE question_id >= ? AND question_id < ?""")) {
                q.setString(1, "a/" + id + "/");
                q.setString(2, "a/" + id + "0");
                try (java.sql.ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Takes a teacher's question out of quizzes; its versions stay for the answers that point at them. */
    public boolean delete(long id, long accountId, Instant now) {
        return database.write(c -> {
            Optional<Stored> current = find(c, id, -1);
            if (current.isEmpty() || current.get().deleted()) {
                return false;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE authored_question SET deleted_at = ? WHERE id = ?")) {
                s.setLong(1, now.toEpochMilli());
                s.setLong(2, id);
                s.executeUpdate();
            }
            audit(c, "a/" + id, current.get().articleSlug(), "deleted", "", accountId, now);
            if (current.get().overrides().isPresent()) {
                audit(c, current.get().overrides().get(), current.get().articleSlug(), "restored",
                        "its override a/" + id + " was deleted", accountId, now);
            }
            return true;
        });
    }

    /** The current version of every teacher's question of an article that is not deleted, oldest first. */
    public List<Stored> current(String articleSlug) {
        return database.read(c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(SELECT + """
                     WHERE q.article_slug = ? AND q.deleted_at IS NULL AND v.version = q.current_version
                     ORDER BY q.id""")) {
                q.setString(1, articleSlug);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(stored(rs));
                    }
                }
            }
            return out;
        });
    }

    /** A teacher's question at {@code version}, or at its current version when {@code version} is −1. */
    public Optional<Stored> find(long id, int version) {
        return database.read(c -> find(c, id, version));
    }

    /** An article's audit trail, newest first; {@code questionId} narrows it to one question when not null. */
    public List<Change> history(String articleSlug, String questionId) {
        return database.read(c -> {
            List<Change> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.question_id, a.action, a.detail, COALESCE(u.display_name, 'the command line or a deleted account'), a.at
                      FROM question_audit a LEFT JOIN account u ON u.id = a.account_id
                     WHERE a.article_slug = ?""" + (questionId == null ? "" : " AND a.question_id = ?")
                    + " ORDER BY a.at DESC, a.id DESC")) {
                q.setString(1, articleSlug);
                if (questionId != null) {
                    q.setString(2, questionId);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5))));
                    }
                }
            }
            return out;
        });
    }

    /** The latest change of each question of an article. */
    public Map<String, Change> lastChanges(String articleSlug) {
        Map<String, Change> out = new LinkedHashMap<>();
        for (Change change : history(articleSlug, null)) {
            out.putIfAbsent(change.questionId(), change);
        }
        return out;
    }

    private static final String SELECT = """
            SELECT q.id, q.article_slug, q.overrides, v.version, q.current_version, q.deleted_at, v.draft
              FROM authored_question q JOIN authored_question_version v ON v.question_id = q.id
            """;

    private static Optional<Stored> find(Connection c, long id, int version) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE q.id = ? AND v.version = "
                + (version < 0 ? "q.current_version" : "?"))) {
            q.setLong(1, id);
            if (version >= 0) {
                q.setInt(2, version);
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        }
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        rs.getLong(6);
        boolean deleted = !rs.wasNull();
        try {
            return new Stored(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)), rs.getInt(4),
                    rs.getInt(5), deleted, JSON.readValue(rs.getString(7), QuestionDraft.class));
        } catch (JsonProcessingException e) {
            throw new SQLException("Question a/" + rs.getLong(1) + " has an unreadable draft: " + e.getMessage(), e);
        }
    }

    private static void insertVersion(Connection c, long id, int version, QuestionDraft draft, long accountId,
                                      Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO authored_question_version (question_id, version, type, draft, author_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, draft.type().slug());
            s.setString(4, json(draft));
            account(s, 5, accountId);
            s.setLong(6, now.toEpochMilli());
            s.executeUpdate();
        }
    }

    private static void audit(Connection c, String questionId, String articleSlug, String action, String detail,
                              long accountId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO question_audit (question_id, article_slug, action, detail, account_id, at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, questionId);
            s.setString(2, articleSlug);
            s.setString(3, action);
            s.setString(4, detail);
            account(s, 5, accountId);
            s.setLong(6, now.toEpochMilli());
            s.executeUpdate();
        }
    }

    /** Who did it; 0 for the command line, which acts without an account. */
    private static void account(PreparedStatement s, int index, long accountId) throws SQLException {
        if (accountId > 0) {
            s.setLong(index, accountId);
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    private static String json(QuestionDraft draft) {
        try {
            return JSON.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft always serialises", e);
        }
    }
}
