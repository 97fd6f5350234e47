package app.factdeck.quizzes;

import app.factdeck.questions.core.Grade;
import app.factdeck.questions.core.Response;
import app.factdeck.db.Database;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Quiz attempts, the questions drawn for each, and the (single) response to each. */
public final class AttemptRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public AttemptRepository(Database database) {
        this.database = database;
    }

    /** A stored answer. */
    public record Answer(Response response, double credit, boolean correct, Duration timeTaken, Instant answeredAt) {
    }

    /**
     * An attempt with its questions (1-based positions), when each position already shown was first shown, and
     * the answers given so far.
     */
    public record Attempt(long id, long accountId, Optional<String> articleSlug, long seed, Instant startedAt,
                          Optional<Instant> finishedAt, List<String> questionIds, Map<Integer, Instant> shownAt,
                          Map<Integer, Answer> answers) {

        /** Whether the question at {@code position} has been shown (its time taken is counted from then). */
        public boolean shown(int position) {
            return shownAt.containsKey(position);
        }

        public int size() {
            return questionIds.size();
        }

        /** The first unanswered position, or empty when every question is answered. */
        public Optional<Integer> nextPosition() {
            for (int p = 1; p <= questionIds.size(); p++) {
                if (!answers.containsKey(p)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        public double score() {
            return answers.values().stream().mapToDouble(Answer::credit).sum();
        }

        /** What deciding about the attempt as a whole needs: not its questions or answers. */
        public Head head() {
            return new Head(id, accountId, seed, startedAt, finishedAt, questionIds.size(), answers.size());
        }
    }

    /** An attempt without its questions and answers: who, when, how many questions and how many answered. */
    public record Head(long id, long accountId, long seed, Instant startedAt, Optional<Instant> finishedAt, int size,
                       int answered) {

        /** Ended before every question was answered: closed at an assignment's cut-off. */
        public boolean closedUnanswered() {
            return finishedAt.isPresent() && answered < size;
        }
    }

    /**
     * What a question page or an answer needs of its attempt: the head, the question drawn at the position (null for
     * a position the attempt does not have), when it was first shown, and its answer if it has one.
     */
    public record AtPosition(Head head, int position, String questionId, Optional<Instant> shownAt,
                             Optional<Answer> answer) {

        public boolean answered() {
            return answer.isPresent();
        }
    }

    /**
     * The attempt's head and one position, read as one row: a question page and an answer need neither the other
     * questions nor the other answers, and reading every row with its answer's JSON (as {@link #find} does for the
     * summary) was the largest part of what an answer cost beyond its write (capacity benchmark's profile, issue 22).
     */
    public Optional<AtPosition> findAt(long attemptId, int position) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.account_id, a.seed, a.started_at, a.finished_at,
                           (SELECT COUNT(*) FROM attempt_question n WHERE n.attempt_id = a.id),
                           (SELECT COUNT(*) FROM attempt_response n WHERE n.attempt_id = a.id),
                           x.question_id, x.shown_at,
                           r.answer, r.credit, r.correct, r.time_taken_ms, r.answered_at
                      FROM quiz_attempt a
                      LEFT JOIN attempt_question x ON x.attempt_id = a.id AND x.position = ?
                      LEFT JOIN attempt_response r ON r.attempt_id = a.id AND r.position = ?
                     WHERE a.id = ?""")) {
                q.setInt(1, position);
                q.setInt(2, position);
                q.setLong(3, attemptId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Head head = new Head(attemptId, rs.getLong(1), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3)),
                            optionalInstant(rs, 4), rs.getInt(5), rs.getInt(6));
                    String question = rs.getString(7);
                    Optional<Instant> shown = optionalInstant(rs, 8);
                    String answer = rs.getString(9);
                    Optional<Answer> given = answer == null ? Optional.empty() : Optional.of(new Answer(
                            new Response(fromJson(answer)), rs.getDouble(10), rs.getInt(11) == 1,
                            Duration.ofMillis(rs.getLong(12)), Instant.ofEpochMilli(rs.getLong(13))));
                    return Optional.of(new AtPosition(head, position, question, shown, given));
                }
            }
        });
    }

    public long create(long accountId, Optional<String> articleSlug, long seed, List<String> questionIds, Instant now) {
        return database.write(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO quiz_attempt (account_id, article_slug, seed, started_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, accountId);
                s.setString(2, articleSlug.orElse(null));
                s.setLong(3, seed);
                s.setLong(4, now.toEpochMilli());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO attempt_question (attempt_id, position, question_id) VALUES (?, ?, ?)")) {
                for (int i = 0; i < questionIds.size(); i++) {
                    s.setLong(1, id);
                    s.setInt(2, i + 1);
                    s.setString(3, questionIds.get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return id;
        });
    }

    /**
     * The attempt with its questions and answers, read in one query (the question page and every answer read it):
     * one row per question, its answer joined beside it when there is one.
     */
    public Optional<Attempt> find(long attemptId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.account_id, a.article_slug, a.seed, a.started_at, a.finished_at,
                           x.position, x.question_id, x.shown_at,
                           r.answer, r.credit, r.correct, r.time_taken_ms, r.answered_at
                      FROM quiz_attempt a
                      LEFT JOIN attempt_question x ON x.attempt_id = a.id
                      LEFT JOIN attempt_response r ON r.attempt_id = x.attempt_id AND r.position = x.position
                     WHERE a.id = ?
                     ORDER BY x.position""")) {
                q.setLong(1, attemptId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long accountId = rs.getLong(1);
                    Optional<String> slug = Optional.ofNullable(rs.getString(2));
                    long seed = rs.getLong(3);
                    Instant started = Instant.ofEpochMilli(rs.getLong(4));
                    Optional<Instant> finished = optionalInstant(rs, 5);
                    List<String> questions = new ArrayList<>();
                    Map<Integer, Instant> shown = new HashMap<>();
                    Map<Integer, Answer> answers = new LinkedHashMap<>();
                    do {
                        String question = rs.getString(7);
                        if (question == null) {
                            continue; // an attempt without questions: the one row is its head
                        }
                        questions.add(question);
                        int position = rs.getInt(6);
                        optionalInstant(rs, 8).ifPresent(at -> shown.put(position, at));
                        String answer = rs.getString(9);
                        if (answer != null) {
                            answers.put(position, new Answer(new Response(fromJson(answer)), rs.getDouble(10),
                                    rs.getInt(11) == 1, Duration.ofMillis(rs.getLong(12)),
                                    Instant.ofEpochMilli(rs.getLong(13))));
                        }
                    } while (rs.next());
                    return Optional.of(new Attempt(attemptId, accountId, slug, seed, started, finished,
                            List.copyOf(questions), Map.copyOf(shown), Map.copyOf(answers)));
                }
            }
        });
    }

    /** Notes when a question was first shown, for the time taken; later views change nothing. */
    public void markShown(long attemptId, int position, Instant now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE attempt_question SET shown_at = ?
                     WHERE attempt_id = ? AND position = ? AND shown_at IS NULL""")) {
                s.setLong(1, now.toEpochMilli());
                s.setLong(2, attemptId);
                s.setInt(3, position);
                return s.executeUpdate();
            }
        });
    }

    /**
     * Stores the answer unless one is already stored; either way returns the stored one. This is what makes a
     * double submission harmless: the first answer wins and every repeat sees it. The answer that completes the
     * attempt also finishes it, in the same transaction (see {@link #finishIfAllAnswered}). Reads the position first,
     * as a request does ({@link #answer(AtPosition, Response, Grade, Instant)}).
     */
    public Answer answer(long attemptId, int position, Response response, Grade grade, Instant now) {
        AtPosition at = findAt(attemptId, position)
                .orElseThrow(() -> new IllegalArgumentException("no attempt " + attemptId));
        return answer(at, response, grade, now);
    }

    /**
     * The answer to a position read by {@link #findAt}: when it was first shown comes from that read (it never
     * changes once set), and the attempt's size too (it never changes), so the check that finishes the attempt counts
     * only the answers.
     */
    public Answer answer(AtPosition at, Response response, Grade grade, Instant now) {
        long attemptId = at.head().id();
        String json = toJson(response.values()); // before the writer's lock: nothing waits on it
        return database.write(c -> {
            Answer stored = storeAnswer(c, attemptId, at.position(), at.shownAt(), response, json, grade, now);
            finishIfAllAnswered(c, attemptId, at.head().size(), now);
            return stored;
        });
    }

    private static Answer storeAnswer(Connection c, long attemptId, int position, Optional<Instant> shownAt,
                                      Response response, String json, Grade grade, Instant now) throws SQLException {
        Instant shown = shownAt.isPresent() ? shownAt.get() : shownAt(c, attemptId, position).orElse(now);
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO attempt_response (attempt_id, position, answer, credit, correct, time_taken_ms, answered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (attempt_id, position) DO NOTHING""")) {
            s.setLong(1, attemptId);
            s.setInt(2, position);
            s.setString(3, json);
            s.setDouble(4, grade.credit());
            s.setInt(5, grade.correct() ? 1 : 0);
            Duration taken = Duration.ofMillis(Math.max(0, Duration.between(shown, now).toMillis()));
            s.setLong(6, taken.toMillis());
            s.setLong(7, now.toEpochMilli());
            if (s.executeUpdate() == 1) {
                // Stored now: it is exactly what was just written, no need to read it back.
                return new Answer(response, grade.credit(), grade.correct(), taken, now);
            }
        }
        try (PreparedStatement q = c.prepareStatement("""
                SELECT answer, credit, correct, time_taken_ms, answered_at
                  FROM attempt_response WHERE attempt_id = ? AND position = ?""")) {
            q.setLong(1, attemptId);
            q.setInt(2, position);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return new Answer(new Response(fromJson(rs.getString(1))), rs.getDouble(2), rs.getInt(3) == 1,
                        Duration.ofMillis(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)));
            }
        }
    }

    private static Optional<Instant> shownAt(Connection c, long attemptId, int position) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT shown_at FROM attempt_question WHERE attempt_id = ? AND position = ?")) {
            q.setLong(1, attemptId);
            q.setInt(2, position);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? optionalInstant(rs, 1) : Optional.empty();
            }
        }
    }

    /**
     * Sets {@code finished_at} once every question has an answer ({@code size}: the attempt's, which never changes).
     * The answers are counted inside the answer's write transaction: two tabs answering the last two questions at once are serialised by the writer, so the second
     * always sees both answers (counting before the transaction, as the service once did, let both miss it).
     */
    private static void finishIfAllAnswered(Connection c, long attemptId, int size, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE quiz_attempt SET finished_at = ?
                 WHERE id = ? AND finished_at IS NULL
                   AND (SELECT COUNT(*) FROM attempt_response WHERE attempt_id = ?) = ?""")) {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, attemptId);
            s.setLong(3, attemptId);
            s.setInt(4, size);
            s.executeUpdate();
        }
    }


    /**
     * Ends an unfinished attempt at {@code at} with what was answered (an assignment's cut-off passed); returns
     * false when it had already ended.
     */
    public boolean close(long attemptId, Instant at) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE quiz_attempt SET finished_at = ? WHERE id = ? AND finished_at IS NULL")) {
                s.setLong(1, at.toEpochMilli());
                s.setLong(2, attemptId);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** A finished or unfinished attempt as the dashboard lists it. */
    public record Summary(long id, Optional<String> articleSlug, Instant startedAt, boolean finished, int size,
                          int answered, double score) {
        private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
                .ofPattern("d MMM yyyy HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

        public String started() {
            return SHOWN.format(startedAt);
        }

        /** The share of the points earned so far, as a whole percent. */
        public int percent() {
            return size == 0 ? 0 : (int) Math.round(100 * score / size);
        }
    }

    /** The account's latest attempts, newest first. */
    public List<Summary> recent(long accountId, int limit) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.id, a.article_slug, a.started_at, a.finished_at,
                           (SELECT COUNT(*) FROM attempt_question x WHERE x.attempt_id = a.id) AS size,
                           (SELECT COUNT(*) FROM attempt_response r WHERE r.attempt_id = a.id) AS answered,
                           (SELECT COALESCE(SUM(r.credit), 0) FROM attempt_response r WHERE r.attempt_id = a.id) AS score
                      FROM quiz_attempt a
                     WHERE a.account_id = ?
                     ORDER BY a.started_at DESC, a.id DESC
                     LIMIT ?""")) {
                q.setLong(1, accountId);
                q.setInt(2, limit);
                List<Summary> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Summary(rs.getLong(1), Optional.ofNullable(rs.getString(2)),
                                Instant.ofEpochMilli(rs.getLong(3)), rs.getObject(4) != null, rs.getInt(5), rs.getInt(6),
                                rs.getDouble(7)));
                    }
                }
                return out;
            }
        });
    }

    /** An unfinished attempt as the way back into it is shown: "question {@code next} of {@code size}". */
    public record Unfinished(long id, Optional<String> articleSlug, int next, int size) {
    }

    /**
     * The account's unfinished quizzes to offer continuing, newest first: per article (and for the mixed quiz)
     * only the latest attempt, so one the student chose to start anew over is no longer offered (it stays in
     * the recent list with its answers).
     */
    public List<Unfinished> unfinished(long accountId, int limit) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT a.id, a.article_slug,
                           (SELECT MIN(x.position) FROM attempt_question x
                             WHERE x.attempt_id = a.id
                               AND NOT EXISTS (SELECT 1 FROM attempt_response r
                                                WHERE r.attempt_id = x.attempt_id AND r.position = x.position)) AS next,
                           (SELECT COUNT(*) FROM attempt_question x WHERE x.attempt_id = a.id) AS size
                      FROM quiz_attempt a
                     WHERE a.account_id = ? AND a.finished_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM quiz_attempt b
                                        WHERE b.account_id = a.account_id AND b.id > a.id
                                          AND COALESCE(b.article_slug, '') = COALESCE(a.article_slug, ''))
                     ORDER BY a.id DESC
                     LIMIT ?""")) {
                q.setLong(1, accountId);
                q.setInt(2, limit);
                List<Unfinished> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        // No unanswered position left means finished: never offered, whatever finished_at says.
                        if (rs.getInt(3) > 0) {
                            out.add(new Unfinished(rs.getLong(1), Optional.ofNullable(rs.getString(2)), rs.getInt(3),
                                    rs.getInt(4)));
                        }
                    }
                }
                return out;
            }
        });
    }

    /** The instants of every answer the account has given (for the streak). */
    public List<Instant> answerTimes(long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT r.answered_at FROM attempt_response r JOIN quiz_attempt a ON a.id = r.attempt_id
                     WHERE a.account_id = ?""")) {
                q.setLong(1, accountId);
                List<Instant> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(Instant.ofEpochMilli(rs.getLong(1)));
                    }
                }
                return out;
            }
        });
    }

    /** Every answer the account has given, oldest first, as (question id, fully correct). */
    public List<Map.Entry<String, Boolean>> results(long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT q.question_id, r.correct
                      FROM attempt_response r
                      JOIN attempt_question q ON q.attempt_id = r.attempt_id AND q.position = r.position
                      JOIN quiz_attempt a ON a.id = r.attempt_id
                     WHERE a.account_id = ?
                     ORDER BY r.answered_at, r.attempt_id, r.position""")) {
                q.setLong(1, accountId);
                List<Map.Entry<String, Boolean>> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(Map.entry(rs.getString(1), rs.getInt(2) == 1));
                    }
                }
                return out;
            }
        });
    }

    /** A nullable time column: empty for NULL. */
    private static Optional<Instant> optionalInstant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private static String toJson(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fromJson(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answer is not JSON: " + json, e);
        }
    }
}
