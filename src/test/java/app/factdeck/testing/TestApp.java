package app.factdeck.testing;

import app.factdeck.App;
import app.factdeck.AppConfig;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The real app on port 0 with its own temporary SQLite file (migrated by Flyway) and the real content tree.
 *
 * <pre>{@code
 * try (TestApp app = TestApp.start()) { app.get("/"); }
 * }</pre>
 */
public final class TestApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Javalin javalin;
    private final Path dataDir;

    private TestApp(Javalin javalin, Path dataDir) {
        this.javalin = javalin;
        this.dataDir = dataDir;
    }

    public static TestApp start() {
        try {
            return start(Files.createTempDirectory("factdeck-test-"), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** On a given data directory (to restart on the same database) with extra settings. */
    public static TestApp start(Path data, Map<String, String> settings) {
        return start(data, settings, java.time.Clock.systemUTC());
    }

    /**
     * With a clock the test moves (see {@link MovableClock}). Flashcard interval fuzz is off unless the settings
     * turn it on, so tests can predict intervals.
     */
    public static TestApp start(Path data, Map<String, String> settings, java.time.Clock clock) {
        return start(data, settings, clock, app.factdeck.Wiring::factProposer);
    }

    /** With the proposer a test gives (the proposals pages before the real proposer proposes anything). */
    public static TestApp start(Path data, Map<String, String> settings, java.time.Clock clock,
                                app.factdeck.Wiring.Proposers proposers) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "FACTDECK_PORT", "0",
                "FACTDECK_HOST", "127.0.0.1",
                "FACTDECK_DATA", data.toString(),
                "FACTDECK_CONTENT", Path.of("content").toAbsolutePath().toString(),
                "FACTDECK_INTERVAL_FUZZ", "false",
                // Argon2 at its real cost is most of a test run's time; hashes say their parameters, so both verify
                "FACTDECK_PASSWORD_HASH_COST", "test-only"));
        if (settings.containsKey("FACTDECK_DATABASE_URL")) {
            // A second instance on another's database: its commands (user add) reach that database too.
            TestDatabases.share(data, settings.get("FACTDECK_DATABASE_URL"));
        }
        env.putAll(TestDatabases.settingsFor(data));
        env.putAll(settings);
        return new TestApp(App.create(AppConfig.fromEnvironment(env), clock, proposers).start(), data);
    }

    /** Creates an account through the real command ({@code user add}), on this app's database. */
    public void addUser(String username, String password, String role) {
        CommandRun run = CommandRun.on(dataDir).stdin(password + "\n").run("user", "add", "--role", role, "--name",
                username.substring(0, 1).toUpperCase() + username.substring(1), username);
        if (run.status() != 0) {
            throw new IllegalStateException("user add " + username + " failed: " + run.status() + " " + run.err());
        }
    }

    /** The running app's own database (for test hooks such as {@code simulateFullDisk}). */
    public app.factdeck.db.Database database() {
        return javalin.unsafe.appDataManager.get(App.DATABASE);
    }

    /** The question ids of a quiz attempt in the order asked, read from the SQLite file. */
    public java.util.List<String> questionsOf(long attempt) throws java.sql.SQLException {
        java.util.List<String> ids = new java.util.ArrayList<>();
        try (var c = connection();
             var q = c.prepareStatement(
                     "SELECT question_id FROM attempt_question WHERE attempt_id = ? ORDER BY position")) {
            q.setLong(1, attempt);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /**
     * The paths of every GET route the app registered, as written ("/quiz/{id}/summary"), read from Javalin's
     * router so a crawler visits a new route without being told.
     */
    public java.util.List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method == io.javalin.http.HandlerType.GET)
                .map(e -> e.endpoint.path).distinct().sorted().toList();
    }

    /** Every route the app registers, as "METHOD path" (before/after filters left out), sorted. */
    public java.util.List<String> endpoints() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method.isHttpMethod())
                .map(e -> e.endpoint.method + " " + e.endpoint.path).distinct().sorted().toList();
    }

    /** A plain JDBC connection to this app's database (SQLite file or PostgreSQL), for a test's own SQL. */
    public java.sql.Connection connection() throws java.sql.SQLException {
        return TestDatabases.connection(dataDir);
    }

    public String origin() {
        return "http://127.0.0.1:" + javalin.port();
    }

    public Path dataDir() {
        return dataDir;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin() + path)).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            RenderedPages.assertNoTemplateSource(response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
