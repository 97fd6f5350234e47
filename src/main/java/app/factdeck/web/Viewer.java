package app.factdeck.web;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Who is looking at the page, as every page's layout needs it: the signed-in account (if any) for the header and
 * the navigation, and the session's CSRF token for every form. The accounts' session filter sets it as a request
 * attribute; the renderer reads only this, so the web plumbing never reads the accounts feature.
 *
 * <pre>{@code
 * Viewer.set(ctx, new Viewer(Optional.of(new Viewer.SignedIn(4, "Ada Admin", "admin", false)), token));
 * Viewer.of(ctx).signedIn()   // the account, or empty for a visitor
 * }</pre>
 *
 * @param signedIn  the signed-in account, empty for a visitor
 * @param csrfToken the session's token for forms; empty while the visitor has no session
 */
public record Viewer(Optional<SignedIn> signedIn, String csrfToken) {

    /** A visitor without a session: no account, no token (a page with a form makes the session first). */
    public static final Viewer NOBODY = new Viewer(Optional.empty(), "");

    private static final String ATTRIBUTE = "factdeck.viewer";

    /**
     * The signed-in account as pages show it.
     *
     * @param accountId          to tell one's own row apart (an admin cannot reset their own password from Users)
     * @param role               "student", "teacher" or "admin": a plain string, since the navigation tests it for
     *                           every link of every page and a method chain per test was a visible share of a
     *                           page's render time under load
     * @param mustChangePassword the account still has a one-time password: the page offers nothing but the change
     */
    public record SignedIn(long accountId, String displayName, String role, boolean mustChangePassword) {
    }

    public static void set(Context ctx, Viewer viewer) {
        ctx.attribute(ATTRIBUTE, viewer);
    }

    /** The viewer the session filter set, or {@link #NOBODY} where it did not run (static files, Jetty's errors). */
    public static Viewer of(Context ctx) {
        Viewer viewer = ctx.attribute(ATTRIBUTE);
        return viewer == null ? NOBODY : viewer;
    }
}
