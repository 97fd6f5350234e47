package app.factdeck.accounts;

import app.factdeck.db.Database;
import app.factdeck.web.ClientAddress;
import app.factdeck.web.Forbidden;
import app.factdeck.web.ThymeleafRenderer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.time.Clock;

/**
 * The accounts feature's entry point: identities, sessions, roles and classes, and the filters every request
 * passes (session, security headers, CSRF, roles, forced password change).
 *
 * <pre>{@code
 * AccountsModule accounts = AccountsModule.create(database, clock, baseUrl, true, ClientAddress.direct(),
 *         PasswordHasher.forHeap(Runtime.getRuntime().maxMemory()));
 * accounts.filters(config.routes);
 * accounts.routes(config.routes);
 * }</pre>
 */
public final class AccountsModule {

    private final AccountService service;
    private final WebSessions sessions;
    private final AccountsController accountsController;
    private final ClassesController classesController;
    private final StudentsController studentsController;
    private final AdminController adminController;
    private final AccountPageController accountPageController;
    private final PasswordResetController passwordResetController;
    private final FirstAdmin firstAdmin;

    private AccountsModule(AccountService service, WebSessions sessions, AccountsController accountsController,
                           ClassesController classesController, StudentsController studentsController,
                           AdminController adminController, AccountPageController accountPageController,
                           PasswordResetController passwordResetController, FirstAdmin firstAdmin) {
        this.service = service;
        this.sessions = sessions;
        this.accountsController = accountsController;
        this.classesController = classesController;
        this.studentsController = studentsController;
        this.adminController = adminController;
        this.accountPageController = accountPageController;
        this.passwordResetController = passwordResetController;
        this.firstAdmin = firstAdmin;
    }

    public static AccountsModule create(Database database, Clock clock, URI baseUrl, boolean baseUrlConfigured,
                                       ClientAddress clientAddress, PasswordHasher hasher) {
        AccountRepository accounts = new AccountRepository(database);
        SessionStore store = new SessionStore(database);
        AccountService service = new AccountService(accounts, hasher, new LoginThrottle(database), store, clock);
        WebSessions sessions = new WebSessions(store, accounts, clock, baseUrl);
        ClassRepository classes = new ClassRepository(database);
        ClassesController classesController = new ClassesController(classes, service, clock,
                baseUrlConfigured ? java.util.Optional.of(baseUrl) : java.util.Optional.empty());
        return new AccountsModule(service, sessions, new AccountsController(service, sessions, clientAddress),
                classesController,
                new StudentsController(service, classes, classesController),
                new AdminController(accounts, store), new AccountPageController(service, classes),
                new PasswordResetController(service, accounts, classes, classesController), new FirstAdmin(database));
    }

    /** The accounts without the web: for the {@code user} command, on the database the server uses. */
    public static AccountService service(Database database, Clock clock, PasswordHasher hasher) {
        return new AccountService(new AccountRepository(database), hasher, new LoginThrottle(database),
                new SessionStore(database), clock);
    }

    /** Whether a first admin is still to be made, and how (for the console at start). */
    public FirstAdmin firstAdmin() {
        return firstAdmin;
    }

    public AccountService service() {
        return service;
    }

    /** The session on every request; roles, the forced password change and CSRF on matched routes. */
    public void filters(RoutesConfig routes) {
        routes.before(sessions::load);
        // Roles and the password change first: they need no body, so a visitor, the wrong role or a one-time
        // password is refused before the form is read.
        routes.beforeMatched(sessions::checkRole);
        routes.beforeMatched(AccountsModule::requirePasswordChange);
        routes.beforeMatched(sessions::checkCsrf);
        // A fresh install's home page tells whoever opens it how to create the first admin.
        routes.before(ctx -> {
            if (ctx.path().equals("/")) {
                firstAdmin.command().ifPresent(c -> ctx.attribute(ThymeleafRenderer.FIRST_ADMIN_COMMAND, c));
            }
        });
    }

    /**
     * An account with a one-time password (its teacher knows it) can do nothing but choose its own: pages lead
     * to the form, and every other form or action is refused, whatever its method.
     */
    static void requirePasswordChange(Context ctx) {
        if (WebSessions.current(ctx).filter(Account::mustChangePassword).isEmpty()
                || ctx.path().equals("/account/password") || ctx.path().equals("/logout")) {
            return;
        }
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            ctx.redirect("/account/password");
            ctx.skipRemainingHandlers();
            return;
        }
        throw new Forbidden("Choose your own password first: your account still has the one-time password your "
                + "teacher gave you. Open Change password, then try this again.");
    }

    public void routes(RoutesConfig routes) {
        routes.get("/signup", accountsController::serveSignup);
        routes.post("/signup", accountsController::signup);
        routes.get("/login", accountsController::serveLogin);
        routes.post("/login", accountsController::login);
        routes.post("/logout", accountsController::logout);
        routes.get("/account", accountPageController::showAccount, Role.STUDENT);
        routes.post("/account/name", accountPageController::changeName, Role.STUDENT);
        routes.post("/account/classes/{id}/leave", accountPageController::leaveClass, Role.STUDENT);
        routes.get("/account/password", accountsController::serveChangePassword, Role.STUDENT);
        routes.post("/account/password", accountsController::changePassword, Role.STUDENT);

        routes.get("/join", classesController::serveJoin, Role.STUDENT);
        routes.get("/join/{code}", classesController::serveJoin, Role.STUDENT);
        routes.post("/join", classesController::join, Role.STUDENT);

        routes.get("/teacher/classes", classesController::listClasses, Role.TEACHER);
        routes.post("/teacher/classes", classesController::createClass, Role.TEACHER);
        routes.get("/teacher/classes/{id}", classesController::showClass, Role.TEACHER);
        routes.get("/teacher/classes/{id}/remove/{accountId}", classesController::confirmRemoval, Role.TEACHER);
        routes.post("/teacher/classes/{id}/remove/{accountId}", classesController::removeStudent, Role.TEACHER);
        routes.post("/teacher/classes/{id}/students", studentsController::createOne, Role.TEACHER);
        routes.post("/teacher/classes/{id}/students/import", studentsController::importCsv, Role.TEACHER);
        routes.get("/teacher/classes/{id}/students/{accountId}/password", passwordResetController::confirmForStudent,
                Role.TEACHER);
        routes.post("/teacher/classes/{id}/students/{accountId}/password", passwordResetController::resetForStudent,
                Role.TEACHER);

        routes.get("/admin/users", adminController::listUsers, Role.ADMIN);
        routes.post("/admin/users/{id}/role", adminController::changeRole, Role.ADMIN);
        routes.post("/admin/signup", adminController::setSignup, Role.ADMIN);
        routes.get("/admin/users/{id}/password", passwordResetController::confirmForAdmin, Role.ADMIN);
        routes.post("/admin/users/{id}/password", passwordResetController::resetForAdmin, Role.ADMIN);
    }
}
