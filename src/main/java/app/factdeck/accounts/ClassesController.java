package app.factdeck.accounts;

import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Teachers create classes and see their rosters; students join with a code. */
final class ClassesController {

    /** Longer input cannot be a code (six letters, spaces and dashes allowed); it is cut before it is echoed. */
    private static final int MAX_CODE_INPUT = 40;

    private final ClassRepository classes;
    private final AccountService service;
    private final Clock clock;
    /** The public URL when the admin set one; otherwise links are built from the request. */
    private final java.util.Optional<URI> baseUrl;

    ClassesController(ClassRepository classes, AccountService service, Clock clock, java.util.Optional<URI> baseUrl) {
        this.classes = classes;
        this.service = service;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    void listClasses(Context ctx) {
        renderList(ctx, Map.of(), Map.of());
    }

    void createClass(Context ctx) {
        Account teacher = WebSessions.required(ctx);
        String name = AccountsController.values(ctx, "name").get("name");
        java.util.Optional<String> problem = AccountRules.oneLineName(name, "Give the class a name, e.g. History 9B.");
        if (problem.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            // Kept as typed, but never longer than a page can show back.
            renderList(ctx, Map.of("name", name.length() > 200 ? name.substring(0, 200) : name),
                    Map.of("name", problem.get()));
            return;
        }
        ClassRepository.SchoolClass created = classes.create(AccountRules.cleanDisplayName(name), teacher.id(),
                clock.instant());
        ctx.redirect("/teacher/classes/" + created.id());
    }

    void showClass(Context ctx) {
        ctx.render("teacher/class", classModel(ctx, ownClass(ctx), Map.of(), Map.of()));
    }

    /** The class page's model; the add-students forms re-render it with their values and errors. */
    Map<String, Object> classModel(Context ctx, ClassRepository.SchoolClass k, Map<String, String> values,
                                   Map<String, String> errors) {
        String origin = baseUrl.map(URI::toString).orElse(ctx.scheme() + "://" + ctx.host());
        Map<String, Object> model = new HashMap<>();
        model.put("title", k.name());
        model.put("schoolClass", k);
        model.put("members", classes.members(k.id()));
        model.put("joinLink", origin + "/join/" + k.joinCode());
        model.put("values", values);
        model.put("errors", errors);
        model.put("notice", removedNotice(ctx, k).orElse(null));
        return model;
    }

    /** GET asks first; only the POST removes. */
    void confirmRemoval(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        long id = memberId(ctx, k);
        Account member = classes.members(k.id()).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new NotFound(notInClass(k)));
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Remove " + member.displayName() + " from " + k.name());
        model.put("schoolClass", k);
        model.put("member", member);
        ctx.render("teacher/remove", model);
    }

    void removeStudent(Context ctx) {
        ClassRepository.SchoolClass k = ownClass(ctx);
        long id = memberId(ctx, k);
        classes.remove(k.id(), id); // already gone (a second click) is fine: the page says they are out
        ctx.redirect("/teacher/classes/" + k.id() + "?removed=" + id + "&seal="
                + WebSessions.seal(ctx, "removed " + k.id() + " " + id));
    }

    /**
     * "Removed Nina Novak from the class." after a removal redirected here. The name is looked up, never taken from
     * the request, only for an account that is not in the class now, and only with the seal the removal's redirect
     * carried for this session (so a made-up {@code ?removed=} cannot show any account's name).
     */
    private Optional<String> removedNotice(Context ctx, ClassRepository.SchoolClass k) {
        String raw = ctx.queryParam("removed");
        if (raw == null || !raw.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(raw);
        if (!WebSessions.sealed(ctx, "removed " + k.id() + " " + id, ctx.queryParam("seal"))
                || classes.members(k.id()).stream().anyMatch(a -> a.id() == id)) {
            return Optional.empty();
        }
        return service.find(id).map(a -> "Removed " + a.displayName() + " from the class.");
    }

    void serveJoin(Context ctx) {
        String code = ctx.pathParamMap().containsKey("code") ? ctx.pathParam("code") : "";
        AccountsController.render(ctx, "accounts/join", "Join a class", Map.of("code", code), Map.of());
    }

    void join(Context ctx) {
        Account student = WebSessions.required(ctx);
        String code = AccountsController.values(ctx, "code").get("code");
        if (code.length() > MAX_CODE_INPUT) {
            code = code.substring(0, MAX_CODE_INPUT);
        }
        // Codes are short enough to guess given unlimited tries: each account gets a few, then waits.
        Optional<Duration> wait = code.isEmpty() ? Optional.empty() : service.reserveJoinAttempt(student);
        if (wait.isPresent()) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS);
            AccountsController.render(ctx, "accounts/join", "Join a class", Map.of("code", code), Map.of("code",
                    "Too many join codes tried. Wait " + AccountsController.humanise(wait.get()) + ", then check the "
                    + "code with your teacher and try again."));
            return;
        }
        var found = classes.findByCode(code);
        if (found.isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            AccountsController.render(ctx, "accounts/join", "Join a class", Map.of("code", code), Map.of("code",
                    code.isEmpty() ? "Enter the code your teacher gave you, e.g. K7M2QX."
                            : "No class has the code '" + code + "'. Check it with your teacher; codes have 6 letters "
                            + "and digits."));
            return;
        }
        boolean joined = classes.join(found.get().id(), student.id(), clock.instant());
        AccountsController.render(ctx, "accounts/join", "Join a class", Map.of(), Map.of("ok", (joined
                ? "You joined " : "You are already in ") + found.get().name() + "."));
    }

    /** A teacher sees only their own classes; admins see all. */
    ClassRepository.SchoolClass ownClass(Context ctx) {
        return classes.requireTaughtBy(PathIds.of(ctx, "id", ClassRepository.NO_SUCH_CLASS), WebSessions.required(ctx));
    }

    /** The {@code accountId} of a roster page: an address that is no account number names no student of it. */
    private static long memberId(Context ctx, ClassRepository.SchoolClass k) {
        return PathIds.of(ctx, "accountId", notInClass(k));
    }

    private static String notInClass(ClassRepository.SchoolClass k) {
        return "That student is not in " + k.name() + " (any more). The students in it are listed on the class page.";
    }

    private void renderList(Context ctx, Map<String, String> values, Map<String, String> errors) {
        Account teacher = WebSessions.required(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Your classes");
        model.put("classes", classes.findByTeacher(teacher.id()));
        model.put("values", values);
        model.put("errors", errors);
        ctx.render("teacher/classes", model);
    }
}
