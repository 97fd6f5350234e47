package app.factdeck.accounts;

import app.factdeck.web.ClientAddress;
import app.factdeck.web.SafeRedirect;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Sign up, sign in, sign out, change password. */
final class AccountsController {

    private final AccountService service;
    private final WebSessions sessions;
    private final ClientAddress clientAddress;

    AccountsController(AccountService service, WebSessions sessions, ClientAddress clientAddress) {
        this.service = service;
        this.sessions = sessions;
        this.clientAddress = clientAddress;
    }

    void serveSignup(Context ctx) {
        sessions.ensure(ctx);
        render(ctx, "accounts/signup", "Create your account", Map.of(), Map.of());
    }

    void signup(Context ctx) {
        if (!service.isSignupOpen()) {
            ctx.status(HttpStatus.FORBIDDEN);
            render(ctx, "accounts/signup", "Create your account", Map.of(),
                    Map.of("form", "Sign-up is closed on this Factdeck. Ask your teacher for an account."));
            return;
        }
        Map<String, String> values = values(ctx, "username", "displayName");
        Map<String, String> errors = AccountRules.validateSignup(values.get("username"), values.get("displayName"),
                ctx.formParam("password"));
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "accounts/signup", "Create your account", values, errors);
            return;
        }
        AccountService.SignUp result = service.signUp(values.get("username"), values.get("displayName"),
                ctx.formParam("password"), clientAddress.of(ctx));
        if (result instanceof AccountService.SignUp.Throttled t) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            render(ctx, "accounts/signup", "Create your account", values, Map.of("form", "Many accounts were made "
                    + "from your network lately. Wait " + humanise(t.retryAfter()) + " and try again, or ask your "
                    + "teacher to create your account."));
            return;
        }
        if (result instanceof AccountService.SignUp.Unavailable) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "accounts/signup", "Create your account", values, Map.of("username",
                    "That username is not available. Choose another, e.g. with a number or your initials added."));
            return;
        }
        sessions.signIn(ctx, ((AccountService.SignUp.Created) result).account());
        ctx.redirect("/");
    }

    void serveLogin(Context ctx) {
        sessions.ensure(ctx);
        Map<String, String> values = new HashMap<>();
        values.put("next", SafeRedirect.sameSitePath(ctx.queryParam("next")));
        render(ctx, "accounts/login", "Sign in", values, Map.of());
    }

    void login(Context ctx) {
        Map<String, String> values = values(ctx, "username", "next");
        AccountService.SignIn result = service.signIn(values.get("username"), Optional.ofNullable(ctx.formParam("password"))
                .orElse(""), clientAddress.of(ctx));
        if (result instanceof AccountService.SignIn.Throttled t) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            render(ctx, "accounts/login", "Sign in", values, Map.of("form", "Too many failed sign-ins. Wait "
                    + humanise(t.retryAfter()) + " and try again."));
            return;
        }
        if (result instanceof AccountService.SignIn.Disabled) {
            ctx.status(HttpStatus.FORBIDDEN);
            render(ctx, "accounts/login", "Sign in", values, Map.of("form", "This account is disabled, so it cannot "
                    + "sign in. Ask your school's Factdeck admin to enable it again."));
            return;
        }
        if (result instanceof AccountService.SignIn.Refused) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            render(ctx, "accounts/login", "Sign in", values, Map.of("form",
                    "Wrong username or password. Check both and try again."));
            return;
        }
        Account account = ((AccountService.SignIn.Accepted) result).account();
        sessions.signIn(ctx, account);
        ctx.redirect(account.mustChangePassword() ? "/account/password"
                : SafeRedirect.sameSitePath(values.get("next")));
    }

    void logout(Context ctx) {
        sessions.signOut(ctx);
        ctx.redirect("/");
    }

    void serveChangePassword(Context ctx) {
        render(ctx, "accounts/password", "Change your password", Map.of(), Map.of());
    }

    void changePassword(Context ctx) {
        Account account = WebSessions.required(ctx);
        Map<String, String> errors = service.changePassword(account, Optional.ofNullable(ctx.formParam("current"))
                .orElse(""), Optional.ofNullable(ctx.formParam("password")).orElse(""));
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "accounts/password", "Change your password", Map.of(), errors);
            return;
        }
        sessions.signIn(ctx, service.account(account.id()));
        ctx.redirect("/account?changed=password");
    }

    static void render(Context ctx, String template, String title, Map<String, String> values,
                       Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("values", values);
        model.put("errors", errors);
        ctx.render(template, model);
    }

    static Map<String, String> values(Context ctx, String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String n : names) {
            values.put(n, Optional.ofNullable(ctx.formParam(n)).orElse("").strip());
        }
        return values;
    }

    static String humanise(Duration d) {
        long s = Math.max(1, d.toSeconds());
        return s == 1 ? "1 second" : s < 120 ? s + " seconds" : ((s + 59) / 60) + " minutes";
    }

}
