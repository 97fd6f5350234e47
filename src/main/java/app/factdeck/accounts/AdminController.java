package app.factdeck.accounts;

import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;

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
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("There is no such account.");
        }
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
        accounts.updateRole(target.id(), role);
        sessions.deleteAllOf(target.id()); // the new role applies from their next sign-in
        ctx.redirect("/admin/users");
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
        ctx.render("admin/users", model);
    }
}
