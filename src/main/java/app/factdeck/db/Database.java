package app.factdeck.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one place that knows Factdeck stores its data in SQLite: pragmas, migrations, and how reads and
 * writes reach the file.
 *
 * <pre>{@code
 * Database db = Database.open(Path.of("data/factdeck.db"));
 * int n = db.read(c -> ...);                  // any number of readers at once (WAL)
 * db.write(c -> { ...; return null; });       // one writer at a time, BEGIN IMMEDIATE ... COMMIT
 * }</pre>
 *
 * <p>Writes are serialised in the JVM (one lock, one connection) instead of letting SQLite's busy handler
 * arbitrate, because a queue in the JVM is fair and never surfaces SQLITE_BUSY to a user.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int READ_POOL_SIZE = 4;

    private final Path file;
    private final HikariDataSource readers;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private Database(Path file, HikariDataSource readers, Connection writer) {
        this.file = file;
        this.readers = readers;
        this.writer = writer;
    }

    /**
     * Opens (creating if needed) the database file, migrates it to the newest schema and returns it ready.
     *
     * @throws DatabaseException with a one-line message an admin can act on
     */
    public static Database open(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        ensureWritableDirectory(dir);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        migrate(dataSource(url, false));

        HikariConfig pool = new HikariConfig();
        pool.setDataSource(dataSource(url, true));
        pool.setPoolName("factdeck-readers");
        pool.setMaximumPoolSize(READ_POOL_SIZE);
        pool.setMinimumIdle(1);
        // Hikari sets the flag on every connection; it must match the one SQLiteConfig opened it with.
        pool.setReadOnly(true);
        HikariDataSource readers;
        try {
            readers = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot open " + file + " for reading: " + rootMessage(e), e);
        }
        try {
            Connection writer = dataSource(url, false).getConnection();
            writer.setAutoCommit(true);
            return new Database(file, readers, writer);
        } catch (SQLException e) {
            readers.close();
            throw new DatabaseException("Cannot open " + file + " for writing: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a read-only connection; several reads run at once. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = readers.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("Database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one write transaction ({@code BEGIN IMMEDIATE}); commits unless it throws. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            try (Statement begin = writer.createStatement()) {
                begin.execute("BEGIN IMMEDIATE");
            }
            try {
                T result = work.run(writer);
                try (Statement commit = writer.createStatement()) {
                    commit.execute("COMMIT");
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                try (Statement rollback = writer.createStatement()) {
                    rollback.execute("ROLLBACK");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** True when a trivial query answers; used by /health. */
    public boolean isHealthy() {
        try {
            return read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT 1")) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            readers.close();
            writer.close();
        } catch (SQLException e) {
            throw new DatabaseException("Closing the database failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Pragmas live here, on every connection, never in migrations (Flyway cannot mix them with DDL). */
    private static SQLiteDataSource dataSource(String url, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    private static void ensureWritableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new DatabaseException("Cannot create the data directory " + dir + " (" + e.getClass().getSimpleName()
                    + "). Set FACTDECK_DATA to a directory this user can write.", e);
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new DatabaseException("The data directory " + dir
                    + " is not writable. Set FACTDECK_DATA to a directory this user can write.", null);
        }
    }

    private static void migrate(SQLiteDataSource ds) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load();
        MigrationInfo[] all = flyway.info().all();
        // An applied migration this build does not ship means a newer release wrote the file.
        var future = Arrays.stream(all).filter(i -> !i.getState().isResolved() && i.getVersion() != null)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder());
        if (future.isPresent()) {
            MigrationVersion newestKnown = Arrays.stream(all)
                    .filter(i -> i.getState().isResolved() && i.getVersion() != null)
                    .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
            throw new DatabaseException("The database is at schema version " + future.get()
                    + " but this Factdeck knows only up to " + newestKnown
                    + ": it was written by a newer release. Run that release or restore a backup.", null);
        }
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            throw new DatabaseException("Migrating the database failed: " + firstLine(e.getMessage()), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return firstLine(root.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** One unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
