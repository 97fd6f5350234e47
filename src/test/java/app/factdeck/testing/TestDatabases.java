package app.factdeck.testing;

import app.factdeck.db.Database;
import app.factdeck.db.DatabaseLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine tests run on: SQLite (a file in the test's data directory) unless the system property
 * {@code factdeck.test.engine} is {@code postgresql}, as in Maven's second run of the database tests. There each
 * data directory a test makes gets its own new PostgreSQL database, copied from one this JVM migrated once (a
 * template), so every test class starts empty as it does on SQLite. The server is the one
 * {@code src/test/scripts/postgresql-for-tests.sh} started; its address is in the properties file the system
 * property {@code factdeck.test.postgresql} names.
 *
 * <pre>{@code
 * Map<String, String> env = TestDatabases.settingsFor(dataDir);   // FACTDECK_DATABASE_URL … on PostgreSQL
 * try (Connection c = TestDatabases.connection(dataDir)) { … }     // the test's own look at the data
 * }</pre>
 */
public final class TestDatabases {

    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile String template;

    private TestDatabases() {
    }

    /** True in the PostgreSQL run. */
    public static boolean postgresql() {
        return "postgresql".equals(System.getProperty("factdeck.test.engine"));
    }

    /** The settings that put the app or a command run on {@code dataDir}'s database (none on SQLite). */
    public static Map<String, String> settingsFor(Path dataDir) {
        if (!postgresql()) {
            return Map.of();
        }
        Server server = server();
        return Map.of("FACTDECK_DATABASE_URL", urlFor(dataDir), "FACTDECK_DATABASE_USER", server.user(),
                "FACTDECK_DATABASE_PASSWORD", server.password());
    }

    /** Where {@code dataDir}'s data is. */
    public static DatabaseLocation locationFor(Path dataDir) {
        if (!postgresql()) {
            return new DatabaseLocation.SqliteFile(dataDir.resolve("factdeck.db"));
        }
        Server server = server();
        return new DatabaseLocation.Postgresql(urlFor(dataDir), Optional.of(server.user()),
                Optional.of(server.password()));
    }

    /** {@link Database#open} on the database of {@code file}'s directory: the SQLite file, or its PostgreSQL twin. */
    public static Database open(Path file) {
        if (!postgresql()) {
            return Database.open(file);
        }
        return Database.open(locationFor(file.toAbsolutePath().getParent()));
    }

    /** A plain JDBC connection to {@code dataDir}'s database, for a test that reads or changes rows itself. */
    public static Connection connection(Path dataDir) throws SQLException {
        if (!postgresql()) {
            return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("factdeck.db"));
        }
        Server server = server();
        return DriverManager.getConnection(urlFor(dataDir), server.user(), server.password());
    }

    /** Makes {@code dataDir} use the database at {@code url} (a second instance on a first one's database). */
    public static void share(Path dataDir, String url) {
        DATABASES.put(dataDir.toAbsolutePath().normalize(), url);
    }

    private static String urlFor(Path dataDir) {
        return DATABASES.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> createDatabase());
    }

    /** A new database copied from this JVM's migrated template (CREATE DATABASE … TEMPLATE copies files: fast). */
    private static String createDatabase() {
        Server server = server();
        String name = "fdt_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        execute(server, "CREATE DATABASE " + name + " TEMPLATE " + template(server));
        return server.urlOf(name);
    }

    private static synchronized String template(Server server) {
        if (template == null) {
            String name = "fdt_" + ProcessHandle.current().pid() + "_template";
            execute(server, "DROP DATABASE IF EXISTS " + name);
            execute(server, "CREATE DATABASE " + name);
            // Migrated by the real code, then closed: a template must have no connections when it is copied.
            Database.open(new DatabaseLocation.Postgresql(server.urlOf(name), Optional.of(server.user()),
                    Optional.of(server.password()))).close();
            template = name;
        }
        return template;
    }

    private static void execute(Server server, String sql) {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on the test PostgreSQL server " + server.url() + ": "
                    + e.getMessage(), e);
        }
    }

    /** The test server: its maintenance database's URL and a user who may create databases. */
    public record Server(String url, String user, String password) {
        String urlOf(String database) {
            return url.replaceFirst("/[^/?]+(\\?.*)?$", "/" + database + "$1");
        }
    }

    private static volatile Server server;

    public static Server server() {
        if (server == null) {
            String file = System.getProperty("factdeck.test.postgresql", "target/postgresql.properties");
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("The PostgreSQL tests need a server: run "
                        + "src/test/scripts/postgresql-for-tests.sh start target (Maven's verify does) to make "
                        + file, e);
            }
            server = new Server(p.getProperty("url"), p.getProperty("user", ""), p.getProperty("password", ""));
        }
        return server;
    }
}
