package app.factdeck.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
            long migrations;
            try (var files = Files.list(Path.of("db", "migration"))) {
                migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
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
}
