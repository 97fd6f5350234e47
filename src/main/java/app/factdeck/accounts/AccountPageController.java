package app.factdeck.accounts;

import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everyone's own account page: the name others see, a way to the password form, the classes one is in. */
final class AccountPageController {

    /** A name longer than this is not echoed back whole: it is refused anyway, and the page must stay small. */
    private static final int MAX_ECHO = 200;

    private final AccountService service;
    private final ClassRepository classes;

    AccountPageController(AccountService service, ClassRepository classes) {
        this.service = service;
        this.classes = classes;
    }

    void showAccount(Context ctx) {
        Account me = WebSessions.required(ctx);
        render(ctx, me, Map.of("displayName", me.displayName()), Map.of(), notice(ctx, me));
    }

    void changeName(Context ctx) {
        Account me = WebSessions.required(ctx);
        String typed = AccountsController.values(ctx, "displayName").get("displayName");
        Optional<String> wrong = service.changeDisplayName(me, typed);
        if (wrong.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, me, Map.of("displayName", typed.length() > MAX_ECHO ? typed.substring(0, MAX_ECHO) : typed),
                    Map.of("displayName", wrong.get()), Optional.empty());
            return;
        }
        ctx.redirect("/account?changed=name");
    }

    void leaveClass(Context ctx) {
        Account me = WebSessions.required(ctx);
        String noSuch = "There is no such class. The classes you are in are listed on your account page.";
        long classId = PathIds.of(ctx, "id", noSuch);
        if (classes.find(classId).isEmpty()) {
            throw new NotFound(noSuch);
        }
        // Leaving twice (a double click, a resent form) is not an error: the student is out either way.
        boolean left = classes.remove(classId, me.id());
        ctx.redirect("/account?" + (left ? "left=" : "notin=") + classId);
    }

    /** The confirmation a change redirected here with, if any. */
    private Optional<String> notice(Context ctx, Account me) {
        if ("password".equals(ctx.queryParam("changed"))) {
            return Optional.of("Your password is changed. Any other device signed in as you was signed out.");
        }
        if ("name".equals(ctx.queryParam("changed"))) {
            return Optional.of("Saved: others now see your name as " + me.displayName() + ".");
        }
        for (String key : List.of("left", "notin")) {
            String raw = ctx.queryParam(key);
            if (raw != null && raw.matches("\\d{1,18}")) {
                Optional<String> name = classes.find(Long.parseLong(raw)).map(ClassRepository.SchoolClass::name);
                if (name.isPresent()) {
                    return Optional.of(key.equals("left")
                            ? "You left " + name.get() + ". To join again, ask its teacher for the join code."
                            : "You are not in " + name.get() + " (any more), so there was nothing to leave.");
                }
            }
        }
        return Optional.empty();
    }

    private void render(Context ctx, Account me, Map<String, String> values, Map<String, String> errors,
                        Optional<String> notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Your account");
        model.put("account", me);
        model.put("memberships", classes.membershipsOf(me.id()));
        model.put("teaches", me.role().atLeast(Role.TEACHER));
        model.put("values", values);
        model.put("errors", errors);
        model.put("notice", notice.orElse(null));
        ctx.render("accounts/account", model);
    }
}
