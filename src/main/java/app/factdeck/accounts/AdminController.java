package app.factdeck.accounts;

import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Admins list accounts, change roles and open or close sign-up. */
final class AdminController {

    private final AccountRepository accounts;
    private final SessionStore sessions;

    AdminController(AccountRepository accounts, SessionStore sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    void listUsers(Context ctx) {
        render(ctx, null);
    }

    void changeRole(Context ctx) {
        long id = PathIds.of(ctx, "id", "There is no such account.");
        Account target = accounts.findById(id).orElseThrow(() -> new NotFound("There is no such account."));
        Role role;
        try {
            role = Role.fromSlug(String.valueOf(ctx.formParam("role")));
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "Choose student, teacher or admin as the role of " + target.username() + ".");
            return;
        }
        Account me = WebSessions.required(ctx);
        if (target.id() == me.id() && role != Role.ADMIN) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, "You cannot remove your own admin role; ask another admin to do it.");
            return;
        }
        if (role == target.role()) {
            ctx.redirect("/admin/users?unchanged=" + target.id());
            return;
        }
        accounts.updateRole(target.id(), role);
        sessions.deleteAllOf(target.id()); // the new role applies from their next sign-in
        ctx.redirect("/admin/users?changed=" + target.id());
    }

    void setSignup(Context ctx) {
        accounts.setSignupOpen("open".equals(ctx.formParam("signup")));
        ctx.redirect("/admin/users");
    }

    private void render(Context ctx, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Users");
        model.put("users", accounts.findAll());
        model.put("signupOpen", accounts.isSignupOpen());
        model.put("roles", Role.values());
        model.put("error", error);
        model.put("notice", error == null ? roleNotice(ctx).orElse(null) : null);
        ctx.render("admin/users", model);
    }

    /** "Zoe Zhang is now a teacher." after a Save redirected here; the name and role are read, never echoed. */
    private Optional<String> roleNotice(Context ctx) {
        for (String key : List.of("changed", "unchanged")) {
            String raw = ctx.queryParam(key);
            if (raw != null && raw.matches("\\d{1,18}")) {
                return accounts.findById(Long.parseLong(raw)).map(a -> key.equals("changed")
                        ? a.displayName() + " is now " + withArticle(a.role()) + ". They were signed out; the new role "
                        + "applies from their next sign-in."
                        : a.displayName() + " is already " + withArticle(a.role()) + "; nothing changed.");
            }
        }
        return Optional.empty();
    }

    private static String withArticle(Role role) {
        return (role == Role.ADMIN ? "an " : "a ") + role.slug();
    }
}
