package app.factdeck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.WebClient;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A full disk seen from a browser and from /health, on the real app (SQLite's max_page_count as the full disk). */
@org.junit.jupiter.api.Tag("sqlite-only") // a full disk is simulated with SQLite's max_page_count
class FullDiskRoutesTest extends AppTest {

    @Test
    void aWriteOnAFullDiskSaysItWasNotSavedWith503AndHealthShowsItUntilAWriteSucceeds() {
        WebClient stu = signedIn("stu", "orange piano window", "student");
        stu.get("/");
        assertEquals(200, app.get("/health").statusCode());
        int before = attempts();

        app.database().simulateFullDisk(true);
        HttpResponse<String> failed = null;
        int started = 0;
        // Each new quiz adds a row and ten questions; within a few the file must grow, and cannot.
        for (int i = 0; i < 100 && failed == null; i++) {
            HttpResponse<String> r = stu.post("/quiz", Map.of());
            if (r.statusCode() == 302) {
                started++;
            } else {
                failed = r;
            }
        }
        try {
            assertTrue(failed != null, "a full disk never failed a write");
            assertEquals(503, failed.statusCode(), failed.body());
            assertTrue(failed.body().contains("<h1>Your change was not saved</h1>"), failed.body());
            assertTrue(failed.body().contains("The server&#39;s disk is full, so what you just sent was NOT saved."),
                    failed.body());
            assertTrue(failed.body().contains("Tell your administrator"), failed.body());
            assertFalse(failed.body().contains("nothing you saved was lost"), failed.body());
            assertFalse(failed.body().contains("SQLITE"), "no internals on the page");
            assertEquals(before + started, attempts(), "only the quizzes that got a 302 were stored");

            HttpResponse<String> health = app.get("/health");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"unavailable\""), health.body());
            assertTrue(health.body().contains("writes are failing (disk full)"), health.body());
            assertTrue(health.body().contains("SQLITE_FULL"), health.body());
        } finally {
            app.database().simulateFullDisk(false);
        }
        assertEquals(503, app.get("/health").statusCode(), "no write has succeeded yet");
        assertEquals(302, stu.post("/quiz", Map.of()).statusCode());
        HttpResponse<String> healthy = app.get("/health");
        assertEquals(200, healthy.statusCode(), healthy.body());
        assertTrue(healthy.body().contains("\"status\":\"ok\""), healthy.body());
        assertEquals(before + started + 1, attempts());
    }

    @Test
    void deepHealthRunsQuickCheck() {
        HttpResponse<String> deep = app.get("/health?deep");
        assertEquals(200, deep.statusCode(), deep.body());
        assertTrue(deep.body().contains("\"quick_check\":\"ok\""), deep.body());
        assertFalse(app.get("/health").body().contains("quick_check"), "the plain check stays cheap");
    }

    private static int attempts() {
        return app.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM quiz_attempt")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
