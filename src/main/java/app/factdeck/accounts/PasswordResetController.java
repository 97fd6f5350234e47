package app.factdeck.accounts;

import app.factdeck.web.BadRequest;
import app.factdeck.web.Forbidden;
import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * For people who forgot their password: a teacher resets a student's in their own class, an admin anyone's
 * (but their own). Each reset asks first, then shows a new one-time password once; the account must replace it at
 * its next sign-in and is signed out everywhere.
 */
final class PasswordResetController {

    private final AccountService service;
    private final AccountRepository accounts;
    private final ClassRepository classes;
    private final ClassesController classesController;

    PasswordResetController(AccountService service, AccountRepository accounts, ClassRepository classes,
                            ClassesController classesController) {
        this.service = service;
        this.accounts = accounts;
        this.classes = classes;
        this.classesController = classesController;
    }

    void confirmForStudent(Context ctx) {
        ClassRepository.SchoolClass k = classesController.ownClass(ctx);
        render(ctx, studentOf(k, ctx), null, "/teacher/classes/" + k.id(), k.name());
    }

    void resetForStudent(Context ctx) {
        ClassRepository.SchoolClass k = classesController.ownClass(ctx);
        Account student = studentOf(k, ctx);
        render(ctx, student, service.resetPassword(student), "/teacher/classes/" + k.id(), k.name());
    }

    void confirmForAdmin(Context ctx) {
        render(ctx, anyButMe(ctx), null, "/admin/users", "Users");
    }

    void resetForAdmin(Context ctx) {
        Account target = anyButMe(ctx);
        render(ctx, target, service.resetPassword(target), "/admin/users", "Users");
    }

    /** A student in the teacher's class: never a teacher or admin who joined it (that would hand over their role). */
    private Account studentOf(ClassRepository.SchoolClass k, Context ctx) {
        String notInClass = "That student is not in " + k.name() + ". The students in it are listed on the class page.";
        long id = PathIds.of(ctx, "accountId", notInClass);
        Account member = classes.members(k.id()).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFound(notInClass));
        if (member.role() != Role.STUDENT) {
            throw new Forbidden(member.displayName() + " has a " + member.role().slug() + " account: only an admin "
                    + "can reset its password (under Users).");
        }
        return member;
    }

    private Account anyButMe(Context ctx) {
        String noSuch = "There is no such account. All accounts are listed under Users.";
        long id = PathIds.of(ctx, "id", noSuch);
        Account target = accounts.findById(id).orElseThrow(() -> new NotFound(noSuch));
        if (target.id() == WebSessions.required(ctx).id()) {
            throw new BadRequest("This is your own account: change your password under Account, Change password "
                    + "(you need your current one).");
        }
        return target;
    }

    /** The question before a reset ({@code password} null), or the new one-time password after it. */
    private static void render(Context ctx, Account target, String password, String back, String backLabel) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Reset the password of " + target.displayName());
        model.put("target", target);
        model.put("password", password);
        model.put("action", ctx.path());
        model.put("back", back);
        model.put("backLabel", backLabel);
        if (password != null) {
            ctx.header("Cache-Control", "no-store"); // a one-time password must not linger in caches
        }
        ctx.render("accounts/reset-password", model);
    }
}
