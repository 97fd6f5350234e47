package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code java -jar factdeck.jar user add|passwd|list|disable|enable ...}: accounts from the server's command line
 * (the first admin, a forgotten admin password). A password is read from standard input (the console, without
 * echo, when there is one), never from the arguments, which other users of the machine can see in the process
 * list.
 *
 * <pre>{@code
 * echo 'orange piano window' | java -jar factdeck.jar user add --role admin --name "Ada Admin" ada
 * }</pre>
 */
public final class UserCommand {

    public static final String USAGE = """
            Usage: java -jar factdeck.jar user add [--role student|teacher|admin] [--name "Display Name"] USERNAME
                   java -jar factdeck.jar user passwd USERNAME     set a new password (ends its sessions)
                   java -jar factdeck.jar user list                 every account, its role and state
                   java -jar factdeck.jar user disable USERNAME     it cannot sign in; its sessions end
                   java -jar factdeck.jar user enable USERNAME      it can sign in again
              Passwords are read from standard input (typed without echo, or piped), never from the arguments.
              The database is FACTDECK_DATA/factdeck.db; only add creates it when there is none.""";

    private static final List<String> SUBCOMMANDS = List.of("add", "passwd", "list", "disable", "enable");

    private UserCommand() {
    }

    /** What the arguments asked for, checked before any database is opened. */
    private record Request(String subcommand, Optional<String> username, Role role, String displayName,
                           Optional<String> password) {
    }

    /**
     * Runs on the database file the server uses: only {@code add} creates it when it is missing (and says so),
     * and nothing is created for arguments that are refused.
     */
    public static int run(String[] args, Path databaseFile, InputStream stdin, PrintStream out, PrintStream err) {
        Optional<Request> request = parse(args, stdin, out, err);
        if (request.isEmpty()) {
            return 2;
        }
        Path file = databaseFile.toAbsolutePath();
        boolean existed = Files.exists(file);
        if (!existed && !request.get().subcommand().equals("add")) {
            err.println("factdeck: there is no database at " + file + ", so there are no accounts yet. Check "
                    + "FACTDECK_DATA (the directory the server uses), or create the first account with user add.");
            return 1;
        }
        try (Database database = Database.open(file)) {
            int status = execute(request.get(), database, out, err);
            if (!existed) {
                out.println("Created the database " + file + " (there was none). The server finds it when "
                        + "FACTDECK_DATA is " + file.getParent() + ".");
            }
            return status;
        }
    }

    /** Runs on an open database (tests, and callers that opened it already). */
    public static int run(String[] args, Database database, InputStream stdin, PrintStream out, PrintStream err) {
        Optional<Request> request = parse(args, stdin, out, err);
        return request.isEmpty() ? 2 : execute(request.get(), database, out, err);
    }

