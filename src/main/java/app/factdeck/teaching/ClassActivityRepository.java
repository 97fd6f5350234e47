package app.factdeck.teaching;

import app.factdeck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A teacher's classes with their students' recent quiz activity, in one statement: however many students and
 * attempts there are, the home page costs one query (each subquery walks the attempts index of a class's
 * members), never one per student or per class.
 */
final class ClassActivityRepository {

    private final Database database;

    ClassActivityRepository(Database database) {
        this.database = database;
    }

    /**
     * @param finishedThisWeek quizzes the class's students finished since {@code since}
     * @param activeThisWeek   students who started or finished a quiz since {@code since}
     * @param lastActivity     the last time any of its students started or finished a quiz; empty if never
     */
    record ClassActivity(long id, String name, String joinCode, int students, int finishedThisWeek,
                         int activeThisWeek, Optional<Instant> lastActivity) {
    }

    /**
     * The classes {@code teacherId} teaches, by name, at most {@code limit} of them (ask for one more than shown
     * to know whether there are more).
     */
    List<ClassActivity> classesOf(long teacherId, Instant since, int limit) {
        long from = since.toEpochMilli();
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT k.id, k.name, k.join_code,
                           (SELECT COUNT(*) FROM class_member m WHERE m.class_id = k.id) AS students,
                           (SELECT COUNT(*) FROM class_member m JOIN quiz_attempt a ON a.account_id = m.account_id
                             WHERE m.class_id = k.id AND a.finished_at >= ?) AS finished,
                           (SELECT COUNT(DISTINCT a.account_id) FROM class_member m
                              JOIN quiz_attempt a ON a.account_id = m.account_id
                             WHERE m.class_id = k.id AND (a.started_at >= ? OR a.finished_at >= ?)) AS active,
                           (SELECT MAX(a.started_at) FROM class_member m JOIN quiz_attempt a ON a.account_id = m.account_id
                             WHERE m.class_id = k.id) AS last_started,
                           (SELECT MAX(a.finished_at) FROM class_member m JOIN quiz_attempt a ON a.account_id = m.account_id
                             WHERE m.class_id = k.id) AS last_finished
                      FROM school_class k
                     WHERE k.teacher_id = ?
                     ORDER BY k.name, k.id
                     LIMIT ?""")) {
                q.setLong(1, from);
                q.setLong(2, from);
                q.setLong(3, from);
                q.setLong(4, teacherId);
                q.setInt(5, limit);
                List<ClassActivity> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        Optional<Instant> started = instant(rs, "last_started");
                        Optional<Instant> finished = instant(rs, "last_finished");
                        Optional<Instant> last = started.isEmpty() ? finished : finished.isEmpty() ? started
                                : Optional.of(started.get().isAfter(finished.get()) ? started.get() : finished.get());
                        out.add(new ClassActivity(rs.getLong("id"), rs.getString("name"), rs.getString("join_code"),
                                rs.getInt("students"), rs.getInt("finished"), rs.getInt("active"), last));
                    }
                }
                return out;
            }
        });
    }

    /** A MAX over no attempts is NULL: empty. */
    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
