package app.factdeck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.validation.ValidationError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one mapper of Javalin's ValidationException: a path parameter that names nothing is the 404 page with the
 * page's wording, a query or form field that fails is the 400 page, both in the site layout (never Javalin's JSON).
 */
class ValidationErrorPageTest {

    private static final String NO_SUCH = "There is no such widget. The widgets are listed on the widget page.";
    private static Javalin server;

    @BeforeAll
    static void start() {
        // Only the plumbing under test: the renderer, the error pages and three routes that read typed parameters.
        server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.fileRenderer(new ThymeleafRenderer(false));
            javalin.routes.get("/widgets/{id}", ctx -> ctx.result("widget " + PathIds.of(ctx, "id", NO_SUCH)));
            javalin.routes.get("/widgets/{id}/parts/{position}", ctx -> ctx.result("part "
                    + PathIds.position(ctx, "position", "There is no part '" + PathIds.shown(ctx, "position") + "'.")));
            javalin.routes.get("/list", ctx -> ctx.result("page "
                    // Javalin runs checks on a missing field too (null): a check must allow for it.
                    + ctx.queryParamAsClass("page", Integer.class).check(p -> p == null || p > 0,
                            "Pages are numbered from 1.")
                    .getOrDefault(1)));
            javalin.routes.get("/plain/{n}", ctx -> ctx.result("n " + ctx.pathParamAsClass("n", Long.class).get()));
            ErrorPages.register(javalin.routes);
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aPathIdThatIsNoNumberIsThe404PageWithThePagesWording() {
        assertEquals("widget 12", get("/widgets/12").body());
        for (String bad : List.of("abc", "-3", "0", "%2B12", "012", "%D9%A3", "9223372036854775808", "9".repeat(500))) {
            HttpResponse<String> r = get("/widgets/" + bad);
            assertEquals(404, r.statusCode(), bad);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), bad);
            assertTrue(r.body().contains("<title>Page not found"), bad + ": " + r.body());
            assertTrue(r.body().contains("There is no such widget. The widgets are listed on the widget page."), bad);
        }
    }

    @Test
    void aPositionPastAnIntIsNoPositionAndTheMessageRepeatsOnlyTheStartOfIt() {
        assertEquals("part 3", get("/widgets/1/parts/3").body());
        HttpResponse<String> r = get("/widgets/1/parts/" + "7".repeat(500));
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("There is no part &#39;" + "7".repeat(20) + "…&#39;."), r.body());
        assertEquals(404, get("/widgets/1/parts/2147483648").statusCode());
    }

    @Test
    void aQueryFieldThatFailsIsThe400PageWithTheChecksMessage() {
        assertEquals("page 2", get("/list?page=2").body());
        assertEquals("page 1", get("/list").body());
        HttpResponse<String> zero = get("/list?page=0");
        assertEquals(400, zero.statusCode());
        assertTrue(zero.body().contains("Pages are numbered from 1."), zero.body());
        HttpResponse<String> letters = get("/list?page=" + "x".repeat(500));
        assertEquals(400, letters.statusCode());
        assertTrue(letters.body().contains("&#39;" + "x".repeat(20) + "…&#39; is not a valid page."), letters.body());
        assertTrue(letters.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void aRouteThatReadsAPathParameterWithoutWordingStillGetsThe404Page() {
        HttpResponse<String> r = get("/plain/abc");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("There is no page at /plain/abc."), r.body());
    }

    @Test
    void aPathParameterDecidesOverAFieldAndJavalinsCodesAreNeverShown() {
        Map<String, List<ValidationError<Object>>> both = Map.of(
                "page", List.of(new ValidationError<>("TYPE_CONVERSION_FAILED", Map.of(), "x")),
                "id", List.of(new ValidationError<>("TYPE_CONVERSION_FAILED", Map.of(), "abc")));
        assertEquals(new ValidationErrorPage.Refusal(404, "There is no page at /w/abc."),
                ValidationErrorPage.refusal(both, Set.of("id"), "/w/abc"));
        Map<String, List<ValidationError<Object>>> missing = Map.of(
                "reps", List.of(new ValidationError<>("NULLCHECK_FAILED")));
        assertEquals(new ValidationErrorPage.Refusal(400, "The request is missing 'reps'. Go back, reload the page and "
                + "send it again."), ValidationErrorPage.refusal(missing, Set.of(), "/study/x/review"));
        Map<String, List<ValidationError<Object>>> checked = Map.of("rating", List.of(
                new ValidationError<>("NULLCHECK_FAILED"), new ValidationError<>("Choose Again, Hard, Good or Easy.")));
        assertEquals(new ValidationErrorPage.Refusal(400, "Choose Again, Hard, Good or Easy."),
                ValidationErrorPage.refusal(checked, Set.of("deck"), "/study/x/review"));
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
