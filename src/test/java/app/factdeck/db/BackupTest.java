package app.factdeck.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.MovableClock;
import app.factdeck.testing.TestApp;
import app.factdeck.testing.V10Database;
import app.factdeck.testing.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup command against a real, migrated database that keeps being written while it is copied. */
class BackupTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void copiesAConsistentSnapshotWhileWritesGoOn() throws Exception {
        Path file = dir.resolve("factdeck.db");
        try (Database db = Database.open(file)) {
            AtomicLong committed = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    long n = committed.get() + 1;
                    db.write(c -> {
                        try (PreparedStatement s = c.prepareStatement("""
                                INSERT INTO account (username, display_name, password_hash, role, created_at)
                                VALUES (?, ?, 'x', 'student', 1795428000000)""")) {
                            s.setString(1, "s" + n);
                            s.setString(2, "Student " + n);
                            return s.executeUpdate();
                        }
                    });
                    committed.set(n);
                }
            });
            writer.start();
            while (committed.get() < 200) {
                Thread.sleep(5);
            }
            long before = committed.get();
            int status = backup(dir, dir.resolve("backup.db").toString());
            long after = committed.get();
            stop.set(true);
            writer.join();

            assertEquals(0, status, err.toString());
            assertTrue(out.toString().contains("integrity ok, schema version"), out.toString());
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backup.db"))) {
                assertEquals("ok", single(copy, "PRAGMA integrity_check"));
                long accounts = Long.parseLong(single(copy, "SELECT COUNT(*) FROM account"));
                // A snapshot: everything committed before the copy started, nothing half-written, and the
                // accounts are exactly 1..N with no gaps.
                assertTrue(accounts >= before && accounts <= after + 1, before + " <= " + accounts + " <= " + after);
                assertEquals(String.valueOf(accounts), single(copy, "SELECT COUNT(DISTINCT username) FROM account"));
                assertEquals("s" + accounts, single(copy, "SELECT username FROM account ORDER BY id DESC LIMIT 1"));
                assertTrue(out.toString().contains(accounts + " accounts"), out.toString());
            }
            assertTrue(after > before, "writes went on during the backup");
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains(".partial")), "no partial file left");
        }
    }

    @Test
    void neverOverwritesAndSaysWhy() throws Exception {
        Path file = dir.resolve("factdeck.db");
        Database.open(file).close();
        Path existing = Files.writeString(dir.resolve("old.db"), "precious");

        assertEquals(1, backup(dir, existing.toString()));
        assertTrue(err.toString().contains("already exists; a backup never overwrites"), err.toString());
        assertEquals("precious", Files.readString(existing));
    }

    @Test
    void aMissingDatabaseOrDirectoryIsAMessageNotAStackTrace() {
        assertEquals(1, backup(dir.resolve("none"), dir.resolve("b.db").toString()));
        assertTrue(err.toString().contains("there is no database at") && err.toString().contains("FACTDECK_DATA"),
                err.toString());

        Path file = dir.resolve("factdeck.db");
        Database.open(file).close();
        err.reset();
        assertEquals(1, backup(dir, dir.resolve("no/such/dir/b.db").toString()));
        assertTrue(err.toString().contains("cannot write to the directory"), err.toString());

        err.reset();
        assertEquals(2, backup(dir));
        assertTrue(err.toString().startsWith("factdeck: Missing required parameter: 'FILE'"), err.toString());
        assertTrue(err.toString().contains("Usage: java -jar factdeck.jar backup [-h] FILE"), err.toString());
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void aBackupMadeAtSchemaV10RestoresAndReadsItsTimes() throws Exception {
        Path old = Files.createDirectories(dir.resolve("old"));
        V10Database.create(old.resolve("factdeck.db"));
        assertEquals(0, backup(old, dir.resolve("v10.db").toString()), err.toString());
        assertTrue(out.toString().contains("schema version 10, 3 accounts, 3 quiz answers, 1 flashcard reviews"),
                out.toString());

        // Restore as the README says: the backup becomes factdeck.db of a data directory, and the server starts.
        Path restored = Files.createDirectories(dir.resolve("restored"));
        Files.copy(dir.resolve("v10.db"), restored.resolve("factdeck.db"));
        var clock = new MovableClock(java.time.Instant.parse("2026-11-23T12:00:30Z"));
        try (var app = TestApp.start(restored, java.util.Map.of(), clock)) {
            // stu's session of the backup is still signed in (its last_seen_at converted).
            var stu = new WebClient(app);
            stu.cookies().getCookieStore().add(java.net.URI.create(app.origin()),
                    cookie("factdeck", V10Database.STU_COOKIE));
            String progress = stu.get("/progress").body();
            // Newest first by the converted times: kyiv (…03Z), espreso (…02.500Z), the mixed quiz (…02Z).
            int kyiv = progress.indexOf("Guardian: Some NATO members");
            int espreso = progress.indexOf("NATO countries may send troops");
            int mixed = progress.indexOf(">All articles<");
            assertTrue(kyiv > 0 && kyiv < espreso && espreso < mixed, progress);
            assertTrue(progress.contains("23 Nov 2026 10:00 UTC"), progress);

            var tea = new WebClient(app);
            assertEquals(302, tea.signIn("tea", V10Database.PASSWORD).statusCode());
            String home = tea.get("/").body();
            // The class's last activity is quiz 2's finish at …05.500Z (as text, …05Z looked later).
            assertTrue(home.contains("datetime=\"2026-11-23T10:00:05.500Z\""), home);
            assertTrue(home.contains(">2 hours ago<"), home);
        }
    }

    private static java.net.HttpCookie cookie(String name, String value) {
        java.net.HttpCookie c = new java.net.HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        return c;
    }

    /** {@code backup ARGS} through the real command line, with FACTDECK_DATA set to {@code data}. */
    private int backup(Path data, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "backup";
        System.arraycopy(args, 0, line, 1, args.length);
        var run = app.factdeck.testing.CommandRun.on(data).run(line);
        out.writeBytes(run.out().getBytes(StandardCharsets.UTF_8));
        err.writeBytes(run.err().getBytes(StandardCharsets.UTF_8));
        return run.status();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
