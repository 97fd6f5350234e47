package app.factdeck.assignments;

import app.factdeck.db.Database;
import app.factdeck.questions.core.AnswerMatcher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the item analysis reads (every question of an assignment's finished attempts with its response, one query)
 * and the teacher's regrades of typed answers: the decisions the grader honours and their audit.
 */
final class AnalysisStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    AnalysisStore(Database database) {
        this.database = database;
    }

    /**
     * One question of a finished attempt (submitted, or closed at the cut-off); {@code answer} is empty and
     * {@code credit} 0 when it was not answered.
     */
    record Row(long attemptId, long accountId, Instant startedAt, int position, String questionId,
               Optional<List<String>> answer, double credit) {
    }

    /** A teacher's decision about one typed answer. */
    record Decision(String questionId, String answer, double credit) {
    }

    /** One audited regrade. */
    record Regrade(String questionId, String answer, Double oldCredit, double newCredit, int responsesChanged,
                   String decidedBy, Instant decidedAt) {
    }

    /** Every question of the assignment's finished attempts, by attempt (oldest first) and position. */
    List<Row> rows(long assignmentId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT l.attempt_id, l.account_id, a.started_at, x.position, x.question_id, r.answer, r.credit
                      FROM assignment_attempt l
                      JOIN quiz_attempt a ON a.id = l.attempt_id
                      JOIN attempt_question x ON x.attempt_id = l.attempt_id
                      LEFT JOIN attempt_response r ON r.attempt_id = x.attempt_id AND r.position = x.position
                     WHERE l.assignment_id = ? AND a.finished_at IS NOT NULL
                     ORDER BY a.started_at, l.attempt_id, x.position""")) {
                q.setLong(1, assignmentId);
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String answer = rs.getString(6);
                        out.add(new Row(rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                                rs.getInt(4), rs.getString(5),
                                answer == null ? Optional.empty() : Optional.of(values(answer)),
                                answer == null ? 0 : rs.getDouble(7)));
                    }
                }
                return out;
            }
        });
    }

    /** The credit the teacher decided for this typed answer to the question, if they decided. */
    Optional<Double> decision(String questionId, String typed) {
        String answer = AnswerMatcher.comparable(typed);
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT credit FROM answer_decision WHERE question_id = ? AND answer = ?")) {
                q.setString(1, questionId);
                q.setString(2, answer);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getDouble(1)) : Optional.empty();
                }
            }
        });
    }

    /** The regrades of these questions, newest first. */
    List<Regrade> regrades(List<String> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(questionIds.size(), "?"));
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT g.question_id, g.answer, g.old_credit, g.new_credit, g.responses_changed,
                           COALESCE(t.display_name, '(deleted account)'), g.decided_at
                      FROM answer_regrade g LEFT JOIN account t ON t.id = g.decided_by
                     WHERE g.question_id IN (""" + marks + ") ORDER BY g.id DESC")) {
                for (int i = 0; i < questionIds.size(); i++) {
                    q.setString(i + 1, questionIds.get(i));
                }
                List<Regrade> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        double old = rs.getDouble(3);
                        Double oldCredit = rs.wasNull() ? null : old;
                        out.add(new Regrade(rs.getString(1), rs.getString(2), oldCredit, rs.getDouble(4),
                                rs.getInt(5), rs.getString(6), Instant.ofEpochMilli(rs.getLong(7))));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Records the decision and regrades, in one write, every stored response to the question whose typed answer
     * has the same comparable form; audits the change. Returns how many responses changed.
     */
    int regrade(String questionId, String typed, double credit, long teacherId, Instant now) {
        String answer = AnswerMatcher.comparable(typed);
        return database.write(c -> {
            List<long[]> changed = new ArrayList<>();
            Double oldCredit = null;
            long regradeId;
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT r.attempt_id, r.position, r.answer, r.credit
                      FROM attempt_response r
                      JOIN attempt_question x ON x.attempt_id = r.attempt_id AND x.position = r.position
                     WHERE x.question_id = ?""")) {
                q.setString(1, questionId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        List<String> v = values(rs.getString(3));
                        if (v.size() != 1 || !AnswerMatcher.comparable(v.get(0)).equals(answer)) {
                            continue;
                        }
                        if (oldCredit == null) {
                            oldCredit = rs.getDouble(4);
                        }
                        if (rs.getDouble(4) != credit) {
                            changed.add(new long[] {rs.getLong(1), rs.getLong(2)});
                        }
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE attempt_response SET credit = ?, correct = ? WHERE attempt_id = ? AND position = ?")) {
                for (long[] k : changed) {
                    s.setDouble(1, credit);
                    s.setInt(2, credit >= 1 ? 1 : 0);
                    s.setLong(3, k[0]);
                    s.setInt(4, (int) k[1]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM answer_decision WHERE question_id = ? AND answer = ?")) {
                s.setString(1, questionId);
                s.setString(2, answer);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO answer_decision (question_id, answer, credit, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?)""")) {
                s.setString(1, questionId);
                s.setString(2, answer);
                s.setDouble(3, credit);
                s.setLong(4, teacherId);
                s.setLong(5, now.toEpochMilli());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO answer_regrade (question_id, answer, old_credit, new_credit, responses_changed,
                                                decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, questionId);
                s.setString(2, answer);
                if (oldCredit == null) {
                    s.setNull(3, java.sql.Types.REAL);
                } else {
                    s.setDouble(3, oldCredit);
                }
                s.setDouble(4, credit);
                s.setInt(5, changed.size());
                s.setLong(6, teacherId);
                s.setLong(7, now.toEpochMilli());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    regradeId = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO regraded_response (regrade_id, attempt_id, position) VALUES (?, ?, ?)")) {
                for (long[] k : changed) {
                    s.setLong(1, regradeId);
                    s.setLong(2, k[0]);
                    s.setInt(3, (int) k[1]);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return changed.size();
        });
    }

    /** When the attempt's answers were last regraded by a teacher, if ever. */
    Optional<Instant> regradedAt(long attemptId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT MAX(g.decided_at) FROM regraded_response rr JOIN answer_regrade g ON g.id = rr.regrade_id
                     WHERE rr.attempt_id = ?""")) {
                q.setLong(1, attemptId);
                try (ResultSet rs = q.executeQuery()) {
                    long t = rs.next() ? rs.getLong(1) : 0;
                    return rs.wasNull() || t == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(t));
                }
            }
        });
    }

    static List<String> values(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON: " + json, e);
        }
    }
}
