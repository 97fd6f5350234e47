package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Every time V2 and V3 stored as ISO-8601 text becomes epoch milliseconds ({@code BIGINT}), as V4–V9 already store
 * theirs, under the same column name. Text is not time order: {@code Instant.toString} drops a zero fraction, so
 * "…:05Z" sorts after "…:05.500Z", and mastery reads a student's answers in {@code answered_at} order.
 *
 * <p>A Java migration because no SQL that SQLite and PostgreSQL share parses ISO-8601. Each column is swapped in
 * place (add {@code <name>_ms}, fill it, drop the old column, rename), all of it statements both engines have
 * (SQLite since 3.35). Rebuilding the tables instead would need foreign keys off: with them on, {@code DROP TABLE
 * account} deletes every row that cascades from it, and the pragma cannot change inside the migration's
 * transaction. The price: SQLite adds a {@code NOT NULL} column only with a default, so the NOT NULL columns get
 * {@code DEFAULT 0}, which no code relies on (every INSERT names its times).
 *
 * <p>The whole migration is one transaction (Flyway's): a value that is not a time stops it with the table,
 * column, row and value named, and the database stays at V10.
 */
public class V11__store_times_as_epoch_milliseconds extends BaseJavaMigration {

    /** Rows read per query, so a large table is converted in constant memory. */
    private static final int PAGE = 1_000;

    /** A time column, with its table's primary key (to address each row without scanning the table). */
    record TimeColumn(String table, String column, boolean nullable, List<String> key) {
    }

    /** Every column that held ISO text (V2's login_failure went in V6); names are fixed here, never input. */
    static final List<TimeColumn> COLUMNS = List.of(
            new TimeColumn("account", "created_at", false, List.of("id")),
            new TimeColumn("web_session", "created_at", false, List.of("id_hash")),
            new TimeColumn("web_session", "last_seen_at", false, List.of("id_hash")),
            new TimeColumn("school_class", "created_at", false, List.of("id")),
            new TimeColumn("class_member", "joined_at", false, List.of("class_id", "account_id")),
            new TimeColumn("quiz_attempt", "started_at", false, List.of("id")),
            new TimeColumn("quiz_attempt", "finished_at", true, List.of("id")),
            new TimeColumn("attempt_question", "shown_at", true, List.of("attempt_id", "position")),
            new TimeColumn("attempt_response", "answered_at", false, List.of("attempt_id", "position")));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        // SQLite refuses to drop an indexed column; the index is made again on the new one, as V3 had it.
        execute(c, "DROP INDEX quiz_attempt_by_account");
        for (TimeColumn column : COLUMNS) {
            convert(c, column);
        }
        execute(c, "CREATE INDEX quiz_attempt_by_account ON quiz_attempt (account_id, started_at)");
    }

    private static void convert(Connection c, TimeColumn t) throws SQLException {
        String ms = t.column() + "_ms";
        execute(c, "ALTER TABLE " + t.table() + " ADD COLUMN " + ms + " BIGINT"
                + (t.nullable() ? "" : " NOT NULL DEFAULT 0"));
        String keys = String.join(", ", t.key());
        String marks = String.join(", ", t.key().stream().map(k -> "?").toList());
        String select = "SELECT " + keys + ", " + t.column() + " FROM " + t.table();
        String after = " WHERE (" + keys + ") > (" + marks + ")";
        String order = " ORDER BY " + keys + " LIMIT " + PAGE;
        String update = "UPDATE " + t.table() + " SET " + ms + " = ? WHERE "
                + String.join(" AND ", t.key().stream().map(k -> k + " = ?").toList());
        List<Object> last = null;
        while (true) {
            // Read a page, then write it: SQLite leaves undefined a table changed under an open cursor.
            List<List<Object>> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(select + (last == null ? "" : after) + order)) {
                for (int i = 0; last != null && i < last.size(); i++) {
                    q.setObject(i + 1, last.get(i));
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= t.key().size() + 1; i++) {
                            row.add(rs.getObject(i));
                        }
                        rows.add(row);
                    }
                }
            }
            if (rows.isEmpty()) {
                break;
            }
            try (PreparedStatement u = c.prepareStatement(update)) {
                for (List<Object> row : rows) {
                    Object text = row.get(t.key().size());
                    if (text == null) {
                        continue; // a nullable time not set yet stays NULL
                    }
                    long millis = epochMillis(text.toString()).orElseThrow(() -> new IllegalStateException(
                            "V11 cannot convert " + t.table() + "." + t.column() + " of the row " + keys + " = "
                                    + row.subList(0, t.key().size()) + ": '" + text + "' is not an ISO-8601 time. "
                                    + "Correct or delete that row (sqlite3 factdeck.db), then start Factdeck again."));
                    u.setLong(1, millis);
                    for (int i = 0; i < t.key().size(); i++) {
                        u.setObject(i + 2, row.get(i));
                    }
                    u.addBatch();
                }
                u.executeBatch();
            }
            last = rows.get(rows.size() - 1).subList(0, t.key().size());
        }
        execute(c, "ALTER TABLE " + t.table() + " DROP COLUMN " + t.column());
        execute(c, "ALTER TABLE " + t.table() + " RENAME COLUMN " + ms + " TO " + t.column());
    }

    /**
     * The instant an ISO-8601 text names, to the millisecond (finer digits are dropped, as {@link
     * Instant#toEpochMilli} does). The code has only ever written {@code Instant.toString} ("…:05Z", "…:05.5Z",
     * "…:05.123456Z"); an offset ("+02:00"), no zone (UTC, as V2 says its times are) and a bare date (its start in
     * UTC) are read too, in case a row was written by hand.
     */
    static Optional<Long> epochMillis(String text) {
        String s = text.strip();
        try {
            return Optional.of(Instant.parse(s).toEpochMilli());
        } catch (DateTimeParseException notInstant) {
            // try the wider forms below
        }
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant().toEpochMilli());
        } catch (DateTimeParseException notOffset) {
            // next
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli());
        } catch (DateTimeParseException notLocal) {
            // next
        }
        try {
            return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