    private static Optional<Request> parse(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length == 0 || !SUBCOMMANDS.contains(args[0])) {
            err.println("factdeck: " + (args.length == 0 ? "missing subcommand." : "unknown subcommand '" + args[0]
                    + "'.") + "\n" + USAGE);
            return Optional.empty();
        }
        String subcommand = args[0];
        Role role = Role.STUDENT;
        String name = null;
        String username = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--role", "--name" -> {
                    if (!subcommand.equals("add")) {
                        err.println("factdeck: " + args[i] + " is an option of user add only.\n" + USAGE);
                        return Optional.empty();
                    }
                    String option = args[i];
                    String value = i + 1 < args.length ? args[++i] : "";
                    if (option.equals("--name")) {
                        name = value;
                        continue;
                    }
                    try {
                        role = Role.fromSlug(value);
                    } catch (IllegalArgumentException e) {
                        err.println("factdeck: --role is student, teacher or admin.");
                        return Optional.empty();
                    }
                }
                case "--password" -> {
                    err.println("factdeck: passwords are never taken from the command line; type it, or pipe it in.");
                    return Optional.empty();
                }
                default -> {
                    if (args[i].startsWith("--") || username != null || subcommand.equals("list")) {
                        err.println("factdeck: unexpected '" + args[i] + "'.\n" + USAGE);
                        return Optional.empty();
                    }
                    username = args[i];
                }
            }
        }
        if (subcommand.equals("list")) {
            return Optional.of(new Request(subcommand, Optional.empty(), role, "", Optional.empty()));
        }
        if (username == null) {
            err.println("factdeck: which username?\n" + USAGE);
            return Optional.empty();
        }
        Optional<String> wrongName = AccountRules.username(username);
        if (wrongName.isPresent()) {
            err.println("factdeck: " + wrongName.get());
            return Optional.empty();
        }
        String displayName = name == null || name.isBlank() ? username : name;
        Optional<String> password = Optional.empty();
        if (subcommand.equals("add") || subcommand.equals("passwd")) {
            password = readPassword(stdin, username, out);
            if (password.isEmpty()) {
                err.println("factdeck: no password given on standard input.");
                return Optional.empty();
            }
            Map<String, String> errors = AccountRules.validateSignup(username, displayName, password.get());
            if (!errors.isEmpty()) {
                errors.values().forEach(m -> err.println("factdeck: " + m));
                return Optional.empty();
            }
        }
        return Optional.of(new Request(subcommand, Optional.of(username), role, displayName, password));
    }

    private static int execute(Request request, Database database, PrintStream out, PrintStream err) {
        AccountService service = new AccountService(new AccountRepository(database),
                PasswordHasher.forHeap(Runtime.getRuntime().maxMemory()), new LoginThrottle(database),
                new SessionStore(database), Clock.systemUTC());
        if (request.subcommand().equals("list")) {
            list(service.all(), out);
            return 0;
        }
        String username = request.username().orElseThrow();
        if (request.subcommand().equals("add")) {
            Optional<Account> created = service.create(username, request.displayName(), request.password().orElseThrow(),
                    request.role(), false);
            if (created.isEmpty()) {
                err.println("factdeck: the username '" + username + "' is taken. To give it a new password, run "
                        + "user passwd " + username + ".");
                return 1;
            }
            out.println("Created " + request.role().slug() + " '" + created.get().username() + "'.");
            return 0;
        }
        Optional<Account> account = service.findByUsername(username);
        if (account.isEmpty()) {
            err.println("factdeck: there is no account '" + username + "'. user list shows them all.");
            return 1;
        }
        switch (request.subcommand()) {
            case "passwd" -> {
                service.setPassword(account.get(), request.password().orElseThrow());
                out.println("Changed the password of '" + account.get().username() + "' and signed it out everywhere."
                        + (account.get().disabled() ? " It is still disabled: user enable " + username
                        + " lets it sign in." : ""));
            }
            case "disable" -> out.println(service.setDisabled(account.get(), true)
                    ? "Disabled '" + account.get().username() + "': it cannot sign in, and its sessions ended."
                    : "'" + account.get().username() + "' was already disabled.");
            default -> out.println(service.setDisabled(account.get(), false)
                    ? "Enabled '" + account.get().username() + "': it can sign in again."
                    : "'" + account.get().username() + "' was not disabled.");
        }
        return 0;
    }

    /** One account a line, in columns, with its state where it is not simply active. */
    private static void list(List<Account> accounts, PrintStream out) {
        if (accounts.isEmpty()) {
            out.println("No accounts yet. Create the first admin with: user add --role admin USERNAME");
            return;
        }
        int width = Math.max(8, accounts.stream().mapToInt(a -> a.username().length()).max().orElse(0));
        out.println(String.format("%-" + width + "s  %-7s  %-8s  %s", "USERNAME", "ROLE", "STATE", "NAME"));
        for (Account a : accounts) {
            String state = a.disabled() ? "disabled" : a.mustChangePassword() ? "one-time" : "active";
            out.println(String.format("%-" + width + "s  %-7s  %-8s  %s", a.username(), a.role().slug(), state,
                    a.displayName()));
        }
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
