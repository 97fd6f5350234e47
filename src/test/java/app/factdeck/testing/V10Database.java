package app.factdeck.testing;

import app.factdeck.accounts.PasswordHasher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A database as a Factdeck release at schema V10 left it: times as ISO-8601 text exactly as {@code Instant.toString}
 * wrote them (a zero fraction dropped, ".500", microseconds), for the V11 migration and restore tests.
 *
 * <p>Rows (times on 23 Nov 2026, UTC):
 * <ul>
 *   <li>accounts 1 {@code tea} (teacher, password {@value #PASSWORD}), 2 {@code stu}, 3 {@code old} (students);</li>
 *   <li>class 1 "7B" of {@code tea} with both students; {@code stu} signed in with the cookie {@link #STU_COOKIE};</li>
 *   <li>{@code stu}'s quizzes 1 (mixed), 2 (espreso), 3 (kyiv), each asking question {@code m/1} first: answered
 *       wrong at 10:00:05, right at 10:00:05.500, right at 10:00:06, so {@code m/1} is mastered in time order and
 *       not in text order ("…05.500Z" sorts before "…05Z"); quiz 3 is unfinished, its question 2 never shown;</li>
 *   <li>a flashcard state, a review, study settings, a question review and a pending import, which V11 must leave
 *       as they are.</li>
 * </ul>
 */
public final class V10Database {

    public static final String PASSWORD = "correct horse battery";
    /** The raw cookie value of stu's session (the table holds its SHA-256, as SessionStore stores it). */
    public static final String STU_COOKIE = "V10-session-cookie-value-of-stu-0123456789x";

    private V10Database() {
    }

    /** Creates {@code file} migrated to V10 with the rows above. */
    public static void create(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure().dataSource(ds).locations(app.factdeck.db.Database.locations(app.factdeck.db.DatabaseLocation.Engine.SQLITE)).target("10").load().migrate();
        String hash = PasswordHasher.forHeap(Runtime.getRuntime().maxMemory(), PasswordHasher.Cost.TEST_ONLY)
                .hash(PASSWORD);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (id, username, display_name, password_hash, role, created_at) VALUES"
                    + " (1, 'tea', 'Tea', '" + hash + "', 'teacher', '2026-11-23T10:00:00Z'),"
                    + " (2, 'stu', 'Stu', '" + hash + "', 'student', '2026-11-23T10:00:05.500Z'),"
                    + " (3, 'old', 'Old', '" + hash + "', 'student', '2026-11-23T10:00:05.123456789Z')");
            s.executeUpdate("INSERT INTO web_session (id_hash, account_id, csrf_token, created_at, last_seen_at) VALUES"
                    + " ('" + sha256(STU_COOKIE) + "', 2, 'csrf-stu', '2026-11-23T10:00:05Z', '2026-11-23T10:00:06.000001Z'),"
                    + " ('" + sha256("anonymous") + "', NULL, 'csrf-anon', '2026-11-23T10:00:00.001Z',"
                    + " '2026-11-23T10:00:00.001Z')");
            s.executeUpdate("INSERT INTO school_class (id, name, teacher_id, join_code, created_at)"
                    + " VALUES (1, '7B', 1, 'ABC234', '2026-11-23T10:00:00.100Z')");
            s.executeUpdate("INSERT INTO class_member (class_id, account_id, joined_at)"
                    + " VALUES (1, 2, '2026-11-23T10:00:01Z'), (1, 3, '2026-11-23T10:00:01.010Z')");
            s.executeUpdate("INSERT INTO quiz_attempt (id, account_id, article_slug, seed, started_at, finished_at) VALUES"
                    + " (1, 2, NULL, 11, '2026-11-23T10:00:02Z', '2026-11-23T10:00:05Z'),"
                    + " (2, 2, 'espreso-nato-troops-warning', 12, '2026-11-23T10:00:02.500Z', '2026-11-23T10:00:05.500Z'),"
                    + " (3, 2, 'kyiv-independent-nato-troops-warning', 13, '2026-11-23T10:00:03Z', NULL)");
            s.executeUpdate("INSERT INTO attempt_question (attempt_id, position, question_id, shown_at) VALUES"
                    + " (1, 1, 'm/1', '2026-11-23T10:00:04Z'), (2, 1, 'm/1', '2026-11-23T10:00:05.250Z'),"
                    + " (3, 1, 'm/1', '2026-11-23T10:00:05.750Z'), (3, 2, 'm/2', NULL)");
            s.executeUpdate("INSERT INTO attempt_response (attempt_id, position, answer, credit, correct, time_taken_ms,"
                    + " answered_at) VALUES"
                    + " (1, 1, '[\"no\"]', 0, 0, 1000, '2026-11-23T10:00:05Z'),"
                    + " (2, 1, '[\"yes\"]', 1, 1, 250, '2026-11-23T10:00:05.500Z'),"
                    + " (3, 1, '[\"yes\"]', 1, 1, 250, '2026-11-23T10:00:06Z')");
            s.executeUpdate("INSERT INTO card_state (account_id, card_id, article_slug, state, stability, difficulty,"
                    + " due_at, last_review_at, scheduled_days, learning_step, reps, lapses, first_review_at)"
                    + " VALUES (2, 'm/1', 'espreso-nato-troops-warning', 'learning', 1.5, 5.0, 1795428600000,"
                    + " 1795428000000, 0, 1, 1, 0, 1795428000000)");
            s.executeUpdate("INSERT INTO review_log (account_id, card_id, rating, reviewed_at, elapsed_days,"
                    + " desired_retention, state_before, stability_before, difficulty_before, due_before,"
                    + " scheduled_days_before, learning_step_before, lapses_before, state_after, stability_after,"
                    + " difficulty_after, due_after, scheduled_days_after, learning_step_after)"
                    + " VALUES (2, 'm/1', 3, 1795428000000, 0, 0.9, 'new', 0, 0, 1795428000000, 0, 0, 0,"
                    + " 'learning', 1.5, 5.0, 1795428600000, 0, 1)");
            s.executeUpdate("INSERT INTO study_settings (account_id, new_cards_per_day, desired_retention,"
                    + " maximum_interval, time_zone, day_starts_at) VALUES (2, 20, 0.9, 36500, 'UTC', 4)");
            s.executeUpdate("INSERT INTO question_review (question_id, article_slug, status, changed_by, changed_at)"
                    + " VALUES ('m/2', 'espreso-nato-troops-warning', 'hidden', 1, 1795428000000)");
            s.executeUpdate("INSERT INTO pending_import (token, account_id, article_slug, format, file_name, content,"
                    + " created_at) VALUES ('tok', 1, 'espreso-nato-troops-warning', 'gift', 'a.gift', '::x:: y {}',"
                    + " 1795428000000)");
        }
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
