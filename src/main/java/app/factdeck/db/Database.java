package app.factdeck.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final int QUICK_CHECK_LIMIT = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final HikariDataSource readers;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile WriteFailure lastWriteFailure;
    private long maxPageCount; // as it was before simulateFullDisk(true); guarded by writeLock

    private Database(Path file, HikariDataSource readers, Connection writer) {
        this.file = file;
        this.readers = readers;
        this.writer = writer;
    }

    /**
     * Opens (creating if needed) the database file, migrates it to the newest schema and returns it ready. An
     * existing file is checked first ({@code PRAGMA quick_check}), so a damaged, truncated, empty or foreign file
     * is refused with one line instead of being handed to Flyway; a new file is logged loudly, since a wrong
     * FACTDECK_DATA would otherwise look like a server that lost every account.
     *
     * @throws DatabaseException with a one-line message an admin can act on
     */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        ensureWritableDirectory(absolute.getParent());
        boolean created = !Files.exists(absolute);
        if (!created) {
            checkExisting(absolute);
        }
        String url = "jdbc:sqlite:" + absolute;
        migrate(dataSource(url, false));
        if (created) {
            LOG.warn("Created a new database at {}: there was no file there. If your data should be in it, stop the "
                    + "server and check FACTDECK_DATA (or restore a backup there).", absolute);
        }

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

    /**
     * Runs {@code work} in one write transaction ({@code BEGIN IMMEDIATE}); commits unless it throws. When it
     * throws, the original exception is what the caller sees: on SQLITE_FULL or an I/O error SQLite has often
     * rolled the transaction back itself, so our ROLLBACK then fails ("no transaction is active") and is only
     * attached as suppressed. A storage failure (disk full, I/O error, read-only, damaged) is remembered for
     * {@code /health} until a later write commits.
     *
     * @throws DatabaseException for a failed statement or commit, with its {@link DatabaseException#kind()} and
     *                           {@link DatabaseException#writeFailed()} set; a RuntimeException from {@code work}
     *                           as it was thrown
     */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            T result;
            try {
                begin();
                result = work.run(writer);
                execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollbackAfter(e);
                throw e;
            }
            lastWriteFailure = null;
            return result;
        } catch (SQLException e) {
            DatabaseException failure = new DatabaseException("Database write failed ("
                    + DatabaseException.kindOf(e).label() + "): " + firstLine(e.getMessage()), e, true);
            if (failure.kind().storage()) {
                lastWriteFailure = new WriteFailure(failure.kind(), failure.getMessage());
            }
            throw failure;
        } finally {
            writeLock.unlock();
        }
    }

    /** The last write that failed for a storage reason, until a write commits again. */
    public record WriteFailure(DatabaseException.Kind kind, String message) {
    }

    /** The storage failure of the last write, if no write has committed since; {@code /health} reports it. */
    public Optional<WriteFailure> lastWriteFailure() {
        return Optional.ofNullable(lastWriteFailure);
    }

    private void begin() throws SQLException {
        try {
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            // A ROLLBACK that failed earlier can leave a transaction open; end it rather than refuse every write.
            if (!String.valueOf(e.getMessage()).contains("within a transaction")) {
                throw e;
            }
            execute("ROLLBACK");
            execute("BEGIN IMMEDIATE");
        }
    }

    private void rollbackAfter(Exception failure) {
        try {
            execute("ROLLBACK");
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Test hook: while {@code full}, the file cannot grow, as on a full disk. Writes that need a new page then fail
     * with SQLITE_FULL, and SQLite rolls their transaction back itself, as it does when the disk is really full.
     * Only tests call this.
     */
    public void simulateFullDisk(boolean full) {
        writeLock.lock();
        try (Statement s = writer.createStatement()) {
            if (full) {
                try (ResultSet rs = s.executeQuery("PRAGMA max_page_count")) {
                    rs.next();
                    maxPageCount = rs.getLong(1);
                }
                long pages;
                try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                    rs.next();
                    pages = rs.getLong(1);
                }
                s.execute("PRAGMA max_page_count = " + pages);
            } else if (maxPageCount > 0) {
                s.execute("PRAGMA max_page_count = " + maxPageCount);
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot change max_page_count: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * What {@code PRAGMA quick_check} reports other than "ok" (at most {@value #QUICK_CHECK_LIMIT} problems);
     * empty for a sound file. It reads every page, so it takes about as long as reading the file once.
     */
    public List<String> quickCheckProblems() {
        return read(Database::quickCheck);
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

    /**
     * Refuses a file Flyway must not see: empty, unreadable, not a database, or failing {@code PRAGMA quick_check}.
     * A 0-byte file is a valid empty SQLite database, but here it is far more likely a copy or restore that failed
     * (on a full disk, say) than a wish to start afresh, so it is refused too.
     */
    private static void checkExisting(Path file) {
        String restore = " Restore it from a backup (see README, Self-hosting: Restore), or move it away to start with "
                + "a new, empty database.";
        if (!Files.isRegularFile(file)) {
            throw new DatabaseException(file + " is not a file. Set FACTDECK_DATA to the directory holding "
                    + "factdeck.db.", null);
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new DatabaseException(file + " cannot be read and written by this user. Give it to the user "
                    + "Factdeck runs as (chown) or make it writable (chmod u+rw).", null);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new DatabaseException(file + " is empty (0 bytes), not a Factdeck database: a copy or restore "
                    + "may have failed." + restore, null);
        }
        List<String> problems;
        boolean foreign;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            problems = quickCheck(c);
            foreign = problems.isEmpty() && foreign(c);
        } catch (SQLException e) {
            DatabaseException.Kind kind = DatabaseException.kindOf(e);
            if (kind == DatabaseException.Kind.CORRUPT) {
                throw new DatabaseException(file + " is not a SQLite database, or is damaged (" + sqliteMessage(e)
                        + ")." + restore, e);
            }
            throw new DatabaseException("Cannot read " + file + " (" + kind.label() + "): " + sqliteMessage(e), e);
        }
        if (!problems.isEmpty()) {
            throw new DatabaseException(file + " is damaged: PRAGMA quick_check found \"" + problems.get(0) + "\""
                    + (problems.size() > 1 ? " and more" : "") + "." + restore, null);
        }
        if (foreign) {
            throw new DatabaseException(file + " is a SQLite database of some other program (it has tables but no "
                    + "Factdeck schema history). Set FACTDECK_DATA to Factdeck's own data directory, or move the file "
                    + "away.", null);
        }
    }

    /** Tables, but none of Flyway's history: Flyway would refuse it in its own words, or we would write into it. */
    private static boolean foreign(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT COUNT(*), SUM(CASE WHEN name = 'flyway_schema_history' THEN 1 ELSE 0 END)
                  FROM sqlite_master WHERE type = 'table'""")) {
            rs.next();
            return rs.getLong(1) > 0 && rs.getLong(2) == 0;
        }
    }

    private static List<String> quickCheck(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check(" + QUICK_CHECK_LIMIT + ")")) {
            while (rs.next()) {
                // The first problem comes headed "*** in database main ***\n"; the heading is not a problem.
                for (String line : rs.getString(1).split("\n")) {
                    if (!line.isBlank() && !"ok".equals(line) && !line.startsWith("*** in database ")) {
                        problems.add(line.strip());
                    }
                }
            }
        }
        return problems.size() > QUICK_CHECK_LIMIT ? List.copyOf(problems.subList(0, QUICK_CHECK_LIMIT)) : problems;
    }

    /** SQLite's own words, e.g. "file is not a database", without xerial's "[SQLITE_NOTADB] …" preamble. */
    private static String sqliteMessage(SQLException e) {
        String m = firstLine(e.getMessage());
        int open = m.lastIndexOf('(');
        return open >= 0 && m.endsWith(")") ? m.substring(open + 1, m.length() - 1) : m;
    }

    private static void migrate(SQLiteDataSource ds) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .load();
        MigrationInfo[] all;
        try {
            all = flyway.info().all();
        } catch (RuntimeException e) {
            throw new DatabaseException("Reading the database's schema version failed: " + rootMessage(e), e);
        }
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
            // Flyway's own first line is often just "Migration failed !"; the root cause says which row and why.
            String flywaySays = firstLine(e.getMessage());
            String cause = rootMessage(e);
            throw new DatabaseException(cause.equals(flywaySays) ? "Migrating the database failed: " + flywaySays
                    : "Migrating the database failed (" + flywaySays + "): " + cause, e);
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
