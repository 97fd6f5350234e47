package app.factdeck.cli;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.AccountRules;
import app.factdeck.accounts.AccountService;
import app.factdeck.accounts.AccountsModule;
import app.factdeck.accounts.Role;
import app.factdeck.AppConfig;
import app.factdeck.db.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code user add|passwd|list|disable|enable …}: accounts from the server's command line (the first admin, a
 * forgotten admin password). A password is read from standard input (the console, without echo, when there is
 * one), never from the arguments, which other users of the machine can see in the process list. Only
 * {@code add} creates the database when there is none, and nothing is created for arguments that are refused.
 *
 * <pre>{@code
 * echo 'orange piano window' | java -jar factdeck.jar user add --role admin --name "Ada Admin" ada
 * }</pre>
 */
@Command(name = "user", synopsisSubcommandLabel = "add|passwd|list|disable|enable",
        description = "Accounts on the database the server uses (FACTDECK_DATA/factdeck.db).",
        footer = {"", "Passwords are read from standard input (typed without echo, or piped), never from the arguments.",
                "Only add creates the database when there is none."})
final class UserCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private UserCommand(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new UserCommand(io))
                .addSubcommand(new Add(io))
                .addSubcommand(new Passwd(io))
                .addSubcommand(new ListAccounts(io))
                .addSubcommand("disable", new Disable(io, true))
                .addSubcommand("enable", new Disable(io, false));
    }

    @Override
    public Integer call() {
        return Cli.usageError(spec.commandLine(), "missing subcommand: add, passwd, list, disable or enable.");
    }

    /** Refused before anything opens the database: the hidden --password, then the username's rules. */
    private static Optional<String> refused(String passwordOption, String username) {
        if (passwordOption != null) {
            return Optional.of("passwords are never taken from the command line; type it, or pipe it in.");
        }
        return AccountRules.username(username);
    }

    @Command(name = "add", description = "Creates an account; the password is read from standard input.")
    static final class Add implements Callable<Integer> {
        private final Io io;

        @Mixin
        HelpOption help;

        @Option(names = "--role", paramLabel = "student|teacher|admin", defaultValue = "student",
                description = "its role (student unless given)")
        String role;

        @Option(names = "--name", paramLabel = "\"Display Name\"", description = "the name shown (the username unless given)")
        String name;

        @Option(names = "--password", hidden = true, arity = "0..1")
        String password;

        @Parameters(paramLabel = "USERNAME", description = "the sign-in name: 3 to 40 letters, digits, dots, dashes or underscores")
        String username;

        Add(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Role chosen;
            try {
                chosen = Role.fromSlug(role);
            } catch (IllegalArgumentException e) {
                io.err().println("factdeck: --role is student, teacher or admin.");
                return 2;
            }
            Optional<String> wrong = refused(password, username);
            if (wrong.isPresent()) {
                io.err().println("factdeck: " + wrong.get());
                return 2;
            }
            String displayName = name == null || name.isBlank() ? username : name;
            Optional<String> typed = newPassword(io, username, displayName);
            if (typed.isEmpty()) {
                return 2;
            }
            return onDatabase(io, true, service -> {
                Optional<Account> created = service.create(username, displayName, typed.get(), chosen, false);
                if (created.isEmpty()) {
                    io.err().println("factdeck: the username '" + username + "' is taken. To give it a new password, "
                            + "run user passwd " + username + ".");
                    return 1;
                }
                io.out().println("Created " + chosen.slug() + " '" + created.get().username() + "'.");
                return 0;
            });
        }
    }

    @Command(name = "passwd", description = "Sets a new password (read from standard input); ends its sessions.")
    static final class Passwd implements Callable<Integer> {
        private final Io io;

        @Mixin
        HelpOption help;

        @Option(names = "--password", hidden = true, arity = "0..1")
        String password;

        @Parameters(paramLabel = "USERNAME")
        String username;

        Passwd(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Optional<String> wrong = refused(password, username);
            if (wrong.isPresent()) {
                io.err().println("factdeck: " + wrong.get());
                return 2;
            }
            Optional<String> typed = newPassword(io, username, username);
            if (typed.isEmpty()) {
                return 2;
            }
            return onAccount(io, username, (service, account) -> {
                service.setPassword(account, typed.get());
                io.out().println("Changed the password of '" + account.username() + "' and signed it out everywhere."
                        + (account.disabled() ? " It is still disabled: user enable " + username
                        + " lets it sign in." : ""));
                return 0;
            });
        }
    }

    @Command(name = "list", description = "Every account, its role and state.")
    static final class ListAccounts implements Callable<Integer> {
        private final Io io;

        @Mixin
        HelpOption help;

        ListAccounts(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            return onDatabase(io, false, service -> {
                list(service.all());
                return 0;
            });
        }

        /** One account a line, in columns, with its state where it is not simply active. */
        private void list(List<Account> accounts) {
            if (accounts.isEmpty()) {
                io.out().println("No accounts yet. Create the first admin with: user add --role admin USERNAME");
                return;
            }
            int width = Math.max(8, accounts.stream().mapToInt(a -> a.username().length()).max().orElse(0));
            io.out().println(String.format("%-" + width + "s  %-7s  %-8s  %s", "USERNAME", "ROLE", "STATE", "NAME"));
            for (Account a : accounts) {
                String state = a.disabled() ? "disabled" : a.mustChangePassword() ? "one-time" : "active";
                io.out().println(String.format("%-" + width + "s  %-7s  %-8s  %s", a.username(), a.role().slug(),
                        state, a.displayName()));
            }
        }
    }

    /** {@code disable} (it cannot sign in; its sessions end) and {@code enable} (it can again). */
    @Command(description = "Stops or allows an account's sign-in.")
    static final class Disable implements Callable<Integer> {
        private final Io io;
        private final boolean disable;

        @Mixin
        HelpOption help;

        @Parameters(paramLabel = "USERNAME")
        String username;

        Disable(Io io, boolean disable) {
            this.io = io;
            this.disable = disable;
        }

        @Override
        public Integer call() {
            Optional<String> wrong = AccountRules.username(username);
            if (wrong.isPresent()) {
                io.err().println("factdeck: " + wrong.get());
                return 2;
            }
            return onAccount(io, username, (service, account) -> {
                boolean changed = service.setDisabled(account, disable);
                io.out().println(disable
                        ? changed ? "Disabled '" + account.username() + "': it cannot sign in, and its sessions ended."
                                : "'" + account.username() + "' was already disabled."
                        : changed ? "Enabled '" + account.username() + "': it can sign in again."
                                : "'" + account.username() + "' was not disabled.");
                return 0;
            });
        }
    }

    /** The password from standard input, checked against the sign-up rules; empty after saying what is wrong. */
    private static Optional<String> newPassword(Io io, String username, String displayName) {
        Optional<String> password = readPassword(io, username);
        if (password.isEmpty()) {
            io.err().println("factdeck: no password given on standard input.");
            return Optional.empty();
        }
        Map<String, String> errors = AccountRules.validateSignup(username, displayName, password.get());
        if (!errors.isEmpty()) {
            errors.values().forEach(m -> io.err().println("factdeck: " + m));
            return Optional.empty();
        }
        return password;
    }

    private static Optional<String> readPassword(Io io, String username) {
        if (System.console() != null && io.in() == System.in) {
            char[] typed = System.console().readPassword("Password for %s: ", username);
            return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        try {
            String line = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? Optional.empty() : Optional.of(line);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private interface OnService {
        int run(AccountService service);
    }

    private interface OnAccount {
        int run(AccountService service, Account account);
    }

    private static int onAccount(Io io, String username, OnAccount work) {
        return onDatabase(io, false, service -> {
            Optional<Account> account = service.findByUsername(username);
            if (account.isEmpty()) {
                io.err().println("factdeck: there is no account '" + username + "'. user list shows them all.");
                return 1;
            }
            return work.run(service, account.get());
        });
    }

    /** On the server's database file; only when {@code mayCreate} is it made when missing (and that is said). */
    private static int onDatabase(Io io, boolean mayCreate, OnService work) {
        Cli.quietLogs();
        AppConfig config = Cli.config(io);
        Path file = config.databaseFile().toAbsolutePath();
        boolean existed = config.database().exists();
        if (!existed && !mayCreate) {
            io.err().println("factdeck: there is no database at " + file + ", so there are no accounts yet. Check "
                    + "FACTDECK_DATA (the directory the server uses), or create the first account with user add.");
            return 1;
        }
        try (Database database = Database.open(config.database())) {
            int status = work.run(AccountsModule.service(database, Clock.systemUTC(), config.passwordHasher()));
            if (!existed) {
                io.out().println("Created the database " + file + " (there was none). The server finds it when "
                        + "FACTDECK_DATA is " + file.getParent() + ".");
            }
            return status;
        }
    }
}
