package db.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.accounts.SessionStore;
import app.factdeck.db.Database;
import app.factdeck.db.DatabaseException;
import app.factdeck.quizzes.AttemptRepository;
import app.factdeck.quizzes.Mastery;
import app.factdeck.testing.V10Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V11 on a database as V10 left it (see {@link V10Database}): every time to the millisecond, every row and rule kept. */
class StoreTimesAsEpochMillisecondsTest {

    /** Every converted value of the fixture, as epoch milliseconds worked out by hand (2026-11-23T10:00:00Z = 1795428000000). */
    private static final Map<String, Long> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("SELECT created_at FROM account WHERE id = 1", 1795428000000L);      // …00Z
        EXPECTED.put("SELECT created_at FROM account WHERE id = 2", 1795428005500L);      // …05.500Z
        EXPECTED.put("SELECT created_at FROM account WHERE id = 3", 1795428005123L);      // …05.123456789Z
        EXPECTED.put("SELECT created_at FROM web_session WHERE account_id = 2", 1795428005000L);
        EXPECTED.put("SELECT last_seen_at FROM web_session WHERE account_id = 2", 1795428006000L); // …06.000001Z
        EXPECTED.put("SELECT created_at FROM web_session WHERE account_id IS NULL", 1795428000001L);
        EXPECTED.put("SELECT last_seen_at FROM web_session WHERE account_id IS NULL", 1795428000001L);
        EXPECTED.put("SELECT created_at FROM school_class WHERE id = 1", 1795428000100L);
        EXPECTED.put("SELECT joined_at FROM class_member WHERE account_id = 2", 1795428001000L);
        EXPECTED.put("SELECT joined_at FROM class_member WHERE account_id = 3", 1795428001010L);
        EXPECTED.put("SELECT started_at FROM quiz_attempt WHERE id = 1", 1795428002000L);
        EXPECTED.put("SELECT finished_at FROM quiz_attempt WHERE id = 1", 1795428005000L);
        EXPECTED.put("SELECT started_at FROM quiz_attempt WHERE id = 2", 1795428002500L);
        EXPECTED.put("SELECT finished_at FROM quiz_attempt WHERE id = 2", 1795428005500L);
        EXPECTED.put("SELECT started_at FROM quiz_attempt WHERE id = 3", 1795428003000L);
        EXPECTED.put("SELECT finished_at FROM quiz_attempt WHERE id = 3", null);
        EXPECTED.put("SELECT shown_at FROM attempt_question WHERE attempt_id = 1 AND position = 1", 1795428004000L);
        EXPECTED.put("SELECT shown_at FROM attempt_question WHERE attempt_id = 2 AND position = 1", 1795428005250L);
        EXPECTED.put("SELECT shown_at FROM attempt_question WHERE attempt_id = 3 AND position = 1", 1795428005750L);
        EXPECTED.put("SELECT shown_at FROM attempt_question WHERE attempt_id = 3 AND position = 2", null);
        EXPECTED.put("SELECT answered_at FROM attempt_response WHERE attempt_id = 1", 1795428005000L);
        EXPECTED.put("SELECT answered_at FROM attempt_response WHERE attempt_id = 2", 1795428005500L);
        EXPECTED.put("SELECT answered_at FROM attempt_response WHERE attempt_id = 3", 1795428006000L);
    }

    private static final List<String> TABLES = List.of("account", "web_session", "site_setting", "school_class",
            "class_member", "quiz_attempt", "attempt_question", "attempt_response", "card_state", "review_log",
            "study_settings", "question_review", "authored_question", "authored_question_version", "question_audit",
            "throttle_counter", "pending_import", "article", "article_block", "sentence");

    @TempDir
    Path dir;

    @Test
    void everyTimeBecomesEpochMillisecondsAndEveryRowIsKept() throws Exception {
        Path file = dir.resolve("factdeck.db");
        V10Database.create(file);
        Map<String, Long> before = rowCounts(file);
        assertEquals("text", single(file, "SELECT typeof(answered_at) FROM attempt_response WHERE attempt_id = 1"),
                "the fixture stores text, as V10 did");

        Database.open(file).close();

        for (Map.Entry<String, Long> e : EXPECTED.entrySet()) {
            String typed = e.getKey().replaceFirst("SELECT (\\w+)", "SELECT typeof($1)");
            assertEquals(e.getValue() == null ? "null" : "integer", single(file, typed), typed);
            assertEquals(e.getValue() == null ? null : String.valueOf(e.getValue()), single(file, e.getKey()), e.getKey());
        }
        assertEquals(before, rowCounts(file));
        assertEquals("1", single(file, "SELECT COUNT(*) FROM flyway_schema_history WHERE version = '11' AND success = 1"));
    }

    @Test
    void keysConstraintsAndIndexesAreAsBeforeOnlyTheTypesChange() throws Exception {
        Path file = dir.resolve("factdeck.db");
        V10Database.create(file);
        Map<String, List<String>> before = schema(file);

        Database.open(file).close();
        Map<String, List<String>> after = schema(file);

        // Written out: the one difference V11 makes to each time column (name|type|notnull|default|pk).
        Map<String, List<String>> expected = new TreeMap<>(before);
        replace(expected, "account columns", "created_at|VARCHAR(30)|1|null|0", "created_at|BIGINT|1|0|0");
        replace(expected, "web_session columns", "created_at|VARCHAR(30)|1|null|0", "created_at|BIGINT|1|0|0");
        replace(expected, "web_session columns", "last_seen_at|VARCHAR(30)|1|null|0", "last_seen_at|BIGINT|1|0|0");
        replace(expected, "school_class columns", "created_at|VARCHAR(30)|1|null|0", "created_at|BIGINT|1|0|0");
        replace(expected, "class_member columns", "joined_at|VARCHAR(30)|1|null|0", "joined_at|BIGINT|1|0|0");
        replace(expected, "quiz_attempt columns", "started_at|VARCHAR(30)|1|null|0", "started_at|BIGINT|1|0|0");
        replace(expected, "quiz_attempt columns", "finished_at|VARCHAR(30)|0|null|0", "finished_at|BIGINT|0|null|0");
        replace(expected, "attempt_question columns", "shown_at|VARCHAR(30)|0|null|0", "shown_at|BIGINT|0|null|0");
        replace(expected, "attempt_response columns", "answered_at|VARCHAR(30)|1|null|0", "answered_at|BIGINT|1|0|0");
        assertEquals(expected, after);
        assertTrue(after.get("quiz_attempt indexes").contains("quiz_attempt_by_account|0|account_id,started_at"),
                after.get("quiz_attempt indexes").toString());

        try (Database db = Database.open(file)) {
            // A foreign key still refuses an orphan; NOT NULL still refuses a missing time.
            assertRefused(db, "INSERT INTO attempt_response (attempt_id, position, answer, credit, correct, time_taken_ms,"
                    + " answered_at) VALUES (1, 9, '[]', 0, 0, 0, 1795428000000)", "FOREIGN KEY");
            assertRefused(db, "INSERT INTO class_member (class_id, account_id, joined_at) VALUES (1, 99, 1)", "FOREIGN KEY");
            assertRefused(db, "INSERT INTO account (username, display_name, password_hash, role, created_at)"
                    + " VALUES ('new', 'New', 'x', 'student', NULL)", "NOT NULL");
            assertRefused(db, "INSERT INTO quiz_attempt (account_id, seed, started_at) VALUES (2, 1, NULL)", "NOT NULL");
            assertRefused(db, "INSERT INTO account (username, display_name, password_hash, role, created_at)"
                    + " VALUES ('stu', 'Again', 'x', 'student', 1)", "UNIQUE");
            // Cascades still run: deleting stu takes their sessions, memberships, quizzes, answers and cards.
            db.write(c -> execute(c, "DELETE FROM account WHERE id = 2"));
        }
        for (String left : List.of("web_session WHERE account_id = 2", "class_member WHERE account_id = 2",
                "quiz_attempt", "attempt_question", "attempt_response", "card_state", "review_log", "study_settings")) {
            assertEquals("0", single(file, "SELECT COUNT(*) FROM " + left), left);
        }
        assertEquals("1", single(file, "SELECT COUNT(*) FROM class_member"), "old's membership stays");
    }

    @Test
    void theRepositoriesReadTheConvertedTimesInTimeOrder() throws Exception {
        Path file = dir.resolve("factdeck.db");
        V10Database.create(file);
        try (Database db = Database.open(file)) {
            AttemptRepository attempts = new AttemptRepository(db);
            // Answered wrong at …05Z, right at …05.500Z, right at …06Z: mastered. Text order put .500 first.
            assertEquals(List.of(Map.entry("m/1", false), Map.entry("m/1", true), Map.entry("m/1", true)),
                    attempts.results(2));
            List<Mastery.Result> results = attempts.results(2).stream()
                    .map(e -> new Mastery.Result(e.getKey(), e.getValue())).toList();
            assertEquals(Mastery.Level.MASTERED, Mastery.levels(results).get("m/1"));
            // Started at …02Z, …02.500Z, …03Z: newest first is 3, 2, 1 (text order said 3, 1, 2).
            assertEquals(List.of(3L, 2L, 1L), attempts.recent(2, 10).stream().map(AttemptRepository.Summary::id).toList());

            AttemptRepository.Attempt second = attempts.find(2).orElseThrow();
            assertEquals(Instant.parse("2026-11-23T10:00:02.500Z"), second.startedAt());
            assertEquals(Optional.of(Instant.parse("2026-11-23T10:00:05.500Z")), second.finishedAt());
            assertEquals(Instant.parse("2026-11-23T10:00:05.500Z"), second.answers().get(1).answeredAt());
            AttemptRepository.Attempt third = attempts.find(3).orElseThrow();
            assertEquals(Optional.empty(), third.finishedAt());
            assertEquals(true, third.shown(1));
            assertEquals(false, third.shown(2), "a NULL shown_at stays NULL");

            Instant soon = Instant.parse("2026-11-23T10:30:00Z");
            Optional<SessionStore.Session> session = new SessionStore(db).find(V10Database.STU_COOKIE, soon);
            assertEquals(Optional.of(2L), session.flatMap(SessionStore.Session::accountId));
            assertEquals(Instant.parse("2026-11-23T10:00:06Z"), session.get().lastSeen(), "microseconds dropped");
        }
    }

    @Test
    void aValueThatIsNoTimeStopsTheMigrationNamesItAndChangesNothing() throws Exception {
        Path file = dir.resolve("factdeck.db");
        V10Database.create(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            execute(c, "UPDATE class_member SET joined_at = 'last Tuesday' WHERE account_id = 3");
        }
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("class_member.joined_at") && e.getMessage().contains("'last Tuesday'")
                && e.getMessage().contains("[1, 3]"), e.getMessage());
        assertEquals("10", single(file, "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1"));
        assertEquals("text", single(file, "SELECT typeof(created_at) FROM account WHERE id = 1"), "rolled back whole");
        assertEquals("2026-11-23T10:00:00Z", single(file, "SELECT created_at FROM account WHERE id = 1"));

        // Flyway leaves no failed entry in its history (the transaction is gone), so fixing the row is enough.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            execute(c, "UPDATE class_member SET joined_at = '2026-11-23T10:00:01.010Z' WHERE account_id = 3");
        }
        Database.open(file).close();
        assertEquals("1795428001010", single(file, "SELECT joined_at FROM class_member WHERE account_id = 3"));
    }

    @Test
    void readsEveryFormOfIsoTimeAndNothingElse() {
        assertEquals(Optional.of(1795428005000L), V11__store_times_as_epoch_milliseconds.epochMillis("2026-11-23T10:00:05Z"));
        assertEquals(Optional.of(1795428005500L), V11__store_times_as_epoch_milliseconds.epochMillis("2026-11-23T10:00:05.5Z"));
        assertEquals(Optional.of(1795428005500L), V11__store_times_as_epoch_milliseconds.epochMillis("2026-11-23T10:00:05.500Z"));
        assertEquals(Optional.of(1795428005123L),
                V11__store_times_as_epoch_milliseconds.epochMillis("2026-11-23T10:00:05.123999Z"), "truncated, not rounded");
        assertEquals(Optional.of(1795420805000L),
                V11__store_times_as_epoch_milliseconds.epochMillis("2026-11-23T10:00:05+02:00"));
        assertEquals(Optional.of(1795428005000L), V11__store_times_as_epoch_milliseconds.epochMillis("2026-11-23T10:00:05"));
        assertEquals(Optional.of(1795392000000L), V11__store_times_as_epoch_milliseconds.epochMillis("2026-11-23"));
        assertEquals(Optional.of(1795428005000L), V11__store_times_as_epoch_milliseconds.epochMillis(" 2026-11-23T10:00:05Z\n"));
        assertEquals(Optional.empty(), V11__store_times_as_epoch_milliseconds.epochMillis("23/11/2026"));
        assertEquals(Optional.empty(), V11__store_times_as_epoch_milliseconds.epochMillis(""));
    }

    private static void replace(Map<String, List<String>> schema, String key, String from, String to) {
        List<String> rows = new ArrayList<>(schema.get(key));
        assertTrue(rows.remove(from), key + " has " + from + ": " + rows);
        rows.add(to);
        rows.sort(null);
        schema.put(key, rows);
    }

    /** Per table: its columns, foreign keys and indexes (with their columns), each sorted, from SQLite's pragmas. */
    private static Map<String, List<String>> schema(Path file) throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                out.put(table + " columns", sorted(rows(s, "PRAGMA table_info(" + table + ")",
                        rs -> rs.getString("name") + "|" + rs.getString("type") + "|" + rs.getInt("notnull") + "|"
                                + rs.getString("dflt_value") + "|" + rs.getInt("pk"))));
                out.put(table + " foreign keys", sorted(rows(s, "PRAGMA foreign_key_list(" + table + ")",
                        rs -> rs.getString("from") + "->" + rs.getString("table") + "." + rs.getString("to") + "|"
                                + rs.getString("on_delete") + "|" + rs.getInt("seq"))));
                List<String> indexes = new ArrayList<>();
                for (String index : rows(s, "PRAGMA index_list(" + table + ")",
                        rs -> rs.getString("name") + "|" + rs.getInt("unique"))) {
                    String name = index.substring(0, index.indexOf('|'));
                    // index_info lists an index's columns in their order, which is kept as it is
                    indexes.add(index + "|" + String.join(",", rows(s, "PRAGMA index_info(" + name + ")",
                            rs -> rs.getString("name"))));
                }
                indexes.sort(null);
                out.put(table + " indexes", indexes);
            }
        }
        return out;
    }

    private interface Row {
        String of(ResultSet rs) throws SQLException;
    }

    private static List<String> rows(Statement s, String sql, Row row) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(row.of(rs));
            }
        }
        return out;
    }

    private static List<String> sorted(List<String> rows) {
        rows.sort(null);
        return rows;
    }

    private static Map<String, Long> rowCounts(Path file) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (String table : TABLES) {
            out.put(table, Long.parseLong(single(file, "SELECT COUNT(*) FROM " + table)));
        }
        return out;
    }

    private static void assertRefused(Database db, String sql, String because) {
        DatabaseException e = assertThrows(DatabaseException.class, () -> db.write(c -> execute(c, sql)), sql);
        assertTrue(e.getMessage().contains(because), e.getMessage());
    }

    private static int execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static String single(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "(no row)";
        }
    }
}
