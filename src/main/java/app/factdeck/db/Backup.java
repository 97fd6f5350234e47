package app.factdeck.db;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/**
 * {@code java -jar factdeck.jar backup FILE}: a consistent copy of the database while the server keeps serving.
 *
 * <p>{@code VACUUM INTO} reads one snapshot (a WAL read transaction, so writers carry on) and writes a compact
 * copy; the copy is written under a temporary name, checked with {@code PRAGMA integrity_check}, and only then
 * renamed to FILE, so a FILE that exists is always a whole, checked backup. It never overwrites.
 */
public final class Backup {

    private static final int BUSY_TIMEOUT_MS = 10_000;

    private Backup() {
    }

    /** What a finished backup holds, for the admin's confirmation line. */
    public record Result(long bytes, String schemaVersion, long accounts, long answers, long reviews) {
    }

    /** A backup that could not be made; the message says why and what to do. */
    public static final class BackupException extends RuntimeException {
        BackupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * pg_dump's connection argument for a JDBC URL: {@code jdbc:postgresql://host:port/name} becomes
     * {@code --dbname=postgresql://user@host:port/name} (libpq reads the same URI, without "jdbc:").
     */
    public static String pgDumpTarget(DatabaseLocation.Postgresql pg) {
        String uri = pg.url().substring("jdbc:".length());
        int query = uri.indexOf('?');
        if (query >= 0) {
            uri = uri.substring(0, query);
        }
        if (pg.user().isPresent()) {
            uri = uri.replaceFirst("^postgresql://", "postgresql://" + pg.user().get() + "@");
        }
        return "--dbname=" + uri;
    }

    /** Copies and prints the admin's confirmation line; 1 with the reason when no backup was made. */
    public static int run(Path target, Path database, PrintStream out, PrintStream err) {
        try {
            Result r = copy(database, target);
            out.printf(Locale.ROOT, "Backed up %s to %s: %.1f MB, integrity ok, schema version %s, %d accounts, "
                            + "%d quiz answers, %d flashcard reviews.%n", database, target, r.bytes() / 1e6,
                    r.schemaVersion(), r.accounts(), r.answers(), r.reviews());
            return 0;
        } catch (BackupException e) {
            err.println("factdeck: " + e.getMessage());
            return 1;
        }
    }

    /** Copies {@code database} to {@code target} (which must not exist) and checks the copy. */
    public static Result copy(Path database, Path target) {
        if (!Files.isRegularFile(database)) {
            throw new BackupException("there is no database at " + database.toAbsolutePath()
                    + ". Set FACTDECK_DATA to the server's data directory.", null);
        }
        if (Files.exists(target)) {
            throw new BackupException(target + " already exists; a backup never overwrites. Choose a new name "
                    + "(e.g. with the date) or delete the old file.", null);
        }
        Path dir = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new BackupException("cannot write to the directory " + dir + ": create it or choose another.", null);
        }
        Path partial = dir.resolve("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
        try {
            try (Connection source = open(database, true); PreparedStatement vacuum =
                    source.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, partial.toString());
                vacuum.execute();
            }
            Result result;
            try (Connection copy = open(partial, false)) {
                List<String> problems = integrityProblems(copy);
                if (!problems.isEmpty()) {
                    throw new BackupException("the copy failed its integrity check (" + String.join("; ", problems)
                            + "); nothing was written to " + target + ". Run the backup again.", null);
                }
                result = new Result(Files.size(partial), schemaVersion(copy), count(copy, "account"),
                        count(copy, "attempt_response"), count(copy, "review_log"));
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } catch (SQLException e) {
            throw new BackupException("the backup failed: " + e.getMessage() + ". Nothing was written to " + target
                    + ".", e);
        } catch (IOException e) {
            throw new BackupException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // best effort: the partial file has a hidden name and is never mistaken for a backup
            }
        }
    }

    private static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    /** What {@code PRAGMA integrity_check} reports other than "ok"; empty for a sound database. */
    public static List<String> integrityProblems(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        }
        return problems;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL
                 ORDER BY installed_rank DESC LIMIT 1""")) {
            return rs.next() ? rs.getString(1) : "(none)";
        }
    }

    /** Row count of one of our own tables (a fixed name from this class, never user input). */
    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
