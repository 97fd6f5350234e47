package app.factdeck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's yardsticks exist only when asked for, and do what the report says they do. */
@org.junit.jupiter.api.Tag("database")
class BaselinesTest {

    @Test
    void aNormalServerHasNoBenchmarkRoutes() {
        try (TestApp server = TestApp.start()) {
            assertEquals(404, server.get("/bench/bare").statusCode());
            assertEquals(404, server.get("/bench/page?slug=x").statusCode());
            assertEquals(404, server.get("/bench/layout-page?slug=x").statusCode());
            WebClient web = new WebClient(server);
            web.get("/login");
            assertEquals(404, web.post("/bench/insert", Map.of("body", "x")).statusCode());
        }
    }

    @Test
    void withTheFlagTheyAnswerAndTheInsertIsStored() throws Exception {
        try (TestApp server = TestApp.start(Files.createTempDirectory("factdeck-test-"),
                Map.of("FACTDECK_BENCHMARK_BASELINES", "true"))) {
            assertEquals("ok", server.get("/bench/bare").body());
            String page = server.get("/bench/page?slug=kyiv-independent-nato-troops-warning").body();
            assertTrue(page.contains("<h1>") && page.contains("NATO"), page);
            String inLayout = server.get("/bench/layout-page?slug=kyiv-independent-nato-troops-warning").body();
            assertTrue(inLayout.contains("NATO") && inLayout.contains("<nav"), inLayout);

            WebClient web = new WebClient(server);
            web.get("/login");
            assertEquals(204, web.post("/bench/insert", Map.of("body", "answer one")).statusCode());
            assertEquals(204, web.post("/bench/insert", Map.of("body", "answer two")).statusCode());
            // The same CSRF check as every form: without the token it is refused.
            assertEquals(403, web.postRaw("/bench/insert", Map.of("body", "x"), server.origin()).statusCode());
            try (var c = server.connection();
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(body) FROM bench_baseline")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
                assertEquals("answer two", rs.getString(2));
            }
        }
    }
}
