package app.factdeck.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void everyConnectionHasThePragmasAndTheSchemaIsMigrated() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("1", pragma(db, "synchronous")); // NORMAL
            assertEquals("5000", pragma(db, "busy_timeout"));
            // SQL migrations in db/migration (SQLite's own) and db/common (both engines'), Java ones (V11) in the
            // package of the same name.
            long migrations = count(Path.of("db", "migration"), "V\\d+__.*\\.sql")
                    + count(Path.of("db", "common"), "V\\d+__.*\\.sql")
                    + count(Path.of("src", "main", "java", "db", "migration"), "V\\d+__.*\\.java");
            assertEquals(migrations, (long) db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
            assertTrue(db.isHealthy());
        }
    }

    @Test
    void aFailedWriteRollsBackAndReadsCannotWrite() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                insertArticle(c, "rolled-back");
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, countArticles(db));
            assertThrows(DatabaseException.class, () -> db.read(c -> insertArticle(c, "from-a-reader")));
            db.write(c -> insertArticle(c, "kept"));
            assertEquals(1, countArticles(db));
        }
    }

    @Test
    void concurrentWritesAreSerialisedAndAllLand() throws Exception {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String slug = "a-" + i;
                results.add(pool.submit(() -> db.write(c -> insertArticle(c, slug))));
            }
            for (Future<Integer> f : results) {
                assertEquals(1, f.get());
            }
            pool.shutdown();
            assertEquals(200, countArticles(db));
        }
    }

    @Test
    void aDatabaseFromANewerReleaseIsRefusedWithOneLine() throws Exception {
        Path file = dir.resolve("f.db");
        Database.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', "
                    + "'V99__from_the_future.sql', 0, 'test', 1, 1)");
        }
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertTrue(e.getMessage().startsWith("The database is at schema version 99 but this Factdeck knows only up to "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(": it was written by a newer release. Run that release or restore a backup."),
                e.getMessage());
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> Database.open(blocker.resolve("data/f.db")));
        assertTrue(e.getMessage().startsWith("Cannot create the data directory " + blocker.resolve("data")),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("Set FACTDECK_DATA to a directory this user can write."), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }

    @Test
    void aFullDiskReportsSqliteFullNotTheFailedRollbackAndHealthShowsItUntilAWriteSucceeds() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            db.write(c -> insertArticle(c, "before"));
            db.simulateFullDisk(true);
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.write(c -> {
                for (int i = 0; i < 200; i++) {
                    insertArticle(c, "big-" + i + "-" + "x".repeat(400));
                }
                return null;
            }));
            assertEquals(DatabaseException.Kind.DISK_FULL, e.kind());
            assertTrue(e.writeFailed());
            assertTrue(e.getMessage().startsWith("Database write failed (disk full): [SQLITE_FULL]"), e.getMessage());
            assertFalse(e.getMessage().contains("rollback"), e.getMessage());
            // SQLite rolled the transaction back itself; our ROLLBACK's complaint is kept, but only as suppressed.
            assertEquals(1, e.getCause().getSuppressed().length);
            assertTrue(e.getCause().getSuppressed()[0].getMessage().contains("no transaction is active"));
            assertEquals(1, countArticles(db), "nothing of the failed write was saved");
            assertEquals(DatabaseException.Kind.DISK_FULL, db.lastWriteFailure().orElseThrow().kind());

            db.simulateFullDisk(false);
            assertTrue(db.lastWriteFailure().isPresent(), "still failing until a write succeeds");
            db.write(c -> insertArticle(c, "after"));
            assertEquals(Optional.empty(), db.lastWriteFailure());
            assertEquals(2, countArticles(db));
        }
    }

    @Test
    void aWriteThatFailsAfterSqliteRolledBackKeepsItsOwnExceptionAndTheNextWriteWorks() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> db.write(c -> {
                insertArticle(c, "gone");
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK"); // as SQLite does on SQLITE_FULL or SQLITE_IOERR
                }
                throw new IllegalStateException("the real cause");
            }));
            assertEquals("the real cause", e.getMessage());
            assertTrue(e.getSuppressed()[0].getMessage().contains("no transaction is active"));
            assertEquals(Optional.empty(), db.lastWriteFailure(), "a bug is not a storage failure");
            db.write(c -> insertArticle(c, "kept"));
            assertEquals(1, countArticles(db));
        }
    }

    @Test
    void aConstraintViolationIsAFailedWriteOfKindOtherAndLeavesHealthAlone() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            db.write(c -> insertArticle(c, "same"));
            DatabaseException e = assertThrows(DatabaseException.class, () -> db.write(c -> insertArticle(c, "same")));
            assertEquals(DatabaseException.Kind.OTHER, e.kind());
            assertTrue(e.writeFailed());
            assertEquals(Optional.empty(), db.lastWriteFailure());
        }
    }

    @Test
    void aFileOfRandomBytesIsRefusedWithOneLineNamingIt() throws Exception {
        Path file = dir.resolve("f.db");
        byte[] noise = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(noise);
        Files.write(file, noise);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + " is not a SQLite database, or is damaged (file "
                + "is not a database). Restore it from a backup"), e.getMessage());
        assertArrayEquals(noise, Files.readAllBytes(file), "the file is left as it was");
    }

    @Test
    void aTruncatedDatabaseIsRefusedByQuickCheck() throws Exception {
        Path file = dir.resolve("f.db");
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 300; i++) {
                String slug = "a-" + i + "-" + "x".repeat(200);
                db.write(c -> insertArticle(c, slug));
            }
        }
        byte[] whole = Files.readAllBytes(file);
        // Cut in half, SQLite itself calls the file malformed.
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        DatabaseException half = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertOneLine(half);
        assertTrue(half.getMessage().startsWith(file.toAbsolutePath() + " is not a SQLite database, or is damaged "
                + "(database disk image is malformed). Restore it from a backup"), half.getMessage());
        // The last page only (the articles' last leaf): SQLite opens the file, quick_check finds the gap.
        int pageSize = ((whole[16] & 0xff) << 8) | (whole[17] & 0xff);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - pageSize));
        DatabaseException lastPage = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertOneLine(lastPage);
        // Whether quick_check reports the missing page as a row or SQLite fails the check itself depends on which
        // page went (the schema grows with every migration); either way the file is refused, in one line.
        assertTrue(lastPage.getMessage().startsWith(file.toAbsolutePath() + " is damaged: PRAGMA quick_check found \"")
                || lastPage.getMessage().startsWith(file.toAbsolutePath() + " is not a SQLite database, or is damaged"),
                lastPage.getMessage());
        assertFalse(lastPage.getMessage().contains("*** in database"), lastPage.getMessage());
        assertTrue(lastPage.getMessage().contains("Restore it from a backup"), lastPage.getMessage());
    }

    @Test
    void anEmptyFileIsRefusedRatherThanTakenForANewDatabase() throws Exception {
        Path file = Files.createFile(dir.resolve("f.db"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + " is empty (0 bytes), not a Factdeck database"),
                e.getMessage());
        assertEquals(0, Files.size(file));
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("f.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
        }
        byte[] before = Files.readAllBytes(file);
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath() + " is a SQLite database of some other program"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void quickCheckOfASoundDatabaseFindsNothing() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            db.write(c -> insertArticle(c, "one"));
            assertEquals(List.of(), db.quickCheckProblems());
        }
    }

    private static void assertOneLine(DatabaseException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().length() < 400, e.getMessage());
    }

    private static int insertArticle(java.sql.Connection c, String slug) throws java.sql.SQLException {
        try (var s = c.prepareStatement("INSERT INTO article (slug, title, publisher, published_on, language, position) "
                + "VALUES (?, 't', 'p', '2023-06-08', 'en', 0)")) {
            s.setString(1, slug);
            return s.executeUpdate();
        }
    }

    private static int countArticles(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM article")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static String pragma(Database db, String name) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static long count(Path dir, String namePattern) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(namePattern)).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
