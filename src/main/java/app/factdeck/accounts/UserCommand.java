package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar factdeck.jar user add [--role student|teacher|admin] [--name "Display Name"] USERNAME}: creates
 * an account. The password is read from standard input (the console, without echo, when there is one), never
 * from the arguments, which other users of the machine can see in the process list.
 */
public final class UserCommand {

    public static final String USAGE = "Usage: java -jar factdeck.jar user add [--role student|teacher|admin] "
            + "[--name \"Display Name\"] USERNAME   (password from standard input)";

    private UserCommand() {
    }

    public static int run(String[] args, Database database, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("add")) {
            err.println("factdeck: " + (args.length == 0 ? "missing subcommand." : "unknown subcommand '" + args[0]
                    + "'.") + "\n" + USAGE);
            return 2;
        }
        Role role = Role.STUDENT;
        String name = null;
        String username = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> {
                    try {
                        role = Role.fromSlug(i + 1 < args.length ? args[++i] : "");
                    } catch (IllegalArgumentException e) {
                        err.println("factdeck: --role is student, teacher or admin.");
                        return 2;
                    }
                }
                case "--name" -> name = i + 1 < args.length ? args[++i] : "";
                case "--password" -> {
                    err.println("factdeck: passwords are never taken from the command line; type it, or pipe it in.");
                    return 2;
                }
                default -> {
                    if (args[i].startsWith("--") || username != null) {
                        err.println("factdeck: unexpected '" + args[i] + "'.\n" + USAGE);
                        return 2;
                    }
                    username = args[i];
                }
            }
        }
        if (username == null) {
            err.println("factdeck: which username?\n" + USAGE);
            return 2;
        }
        String displayName = name == null || name.isBlank() ? username : name;
        Optional<String> password = readPassword(stdin, username, out);
        if (password.isEmpty()) {
            err.println("factdeck: no password given on standard input.");
            return 2;
        }
        Map<String, String> errors = AccountRules.validateSignup(username, displayName, password.get());
        if (!errors.isEmpty()) {
            errors.values().forEach(m -> err.println("factdeck: " + m));
            return 2;
        }
        AccountRepository accounts = new AccountRepository(database);
        SessionStore sessions = new SessionStore(database);
        AccountService service = new AccountService(accounts, PasswordHasher.forHeap(Runtime.getRuntime().maxMemory()),
                new LoginThrottle(database), sessions, Clock.systemUTC());
        Optional<Account> created = service.create(username, displayName, password.get(), role, false);
        if (created.isEmpty()) {
            err.println("factdeck: the username '" + username + "' is taken.");
            return 1;
        }
        out.println("Created " + role.slug() + " '" + created.get().username() + "'.");
        return 0;
    }

    private static Optional<String> readPassword(InputStream stdin, String username, PrintStream out) {
        if (System.console() != null && stdin == System.in) {
            char[] typed = System.console().readPassword("Password for %s: ", username);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
