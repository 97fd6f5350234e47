package app.factdeck.web;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** HTTP tests against the real app on port 0 with a fresh SQLite file. */
class PagesTest extends AppTest {

    private static final String ESPRESO = "/articles/espreso-nato-troops-warning";
    private static final String KI = "/articles/kyiv-independent-nato-troops-warning";

    @Test
    void homeListsBothArticlesWithPublisherAndDate() {
        HttpResponse<String> home = app.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String body = home.body();
        assertTrue(body.contains("href=\"" + ESPRESO + "\""));
        assertTrue(body.contains("href=\"" + KI + "\""));
        assertTrue(body.contains("Espreso Global"));
        assertTrue(body.contains("The Kyiv Independent"));
        assertTrue(body.contains("8 June 2023"));
    }

    @Test
    void articlePageHasTitleBylineAndAnAnchorForEverySentence() {
        String body = app.get(KI).body();
        assertTrue(body.contains("<h1>Guardian: Some NATO members may consider sending troops to Ukraine, warns former "
                + "alliance chief</h1>"));
        assertTrue(body.contains("Rachel Amran"));
        assertTrue(body.contains("<time datetime=\"2023-06-08\">8 June 2023</time>"));
        assertTrue(body.contains("id=\"s-1\">Some NATO countries may decide to put troops on the ground"));
        assertTrue(body.contains(">Rasmussen also chairs the Group on International Security Guarantees for Ukraine "
                + "with Head of the Office of the President Andriy Yermak.</span>"));
    }

    @Test
    void highlightMarksOnlyTheNamedSentenceAndIgnoresGarbage() {
        String body = app.get(ESPRESO + "?hl=s-2").body();
        assertTrue(body.contains("class=\"sentence is-highlighted\" id=\"s-2\""), body);
        assertEquals(1, body.split("is-highlighted", -1).length - 1);
        for (String bad : List.of("s-9999", "x", "%3Cscript%3E", "s-0")) {
            HttpResponse<String> page = app.get(ESPRESO + "?hl=" + bad);
            assertEquals(200, page.statusCode());
            assertFalse(page.body().contains("is-highlighted"), bad);
            assertFalse(page.body().contains("<script>"), bad);
        }
    }

    @Test
    void unknownPagesAndArticlesGetThe404PageInTheLayout() {
        HttpResponse<String> missing = app.get("/no/such/page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        assertTrue(missing.body().contains("class=\"skip-link\""));

        HttpResponse<String> article = app.get("/articles/no-such-article");
        assertEquals(404, article.statusCode());
        assertTrue(article.body().contains("There is no article called &#39;no-such-article&#39;."));
    }

    @Test
    void healthReportsDatabaseAndVersionAsJson() {
        HttpResponse<String> health = app.get("/health");
        assertEquals(200, health.statusCode());
        assertTrue(health.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String engine = TestDatabases.postgresql() ? "postgresql" : "sqlite";
        assertTrue(health.body().matches("\\{\"status\":\"ok\",\"database\":\"ok\",\"engine\":\"" + engine
                + "\",\"version\":\"\\d+\\.\\d+\\.\\d+.*\"}"), health.body());
    }

    @Test
    void stylesheetIsServedFromTheClasspath() {
        HttpResponse<String> css = app.get("/static/css/app.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(":focus-visible"));
    }

    @Test
    void noPageShowsAnyBoilerplate() {
        List<String> boilerplate = List.of("client/title.list_title", "Tags:", "Read also", "Subscribe",
                "indicates required", "pre-order now", "More news", "MORE NEWS", "News Feed", "Editors' Picks",
                "Edit post", "min read", // (our own skip link says "Skip to content", so that one is allowed)
                "Germany to donate 6 IRIS-T", "Alexander Vindman", "Washington Post: NATO lacks consensus");
        for (String path : List.of("/", ESPRESO, KI, "/missing")) {
            String body = app.get(path).body();
            for (String line : boilerplate) {
                assertFalse(body.contains(line), () -> path + " shows boilerplate: " + line);
            }
        }
    }
}
