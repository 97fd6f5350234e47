package app.factdeck.assignments;

import app.factdeck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Assignments, their fixed sets, and which quiz attempts were made for them. The reads the gradebook and a
 * student's home make are one query each over every attempt they show (never one per cell).
 */
public final class AssignmentStore {

    private final Database database;

    public AssignmentStore(Database database) {
        this.database = database;
    }

    /**
     * An attempt made for an assignment, as the gradebook and the rules read it: {@code finishedAt} is when the
     * student answered the last question, or the cut-off when it was closed then ({@code closed}).
     */
    public record StoredAttempt(long attemptId, long assignmentId, long accountId, Instant startedAt,
                                Optional<Instant> finishedAt, boolean closed, int questions, int answered,
                                double credit) {

        /** The share of the points earned, 0 to 1. */
        public double score() {
            return questions == 0 ? 0 : credit / questions;
        }

        public AssignmentRules.Attempt asRulesSee() {
            return new AssignmentRules.Attempt(attemptId, startedAt, finishedAt, score());
        }
    }

    public long create(long classId, Assignment.Draft d, long teacherId, Instant now) {
        return database.write(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO assignment (class_id, title, article_slug, drawn, opens_at, due_at, late_until,
                                            time_zone, attempts_allowed, counts, answers_shown, created_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, classId);
                int next = bind(s, 2, d);
                s.setLong(next, teacherId);
                s.setLong(next + 1, now.toEpochMilli());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertFixed(c, id, d.fixed());
            return id;
        });
    }

    public void update(long id, Assignment.Draft d) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE assignment SET title = ?, article_slug = ?, drawn = ?, opens_at = ?, due_at = ?,
                           late_until = ?, time_zone = ?, attempts_allowed = ?, counts = ?, answers_shown = ?
                     WHERE id = ?""")) {
                int next = bind(s, 1, d);
                s.setLong(next, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM assignment_question WHERE assignment_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            insertFixed(c, id, d.fixed());
            return null;
        });
    }

    /** Deletes the assignment and its links; the attempts stay as the students' ordinary quizzes. */
    public void delete(long id) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM assignment WHERE id = ?")) {
                s.setLong(1, id);
                return s.executeUpdate();
            }
        });
    }

    public Optional<Assignment> find(long id) {
        List<Assignment> found = select("a.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The class's assignments, newest first. */
    public List<Assignment> ofClass(long classId) {
        return select("a.class_id = ?", classId);
    }

    /** The assignments of every class the account is a member of, with their class's name, newest first. */
    public List<Map.Entry<Assignment, String>> forMember(long accountId) {
        List<Assignment> list = select("a.class_id IN (SELECT m.class_id FROM class_member m WHERE m.account_id = ?)",
                accountId);
        Map<Long, String> names = database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT k.id, k.name FROM school_class k JOIN class_member m ON m.class_id = k.id
                     WHERE m.account_id = ?""")) {
                q.setLong(1, accountId);
                Map<Long, String> out = new LinkedHashMap<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getString(2));
                    }
                }
                return out;
            }
        });
        return list.stream().map(a -> Map.entry(a, names.getOrDefault(a.classId(), ""))).toList();
    }

    /** The assignment an attempt was made for, if any. */
    public Optional<Assignment> ofAttempt(long attemptId) {
        List<Assignment> found = select("a.id = (SELECT l.assignment_id FROM assignment_attempt l WHERE l.attempt_id = ?)",
                attemptId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public void link(long attemptId, long assignmentId, long accountId) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO assignment_attempt (attempt_id, assignment_id, account_id) VALUES (?, ?, ?)")) {
                s.setLong(1, attemptId);
                s.setLong(2, assignmentId);
                s.setLong(3, accountId);
                return s.executeUpdate();
            }
        });
    }

    /** Every attempt made for the class's assignments, oldest first: the gradebook's one read of attempts. */
    public List<StoredAttempt> attemptsOfClass(long classId) {
        return attempts("l.assignment_id IN (SELECT a.id FROM assignment a WHERE a.class_id = ?)", classId);
    }

    /** The account's attempts at every assignment, oldest first. */
    public List<StoredAttempt> attemptsOf(long accountId) {
        return attempts("l.account_id = ?", accountId);
    }

    public List<StoredAttempt> attemptsOf(long assignmentId, long accountId) {
        return attempts("l.assignment_id = ? AND l.account_id = ?", assignmentId, accountId);
    }

    public Optional<StoredAttempt> attempt(long attemptId) {
        List<StoredAttempt> found = attempts("l.attempt_id = ?", attemptId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Closes every assignment attempt still in progress whose assignment's cut-off (late-until, else due time) is
     * at or before {@code now}: finished at the cut-off, with how many questions had answers. Returns how many.
     */
    public int closeOverdue(Instant now) {
        // Read first: most requests find nothing to close, and a read takes no write lock.
        boolean due = database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(OVERDUE.replace("UPDATE_SET", "SELECT 1 FROM assignment_attempt")
                    + " LIMIT 1")) {
                q.setLong(1, now.toEpochMilli());
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
        if (!due) {
            return 0;
        }
        return database.write(c -> {
            int closed;
            try (PreparedStatement s = c.prepareStatement(OVERDUE.replace("UPDATE_SET", """
                    UPDATE assignment_attempt
                       SET ended = 'closed',
                           answered = (SELECT COUNT(*) FROM attempt_response r WHERE r.attempt_id = assignment_attempt.attempt_id),
                           questions = (SELECT COUNT(*) FROM attempt_question x WHERE x.attempt_id = assignment_attempt.attempt_id)
                    """))) {
                s.setLong(1, now.toEpochMilli());
                closed = s.executeUpdate();
            }
            if (closed > 0) {
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE quiz_attempt
                           SET finished_at = (SELECT COALESCE(a.late_until, a.due_at)
                                                FROM assignment_attempt l JOIN assignment a ON a.id = l.assignment_id
                                               WHERE l.attempt_id = quiz_attempt.id)
                         WHERE finished_at IS NULL
                           AND id IN (SELECT l.attempt_id FROM assignment_attempt l WHERE l.ended = 'closed')""")) {
                    s.executeUpdate();
                }
            }
            return closed;
        });
    }

    /** The links of attempts still in progress past their assignment's cut-off; UPDATE_SET is the statement's head. */
    private static final String OVERDUE = """
            UPDATE_SET
             WHERE ended IS NULL
               AND EXISTS (SELECT 1 FROM quiz_attempt q WHERE q.id = assignment_attempt.attempt_id AND q.finished_at IS NULL)
               AND assignment_id IN (SELECT a.id FROM assignment a WHERE COALESCE(a.late_until, a.due_at) <= ?)""";

    /** The time zone this teacher last gave an assignment, to offer again. */
    public Optional<ZoneId> lastZoneOf(long teacherId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT time_zone FROM assignment WHERE created_by = ? ORDER BY id DESC LIMIT 1")) {
                q.setLong(1, teacherId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(ZoneId.of(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    private List<StoredAttempt> attempts(String where, long... params) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT l.attempt_id, l.assignment_id, l.account_id, q.started_at, q.finished_at, l.ended,
                           (SELECT COUNT(*) FROM attempt_question x WHERE x.attempt_id = l.attempt_id),
                           (SELECT COUNT(*) FROM attempt_response r WHERE r.attempt_id = l.attempt_id),
                           (SELECT COALESCE(SUM(r.credit), 0) FROM attempt_response r WHERE r.attempt_id = l.attempt_id)
                      FROM assignment_attempt l JOIN quiz_attempt q ON q.id = l.attempt_id
                     WHERE\s""" + where + " ORDER BY q.started_at, l.attempt_id")) {
                for (int i = 0; i < params.length; i++) {
                    q.setLong(i + 1, params[i]);
                }
                List<StoredAttempt> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        long finished = rs.getLong(5);
                        Optional<Instant> finishedAt = rs.wasNull() ? Optional.empty()
                                : Optional.of(Instant.ofEpochMilli(finished));
                        out.add(new StoredAttempt(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                                Instant.ofEpochMilli(rs.getLong(4)), finishedAt, "closed".equals(rs.getString(6)),
                                rs.getInt(7), rs.getInt(8), rs.getDouble(9)));
                    }
                }
                return out;
            }
        });
    }

    private List<Assignment> select(String where, long param) {
        return database.read(c -> {
            Map<Long, List<String>> fixed = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT f.assignment_id, f.question_id FROM assignment_question f
                      JOIN assignment a ON a.id = f.assignment_id
                     WHERE\s""" + where + " ORDER BY f.assignment_id, f.position")) {
                q.setLong(1, param);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        fixed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.id, a.class_id, a.title, a.article_slug, a.drawn, a.opens_at, a.due_at, a.late_until,
                           a.time_zone, a.attempts_allowed, a.counts, a.answers_shown, a.created_at
                      FROM assignment a
                     WHERE\s""" + where + " ORDER BY a.id DESC")) {
                q.setLong(1, param);
                List<Assignment> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        AssignmentRules rules = new AssignmentRules(instant(rs, 6), instant(rs, 7), instant(rs, 8),
                                rs.getInt(10), AssignmentRules.Counts.valueOf(rs.getString(11).toUpperCase(Locale.ROOT)),
                                answers(rs.getString(12)), ZoneId.of(rs.getString(9)));
                        out.add(new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), fixed.getOrDefault(rs.getLong(1), List.of()), rules,
                                Instant.ofEpochMilli(rs.getLong(13))));
                    }
                }
                return out;
            }
        });
    }

    /** Binds the draft's ten columns from {@code first}; returns the next parameter's index. */
    private static int bind(PreparedStatement s, int first, Assignment.Draft d) throws SQLException {
        AssignmentRules r = d.rules();
        s.setString(first, d.title());
        s.setString(first + 1, d.articleSlug());
        if (d.fixed().isEmpty()) {
            s.setInt(first + 2, d.drawn());
        } else {
            s.setNull(first + 2, java.sql.Types.INTEGER);
        }
        setInstant(s, first + 3, r.opensAt());
        setInstant(s, first + 4, r.dueAt());
        setInstant(s, first + 5, r.lateUntil());
        s.setString(first + 6, r.zone().getId());
        s.setInt(first + 7, r.attemptsAllowed());
        s.setString(first + 8, r.counts().name().toLowerCase(Locale.ROOT));
        s.setString(first + 9, slug(r.answers()));
        return first + 10;
    }

    private static void insertFixed(Connection c, long id, List<String> questions) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO assignment_question (assignment_id, position, question_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < questions.size(); i++) {
                s.setLong(1, id);
                s.setInt(2, i + 1);
                s.setString(3, questions.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static String slug(AssignmentRules.Answers a) {
        return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static AssignmentRules.Answers answers(String slug) {
        return AssignmentRules.Answers.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static void setInstant(PreparedStatement s, int i, Optional<Instant> t) throws SQLException {
        if (t.isPresent()) {
            s.setLong(i, t.get().toEpochMilli());
        } else {
            s.setNull(i, java.sql.Types.BIGINT);
        }
    }

    private static Optional<Instant> instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
