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
 * The one place that knows which engine stores Factdeck's data: SQLite (the default) or PostgreSQL (several
 * instances). Pragmas, migrations, pools, and how reads and writes reach the engine live here and nowhere else;
 * every feature's SQL is in the subset both engines share.
 *
 * <pre>{@code
 * Database db = Database.open(Path.of("data/factdeck.db"));
 * int n = db.read(c -> ...);                  // any number of readers at once
 * db.write(c -> { ...; return null; });       // one transaction; committed unless it throws
 * }</pre>
 *
 * <p>On SQLite, writes are serialised in the JVM (one lock, one connection, {@code BEGIN IMMEDIATE}) instead of
 * letting SQLite's busy handler arbitrate, because a queue in the JVM is fair and never surfaces SQLITE_BUSY to a
 * user. On PostgreSQL several instances write at once, so there is no lock to take in the JVM: each write is a
 * {@code SERIALIZABLE} transaction, which gives every feature the guarantee the single writer gave (a read and
 * the write that depends on it cannot interleave with another instance's), and a transaction the engine aborts
 * as a serialization failure or deadlock is run again, so {@code work} must do nothing but SQL.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int READ_POOL_SIZE = 4;
    private static final int QUICK_CHECK_LIMIT = 5;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** PostgreSQL: 10 connections per instance, so nine instances stay under the default max_connections of 100. */
    private static final int PG_READ_POOL_SIZE = 6;
    private static final int PG_WRITE_POOL_SIZE = 4;
    /** A write aborted as a serialization failure or deadlock is tried this many times in all. */
    static final int PG_WRITE_ATTEMPTS = 12;
    private static final int PG_CONNECT_TIMEOUT_MS = 10_000;

    private final DatabaseLocation location;
    private final HikariDataSource readers;
    /** SQLite: the one writing connection (guarded by writeLock). PostgreSQL: null. */
    private final Connection writer;
    /** PostgreSQL: the writing pool (SERIALIZABLE, no auto-commit). SQLite: null. */
    private final HikariDataSource writers;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile WriteFailure lastWriteFailure;
    private long maxPageCount; // as it was before simulateFullDisk(true); guarded by writeLock

    private Database(DatabaseLocation location, HikariDataSource readers, Connection writer, HikariDataSource writers) {
        this.location = location;
        this.readers = readers;
        this.writer = writer;
        this.writers = writers;
    }

    /** Opens the database {@code location} names, migrating it: {@link #open(Path)} or a PostgreSQL database. */
    public static Database open(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.Postgresql pg) {
            return openPostgresql(pg);
        }
        return open(((DatabaseLocation.SqliteFile) location).file());
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
        DatabaseLocation location = new DatabaseLocation.SqliteFile(file);
        Path absolute = file.toAbsolutePath();
        ensureWritableDirectory(absolute.getParent());
        boolean created = !Files.exists(absolute);
        if (!created) {
            checkExisting(absolute);
        }
        String url = "jdbc:sqlite:" + absolute;
        migrate(dataSource(url, false), DatabaseLocation.Engine.SQLITE);
        if (created) {
            LOG.warn("Created a new database at {}: there was no file there. If your data should be in it, stop the "
                    + "server and check FACTDECK_DATA (or restore a backup there).", absolute);
        }

        HikariConfig pool = new HikariConfig();
        pool.setDataSource(ReusedStatements.wrap(dataSource(url, true)));
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
            Connection writer = ReusedStatements.wrap(dataSource(url, false).getConnection());
            writer.setAutoCommit(true);
            return new Database(location, readers, writer, null);
        } catch (SQLException e) {
            readers.close();
            throw new DatabaseException("Cannot open " + file + " for writing: " + e.getMessage(), e);
        }
    }

    /**
     * Connects to PostgreSQL and migrates the database under Flyway's own lock (a PostgreSQL advisory lock), so of
     * several instances starting at once one migrates and the others wait, then find nothing to do.
     */
    private static Database openPostgresql(DatabaseLocation.Postgresql pg) {
        HikariDataSource writers = pool(pg, "factdeck-writers", PG_WRITE_POOL_SIZE, false);
        try {
            migrate(writers, DatabaseLocation.Engine.POSTGRESQL);
            HikariDataSource readers = pool(pg, "factdeck-readers", PG_READ_POOL_SIZE, true);
            return new Database(pg, readers, null, writers);
        } catch (RuntimeException e) {
            writers.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DatabaseLocation.Postgresql pg, String name, int size, boolean reading) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(pg.url());
        pg.user().ifPresent(pool::setUsername);
        pg.password().ifPresent(pool::setPassword);
        pool.setPoolName(name);
        pool.setMaximumPoolSize(size);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(PG_CONNECT_TIMEOUT_MS);
        pool.setAutoCommit(reading);
        if (!reading) {
            pool.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
        }
        // Each statement is prepared on the server at its first use; the driver's cache (per connection, by SQL text)
        // reuses it for every later statement of the same text.
        pool.addDataSourceProperty("prepareThreshold", "1");
        pool.addDataSourceProperty("ApplicationName", "factdeck");
        try {
            return new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new DatabaseException("Cannot connect to PostgreSQL at " + pg.describe() + ": " + rootMessage(e)
                    + ". Check FACTDECK_DATABASE_URL, FACTDECK_DATABASE_USER and the password, and that the server "
                    + "is running (see README, Running several instances).", e);
        }
    }

    /** Which engine this is. */
    public DatabaseLocation.Engine engine() {
        return location.engine();
    }

    /** Where the data is, as {@code serve} logs it. */
    public DatabaseLocation location() {
        return location;
    }

    /**
     * Runs {@code work} while no other instance of Factdeck on this database runs work under the same {@code name}
     * (PostgreSQL: a session advisory lock, held on a connection of its own until the work ends). Start-up work that
     * writes (the content sync) runs under it, and must still be idempotent: the second instance runs it too, after
     * the first. On SQLite, where one process owns the file, it just runs.
     */
    public <T> T exclusively(String name, java.util.function.Supplier<T> work) {
        if (engine() == DatabaseLocation.Engine.SQLITE) {
            return work.get();
        }
        long key = advisoryKey(name);
        try (Connection c = readers.getConnection()) {
            try (var q = c.prepareStatement("SELECT pg_advisory_lock(?)")) {
                q.setLong(1, key);
                q.execute();
            }
            try {
                return work.get();
            } finally {
                try (var q = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    q.setLong(1, key);
                    q.execute();
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("Taking the database lock '" + name + "' failed: " + firstLine(e.getMessage()),
                    e);
        }
    }

    /** A stable 64-bit key for a lock's name (the high bits of its SHA-256), the same in every instance. */
    static long advisoryKey(String name) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("factdeck:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(d).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
        if (writers != null) {
            return writePostgresql(work);
        }
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

    /**
     * One SERIALIZABLE transaction on a pooled connection, run again (after a short random pause, growing with each
     * try) when PostgreSQL aborts it as a serialization failure (40001) or a deadlock (40P01): another instance's
     * transaction touched the same rows, and running it again is what PostgreSQL asks of the client.
     */
    private <T> T writePostgresql(SqlWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection c = writers.getConnection()) {
                try {
                    T result = work.run(c);
                    c.commit();
                    lastWriteFailure = null;
                    return result;
                } catch (SQLException | RuntimeException e) {
                    try {
                        c.rollback();
                    } catch (SQLException rollbackFailure) {
                        e.addSuppressed(rollbackFailure);
                    }
                    throw e;
                }
            } catch (SQLException e) {
                if (retryable(e) && attempt < PG_WRITE_ATTEMPTS) {
                    pause(attempt);
                    continue;
                }
                DatabaseException failure = new DatabaseException("Database write failed ("
                        + DatabaseException.kindOf(e).label() + "): " + firstLine(e.getMessage()), e, true);
                if (failure.kind().storage()) {
                    lastWriteFailure = new WriteFailure(failure.kind(), failure.getMessage());
                }
                throw failure;
            }
        }
    }

    /** PostgreSQL's "run it again" states, anywhere in the chain (a batch wraps the statement's own). */
    static boolean retryable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && ("40001".equals(s.getSQLState()) || "40P01".equals(s.getSQLState()))) {
                return true;
            }
            if (t instanceof SQLException s && s.getNextException() != null && s.getNextException() != t
                    && retryable(s.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 2L + 5L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Interrupted while retrying a write", e);
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
        if (writer == null) {
            throw new UnsupportedOperationException("simulateFullDisk is a SQLite test hook");
        }
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
        // PostgreSQL checks its own pages (data checksums, amcheck); an admin runs those with the server's tools.
        return writer == null ? List.of() : read(Database::quickCheck);
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

    /** The SQLite file; empty on PostgreSQL. */
    public Optional<Path> file() {
        return location instanceof DatabaseLocation.SqliteFile f ? Optional.of(f.file()) : Optional.empty();
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            readers.close();
            if (writers != null) {
                writers.close();
            }
            if (writer != null) {
                writer.close();
            }
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

    /**
     * Flyway's folders per engine: db/migration is SQLite's (V1–V15 as they always were), db/postgresql holds the
     * same versions written for PostgreSQL where the DDL must differ, db/common the ones both run unchanged.
     */
    public static String[] locations(DatabaseLocation.Engine engine) {
        return switch (engine) {
            case SQLITE -> new String[] {"classpath:db/migration", "classpath:db/common"};
            case POSTGRESQL -> new String[] {"classpath:db/postgresql", "classpath:db/common"};
        };
    }

    private static void migrate(javax.sql.DataSource ds, DatabaseLocation.Engine engine) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations(locations(engine))
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
