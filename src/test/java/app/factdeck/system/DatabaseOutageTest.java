package app.factdeck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.TestApp;
import app.factdeck.testing.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running instance, then comes back: /health says so in its JSON (a load balancer takes
 * the instance out), pages say the database cannot be reached, and both recover by themselves.
 */
@Tag("postgresql-only")
class DatabaseOutageTest {

    @Test
    void healthAndPagesSayTheDatabaseIsUnreachableThenRecover() throws Exception {
        Path data = Files.createTempDirectory("factdeck-outage-");
        try (TestApp app = TestApp.start(data, Map.of())) {
            assertEquals(200, app.get("/health").statusCode());
            String url = TestDatabases.settingsFor(data).get("FACTDECK_DATABASE_URL");
            String name = url.substring(url.lastIndexOf('/') + 1);
            TestDatabases.Server server = TestDatabases.server();
            // No one may connect, and every connection the app holds is ended: as when the server goes away.
            admin(server, "ALTER DATABASE " + name + " ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            try {
                HttpResponse<String> health = app.get("/health");
                assertEquals(503, health.statusCode());
                assertTrue(health.body().startsWith("{\"status\":\"unavailable\",\"database\":\"unavailable: "),
                        health.body());
                assertTrue(health.body().contains("\"engine\":\"postgresql\""), health.body());
                HttpResponse<String> page = app.get("/");
                assertEquals(503, page.statusCode());
                assertTrue(page.body().contains("The server cannot reach its database"), page.body());
            } finally {
                admin(server, "ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
            }
            assertEquals(200, app.get("/health").statusCode(), "back once the database is");
            assertEquals(200, app.get("/").statusCode());
        }
    }

    private static void admin(TestDatabases.Server server, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
