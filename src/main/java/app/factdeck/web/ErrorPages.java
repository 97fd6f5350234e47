package app.factdeck.web;

import app.factdeck.db.DatabaseException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps failures to pages in the site layout, once for every route: {@link NotFound} and unknown paths to
 * the 404 page, a typed parameter that failed to the 404 or 400 page ({@link ValidationErrorPage}), a database
 * failure to a page that says whether anything was saved ({@link DatabaseErrorPage}), anything unexpected to the
 * 500 page. No stack trace ever reaches a browser; it goes to the
 * log with an id the page shows, so an admin can find it.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    private static final String NOT_FOUND_MESSAGE = "factdeck.notFoundMessage";

    private ErrorPages() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(NotFound.class, (e, ctx) -> notFound(ctx, e.getMessage()));
        routes.exception(Forbidden.class, (e, ctx) -> ctx.status(HttpStatus.FORBIDDEN)
                .render("errors/403", Map.of("title", "Not allowed", "message", e.getMessage())));
        routes.exception(BadRequest.class, (e, ctx) -> badRequest(ctx, e.getMessage()));
        // A typed path or query parameter that failed (ctx.pathParamAsClass, PathIds): our 404 or 400 page, never
        // Javalin's JSON.
        routes.exception(ValidationException.class, ValidationErrorPage::render);
        routes.exception(DatabaseException.class, DatabaseErrorPage::render);
        routes.exception(RequestRefused.class, (e, ctx) -> renderRefused(ctx, e.status(), e.getMessage()));
        // Javalin's own refusals (405 for a known path with another method, its body-size check): our page,
        // never Javalin's plain text or JSON.
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
                ctx.status(HttpStatus.NOT_FOUND);
                return;
            }
            if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                e.getDetails().values().stream().findFirst().ifPresent(methods -> ctx.header("Allow", methods));
            }
            renderRefused(ctx, e.getStatus(), messageFor(e.getStatus()));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (isMalformedForm(e)) {
                LOG.info("Refused a malformed form on {} {}: {}", ctx.method(), ctx.path(), rootMessage(e));
                renderRefused(ctx, HttpStatus.BAD_REQUEST.getCode(), "The form could not be read: what arrived is "
                        + "not a complete form. Reload the page and send it again.");
                return;
            }
            String incident = incident();
            LOG.error("Unhandled error on {} {} (incident {})", ctx.method(), ctx.path(), incident, e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .render("errors/500", Map.of("title", "Something went wrong", "incident", incident));
        });
        // Every client gets the page: browsers, and curl or crawlers that send Accept: */*.
        routes.error(404, ErrorPages::renderNotFound);
    }

    /** The 404 page with {@code message}, rendered by the error handler below (so unknown paths get it too). */
    static void notFound(Context ctx, String message) {
        ctx.attribute(NOT_FOUND_MESSAGE, message);
        ctx.status(HttpStatus.NOT_FOUND);
    }

    static void badRequest(Context ctx, String message) {
        ctx.status(HttpStatus.BAD_REQUEST).render("errors/400", Map.of("title", "Cannot do that", "message", message));
    }

    private static void renderRefused(Context ctx, int status, String message) {
        Map<String, Object> model = new java.util.HashMap<>(Map.of("code", Integer.toString(status),
                "heading", headingFor(status), "message", message));
        backTo(ctx).ifPresent(path -> model.put("back", path));
        ctx.status(status).render("errors/request", model);
    }

    /**
     * The page of this site the refused request came from (its Referer), so that the page can lead back to the
     * form (a file too large: choose another). Only a plain path on this host; anything else gives no link.
     */
    static java.util.Optional<String> backTo(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer == null || referer.length() > SafeRedirect.MAX_LENGTH) {
            return java.util.Optional.empty();
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            if (uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(ctx.header("Host"))
                    || uri.getRawPath() == null) {
                return java.util.Optional.empty();
            }
            String asked = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String path = SafeRedirect.sameSitePath(asked);
            // The same rule as after sign-in; what it turns into "/" is no way back.
            return path.equals("/") && !asked.equals("/") ? java.util.Optional.empty() : java.util.Optional.of(path);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static String headingFor(int status) {
        return switch (status) {
            case 405 -> "Not done this way";
            case 408 -> "Too slow";
            case 413 -> "Too large";
            case 429 -> "Too many requests";
            default -> "Cannot do that";
        };
    }

    private static String messageFor(int status) {
        return switch (status) {
            case 405 -> "This page exists, but not for that kind of request. Use the links and buttons on the page.";
            case 413 -> "That was more than Factdeck accepts in one request. Send less at a time.";
            default -> "That request could not be taken. Go back and try again.";
        };
    }

    /**
     * A body that claims to be a form but is not one (a multipart body cut short, a bad boundary): the client's
     * fault, so a 400, never a 500 with a stack trace in the log.
     */
    static boolean isMalformedForm(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
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
