package app.factdeck.accounts;

import app.factdeck.web.Forbidden;
import app.factdeck.web.Viewer;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The web side of sessions: reads the cookie on each request, issues and rotates it, checks CSRF on every
 * state-changing request, and enforces route roles (the security headers are web/SecurityHeaders').
 *
 * <p>The cookie is HttpOnly and SameSite=Lax; with an https base URL it is also Secure and named with the
 * {@code __Host-} prefix, so no subdomain can set or read it.
 */
public final class WebSessions {

    public static final String ACCOUNT = "factdeck.account";
    public static final String SESSION = "factdeck.session";
    public static final String CSRF_FIELD = "csrf";

    private final SessionStore store;
    private final AccountRepository accounts;
    private final Clock clock;
    private final URI baseUrl;
    private final boolean https;
    private final String cookieName;

    public WebSessions(SessionStore store, AccountRepository accounts, Clock clock, URI baseUrl) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.https = "https".equals(baseUrl.getScheme());
        this.cookieName = https ? "__Host-factdeck" : "factdeck";
    }

    /**
     * Before every request: the session and account (if any) as request attributes, and the {@link Viewer} every
     * page's layout reads.
     */
    public void load(Context ctx) {
        // /health needs no visitor, and must answer its JSON even when the database does not (a load balancer asks).
        if (ctx.path().startsWith("/static/") || ctx.path().equals("/health")) {
            return;
        }
        loadSession(ctx);
        if (ctx.attribute(ACCOUNT) == null) {
            ctx.attribute(app.factdeck.web.ThymeleafRenderer.SIGNUP_OPEN, accounts.isSignupOpen());
        }
        publishViewer(ctx);
    }

    /**
     * The viewer as the request's account and session now are; called whenever either changes (a form page that
     * starts a session, a sign-in), so the page rendered next shows the right name and carries the right token.
     */
    private static void publishViewer(Context ctx) {
        Account account = ctx.attribute(ACCOUNT);
        SessionStore.Session session = ctx.attribute(SESSION);
        Viewer.set(ctx, new Viewer(Optional.ofNullable(account).map(a -> new Viewer.SignedIn(a.id(), a.displayName(),
                a.role().slug(), a.mustChangePassword())), session == null ? "" : session.csrfToken()));
    }

    private void loadSession(Context ctx) {
        String cookie = ctx.cookie(cookieName);
        if (cookie == null) {
            return;
        }
        Optional<SessionStore.Session> session = store.find(cookie, clock.instant());
        if (session.isEmpty()) {
            clearCookie(ctx);
            return;
        }
        ctx.attribute(SESSION, session.get());
        // Read with the session, in one query (one read fewer on every page).
        session.get().account().ifPresent(a -> ctx.attribute(ACCOUNT, a));
    }

    /** For pages with a form: makes sure the visitor has a session (and so a CSRF token). */
    public void ensure(Context ctx) {
        if (ctx.attribute(SESSION) != null) {
            return;
        }
        String id = store.create(Optional.empty(), clock.instant());
        setCookie(ctx, id);
        store.find(id, clock.instant()).ifPresent(s -> ctx.attribute(SESSION, s));
        publishViewer(ctx);
    }

    /** Signs in: a new session id replaces any old one, so a planted id is worthless (session fixation). */
    public void signIn(Context ctx, Account account) {
        String old = ctx.cookie(cookieName);
        if (old != null) {
            store.delete(old);
        }
        String id = store.create(Optional.of(account.id()), clock.instant());
        setCookie(ctx, id);
        ctx.attribute(ACCOUNT, account);
        publishViewer(ctx);
    }

    public void signOut(Context ctx) {
        String old = ctx.cookie(cookieName);
        if (old != null) {
            store.delete(old);
        }
        clearCookie(ctx);
    }

    /**
     * Before every matched state-changing request: same origin (Origin, else Referer) and the session's CSRF
     * token in the form. Anything else is a 403 in the site layout.
     */
    public void checkCsrf(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        String origin = Optional.ofNullable(ctx.header("Origin")).orElse(ctx.header("Referer"));
        if (origin == null || !sameOrigin(origin, ctx)) {
            throw new Forbidden("This form was sent from another site, so it was refused. Open Factdeck directly and "
                    + "try again.");
        }
        SessionStore.Session session = ctx.attribute(SESSION);
        String sent = ctx.formParam(CSRF_FIELD);
        if (session == null || sent == null || !MessageDigest.isEqual(
                session.csrfToken().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new Forbidden("This form has expired (the page was open too long, or you signed in elsewhere). "
                    + "Go back, reload the page and send it again.");
        }
    }

    /**
     * A short seal of {@code value} keyed by this session's CSRF token, for a redirect's notice ("Removed Nina
     * Novak"): only a link this session was sent can show it, so a made-up link cannot make a page name anyone.
     * Empty without a session.
     */
    public static String seal(Context ctx, String value) {
        SessionStore.Session session = ctx.attribute(SESSION);
        if (session == null) {
            return "";
        }
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(session.csrfToken().getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] tag = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(tag, 12));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Whether {@code seal} is this session's {@link #seal} of {@code value}. */
    public static boolean sealed(Context ctx, String value, String seal) {
        String expected = seal(ctx, value);
        return seal != null && !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), seal.getBytes(StandardCharsets.UTF_8));
    }

    /** Before every matched request with roles: signed in, with one of them (admins pass teacher routes). */
    public void checkRole(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            return;
        }
        Account account = ctx.attribute(ACCOUNT);
        if (account == null) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/login?next=" + java.net.URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8));
                ctx.skipRemainingHandlers();
                return;
            }
            throw new Forbidden("Please sign in first.");
        }
        boolean allowed = roles.stream().anyMatch(r -> r instanceof Role role && account.role().atLeast(role));
        if (!allowed) {
            throw new Forbidden("This page is for " + describe(roles) + " only. You are signed in as "
                    + account.displayName() + " (" + account.role().slug() + ").");
        }
    }

    public static Optional<Account> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    public static Account required(Context ctx) {
        return current(ctx).orElseThrow(() -> new Forbidden("Please sign in first."));
    }

    private boolean sameOrigin(String origin, Context ctx) {
        try {
            URI o = URI.create(origin);
            String host = o.getHost() + (o.getPort() > 0 ? ":" + o.getPort() : "");
            String requestHost = ctx.header("Host");
            String baseHost = baseUrl.getHost() + (baseUrl.getPort() > 0 ? ":" + baseUrl.getPort() : "");
            return host.equalsIgnoreCase(baseHost) || (requestHost != null && host.equalsIgnoreCase(requestHost));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void setCookie(Context ctx, String value) {
        ctx.res().addHeader("Set-Cookie", cookieName + "=" + value + "; Path=/; HttpOnly; SameSite=Lax"
                + (https ? "; Secure" : ""));
    }

    private void clearCookie(Context ctx) {
        ctx.res().addHeader("Set-Cookie", cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (https ? "; Secure" : ""));
    }

    private static String describe(Set<RouteRole> roles) {
        return roles.stream().map(r -> r instanceof Role role ? role.slug() + "s" : r.toString()).sorted()
                .reduce((a, b) -> a + " and " + b).orElse("");
    }
}
