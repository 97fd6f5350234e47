package app.factdeck.web;

import app.factdeck.db.DatabaseException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page for a {@link DatabaseException}: it says plainly whether what the user sent was saved (a failed write
 * was rolled back, so it was not) and why in their words ("the server's disk is full"), with 503 when the storage
 * is in trouble and a retry later may work. The log gets one line with SQLite's own words for the admin; only an
 * unexpected database error (a bug, kind OTHER) logs its stack trace.
 */
final class DatabaseErrorPage {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseErrorPage.class);

    private DatabaseErrorPage() {
    }

    static void render(DatabaseException e, Context ctx) {
        String incident = ErrorPages.incident();
        DatabaseException.Kind kind = e.kind();
        if (kind == DatabaseException.Kind.OTHER) {
            LOG.error("{} {} failed (incident {}): {}", ctx.method(), ctx.path(), incident, e.getMessage(), e);
        } else {
            LOG.error("{} {} failed (incident {}){}: {}", ctx.method(), ctx.path(), incident,
                    e.writeFailed() ? ", nothing was saved" : "", e.getMessage());
        }
        HttpStatus status = kind == DatabaseException.Kind.OTHER ? HttpStatus.INTERNAL_SERVER_ERROR
                : HttpStatus.SERVICE_UNAVAILABLE;
        if (kind == DatabaseException.Kind.BUSY) {
            ctx.header("Retry-After", "5");
        }
        String title = e.writeFailed() ? "Your change was not saved" : "This page could not be loaded";
        String what = e.writeFailed() ? "what you just sent was NOT saved" : "this page could not be read";
        ctx.status(status).render("errors/database", Map.of(
                "title", title,
                "heading", title, // inside the template, "title" names the layout's title fragment
                "status", status.getCode(),
                "reason", cause(kind) + ", so " + what + ".",
                "advice", advice(kind),
                "incident", incident));
    }

    private static String cause(DatabaseException.Kind kind) {
        return switch (kind) {
            case DISK_FULL -> "The server's disk is full";
            case IO_ERROR -> "The server's disk reported an error";
            case READ_ONLY -> "The server's database file cannot be written to (it is read-only)";
            case CORRUPT -> "The server's database file is damaged";
            case BUSY -> "The database was busy with another program for too long";
            case UNREACHABLE -> "The server cannot reach its database";
            case OTHER -> "The database refused the request because of a fault in Factdeck";
        };
    }

    private static String advice(DatabaseException.Kind kind) {
        return switch (kind) {
            case DISK_FULL, IO_ERROR, READ_ONLY, CORRUPT -> "Tell your administrator; trying again will not help "
                    + "until they have fixed it.";
            case BUSY, UNREACHABLE -> "Try again in a few seconds; if it keeps happening, tell your administrator.";
            case OTHER -> "Try again in a moment; if it keeps happening, tell your administrator.";
        };
    }
}
