package app.factdeck.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Teachers create student accounts for a class, one at a time or from a CSV of names, each with a one-time
 * password shown once; the student must choose their own at first sign-in.
 */
final class StudentsController {

    private static final int MAX_IMPORT = 200;
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountService service;
    private final ClassRepository classes;
    private final Clock clock;
    private final ClassesController classesController;

    StudentsController(AccountService service, ClassRepository classes, Clock clock, ClassesController classesController) {
        this.service = service;
        this.classes = classes;
        this.clock = clock;
        this.classesController = classesController;
    }

    record Created(String displayName, String username, String password) {
    }

    void createOne(Context ctx) {
        ClassRepository.SchoolClass k = classesController.ownClass(ctx);
        Map<String, String> values = AccountsController.values(ctx, "displayName");
        String name = values.get("displayName");
        if (name.isEmpty() || name.length() > 80) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("teacher/class", classesController.classModel(ctx, k, values, Map.of("displayName", name.isEmpty()
                    ? "Enter the student's name, e.g. Ana Lind." : "Keep the name to 80 characters.")));
            return;
        }
        renderCreated(ctx, k, List.of(create(k, name)), List.of());
    }

    void importCsv(Context ctx) {
        ClassRepository.SchoolClass k = classesController.ownClass(ctx);
        UploadedFile file = ctx.uploadedFile("names");
        if (file == null || file.size() == 0) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("teacher/class", classesController.classModel(ctx, k, Map.of(), Map.of("names",
                    "Choose a CSV file with one student name per line (a header line 'name' is optional).")));
            return;
        }
        List<String> names = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Reader in = new InputStreamReader(file.content(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(in)) {
                String name = r.size() > 0 ? r.get(0) : "";
                if (r.getRecordNumber() == 1 && name.equalsIgnoreCase("name")) {
                    continue;
                }
                if (name.isEmpty() || name.length() > 80) {
                    problems.add("Line " + r.getRecordNumber() + ": " + (name.isEmpty() ? "no name" : "name longer than "
                            + "80 characters") + "; skipped.");
                } else {
                    names.add(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("teacher/class", classesController.classModel(ctx, k, Map.of(), Map.of("names", "That file could not be read as CSV ("
                    + e.getMessage() + "). Save it as CSV, UTF-8, one name per line.")));
            return;
        }
        if (names.size() > MAX_IMPORT) {
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("teacher/class", classesController.classModel(ctx, k, Map.of(), Map.of("names", "The file has " + names.size()
                    + " names; import at most " + MAX_IMPORT + " at a time.")));
            return;
        }
        List<Created> created = new ArrayList<>();
        for (String name : names) {
            created.add(create(k, name));
        }
        renderCreated(ctx, k, created, problems);
    }

    private Created create(ClassRepository.SchoolClass k, String displayName) {
        String base = usernameFor(displayName);
        for (int n = 1; ; n++) {
            String username = n == 1 ? base : base + n;
            String password = oneTimePassword();
            Optional<Account> account = service.create(username, displayName, password, Role.STUDENT, true);
            if (account.isPresent()) {
                classes.join(k.id(), account.get().id(), clock.instant());
                return new Created(displayName, username, password);
            }
        }
    }

    /** "Ana-María López" becomes "ana.maria.lopez". */
    static String usernameFor(String displayName) {
        String plain = Normalizer.normalize(displayName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.+|\\.+$", "");
        if (plain.length() < 3) {
            plain = "student" + (plain.isEmpty() ? "" : "." + plain);
        }
        return plain.length() > 36 ? plain.substring(0, 36) : plain;
    }

    /** Twelve characters in three groups, without look-alike letters: easy to copy from paper. */
    static String oneTimePassword() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return b.toString();
    }

    private void renderCreated(Context ctx, ClassRepository.SchoolClass k, List<Created> created, List<String> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", "New student accounts");
        model.put("schoolClass", k);
        model.put("created", created);
        model.put("problems", problems);
        ctx.header("Cache-Control", "no-store"); // one-time passwords must not linger in caches
        ctx.render("teacher/created", model);
    }


}
