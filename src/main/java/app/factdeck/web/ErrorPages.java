package app.factdeck.web;

import app.factdeck.db.DatabaseException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps failures to pages in the site layout, once for every route: {@link NotFound} and unknown paths to
 * the 404 page, a database failure to a page that says whether anything was saved ({@link DatabaseErrorPage}),
 * anything unexpected to the 500 page. No stack trace ever reaches a browser; it goes to the
 * log with an id the page shows, so an admin can find it.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String NOT_FOUND_MESSAGE = "factdeck.notFoundMessage";

    private ErrorPages() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(NotFound.class, (e, ctx) -> {
            ctx.attribute(NOT_FOUND_MESSAGE, e.getMessage());
            ctx.status(HttpStatus.NOT_FOUND);
        });
        routes.exception(Forbidden.class, (e, ctx) -> ctx.status(HttpStatus.FORBIDDEN)
                .render("errors/403", Map.of("title", "Not allowed", "message", e.getMessage())));
        routes.exception(BadRequest.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                .render("errors/400", Map.of("title", "Cannot do that", "message", e.getMessage())));
        routes.exception(DatabaseException.class, DatabaseErrorPage::render);
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = incident();
            LOG.error("Unhandled error on {} {} (incident {})", ctx.method(), ctx.path(), incident, e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .render("errors/500", Map.of("title", "Something went wrong", "incident", incident));
        });
        // Every client gets the page: browsers, and curl or crawlers that send Accept: */*.
        routes.error(404, ErrorPages::renderNotFound);
    }

    /** A short code the page shows and the log line carries, so an admin can find one failure. */
    static String incident() {
        return Long.toString(System.nanoTime() & 0xffffffL, 36);
    }

    private static void renderNotFound(Context ctx) {
        String message = ctx.attribute(NOT_FOUND_MESSAGE);
        ctx.render("errors/404", Map.of(
                "title", "Page not found",
                "message", message != null ? message : "There is no page at " + ctx.path() + "."));
    }
}
