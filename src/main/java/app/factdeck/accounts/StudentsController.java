package app.factdeck.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Teachers create student accounts for a class, one at a time or from a CSV of names, each with a one-time
 * password shown once; the student must choose their own at first sign-in.
 */
final class StudentsController {

    private final AccountService service;
    private final ClassRepository classes;
    private final ClassesController classesController;

    StudentsController(AccountService service, ClassRepository classes, ClassesController classesController) {
        this.service = service;
        this.classes = classes;
        this.classesController = classesController;
    }

    void createOne(Context ctx) {
        ClassRepository.SchoolClass k = classesController.ownClass(ctx);
        Map<String, String> values = AccountsController.values(ctx, "displayName");
        Optional<String> wrong = AccountRules.displayName(values.get("displayName"));
        if (wrong.isPresent()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("teacher/class", classesController.classModel(ctx, k, values, Map.of("displayName",
                    wrong.get())));
            return;
        }
        // One name typed by hand is always a new student, even if another has the same name.
        renderCreated(ctx, k, service.enrol(k.id(), List.of(values.get("displayName")), List.of(), false), List.of());
    }

    void importCsv(Context ctx) {
        ClassRepository.SchoolClass k = classesController.ownClass(ctx);
        UploadedFile file = ctx.uploadedFile("names");
        if (file == null || file.size() == 0) {
            refuse(ctx, k, HttpStatus.BAD_REQUEST, "Choose a CSV file with one student name per line (a header line "
                    + "'name' is optional).");
            return;
        }
        if (file.size() > RosterCsv.MAX_BYTES) {
            refuse(ctx, k, HttpStatus.CONTENT_TOO_LARGE, RosterCsv.tooLarge(file.size()));
            return;
        }
        byte[] bytes;
        try (InputStream in = file.content()) {
            bytes = in.readNBytes(RosterCsv.MAX_BYTES + 1);
        } catch (IOException e) {
            refuse(ctx, k, HttpStatus.BAD_REQUEST, "The file did not arrive completely. Upload it again.");
            return;
        }
        RosterCsv.Result parsed = RosterCsv.parse(bytes);
        if (parsed.refused().isPresent()) {
            refuse(ctx, k, HttpStatus.BAD_REQUEST, parsed.refused().get());
            return;
        }
        if (parsed.names().isEmpty()) {
            refuse(ctx, k, HttpStatus.BAD_REQUEST, "No student names were found in that file. "
                    + String.join(" ", parsed.problems()));
            return;
        }
        // Sent again after a lost page, the same list re-issues passwords instead of making second accounts.
        AccountService.Roster roster = service.enrol(k.id(), parsed.names(), classes.members(k.id()), true);
        renderCreated(ctx, k, roster, parsed.problems());
    }

    /**
     * A warning for each name a new account shares with another member of the class (from the form, or twice in
     * one file): it may be a second student of that name, or one student made twice. Pure.
     */
    static List<String> sameNames(AccountService.Roster roster, List<Account> members) {
        Map<String, List<String>> byName = new java.util.LinkedHashMap<>();
        for (Account m : members) {
            byName.computeIfAbsent(m.displayName().toLowerCase(java.util.Locale.ROOT), n -> new java.util.ArrayList<>())
                    .add(m.username());
        }
        List<String> warnings = new java.util.ArrayList<>();
        java.util.Set<String> warned = new java.util.HashSet<>();
        for (AccountService.NewStudent s : roster.students()) {
            String key = s.displayName().toLowerCase(java.util.Locale.ROOT);
            List<String> usernames = byName.getOrDefault(key, List.of());
            if (!s.reissued() && usernames.size() > 1 && warned.add(key)) {
                warnings.add(usernames.size() + " students in this class are called " + s.displayName() + " ("
                        + String.join(", ", usernames) + "). If that is one person, remove the extra account; if not, "
                        + "tell them apart by username.");
            }
        }
        return warnings;
    }

    /**
     * What the page after adding students says happened: accounts created, one-time passwords issued again to
     * students who had not signed in yet (a CSV sent a second time), both, or neither. Pure.
     */
    static String heading(List<AccountService.NewStudent> students) {
        long again = students.stream().filter(AccountService.NewStudent::reissued).count();
        if (students.isEmpty()) {
            return "No accounts created";
        }
        if (again == 0) {
            return students.size() == 1 ? "New student account for " + students.get(0).displayName()
                    : "New student accounts";
        }
        if (again == students.size()) {
            return again == 1 ? "New one-time password for " + students.get(0).displayName()
                    : "New one-time passwords for " + again + " students";
        }
        return "New student accounts and one-time passwords";
    }

    private void refuse(Context ctx, ClassRepository.SchoolClass k, HttpStatus status, String message) {
        ctx.status(status);
        ctx.render("teacher/class", classesController.classModel(ctx, k, Map.of(), Map.of("names", message)));
    }

    private void renderCreated(Context ctx, ClassRepository.SchoolClass k, AccountService.Roster roster,
                               List<String> problems) {
        List<String> notes = new java.util.ArrayList<>(problems);
        notes.addAll(roster.skipped());
        notes.addAll(sameNames(roster, classes.members(k.id())));
        Map<String, Object> model = new HashMap<>();
        model.put("title", heading(roster.students()));
        model.put("allReissued", !roster.students().isEmpty()
                && roster.students().stream().allMatch(AccountService.NewStudent::reissued));
        model.put("schoolClass", k);
        model.put("created", roster.students());
        model.put("problems", notes);
        ctx.header("Cache-Control", "no-store"); // one-time passwords must not linger in caches
        ctx.render("teacher/created", model);
    }
}
