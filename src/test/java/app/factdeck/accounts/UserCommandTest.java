package app.factdeck.accounts;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 13: {@code user add|passwd|list|disable|enable} on the database file the server uses. */
@org.junit.jupiter.api.Tag("database")
class UserCommandTest {

    private static final String PASSWORD = "orange piano window";

    @TempDir
    Path data;

    private record Run(int status, String out, String err) {
    }

    private Path file() {
        return data.resolve("factdeck.db");
    }

    private Run user(String stdin, String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "user";
        System.arraycopy(args, 0, line, 1, args.length);
        var run = app.factdeck.testing.CommandRun.on(data).stdin(stdin).run(line);
        return new Run(run.status(), run.out(), run.err());
    }

    private AccountService.SignIn signIn(String username, String password) {
        try (Database db = TestDatabases.open(file())) {
            AccountService service = new AccountService(new AccountRepository(db),
                    PasswordHasher.forHeap(Runtime.getRuntime().maxMemory(), PasswordHasher.Cost.TEST_ONLY), new LoginThrottle(db),
                    new SessionStore(db), Clock.systemUTC());
            return service.signIn(username, password, "203.0.113." + (int) (Math.random() * 200));
        }
    }

    private String sessionFor(String username) {
        try (Database db = TestDatabases.open(file())) {
            long id = new AccountRepository(db).findByUsername(username).orElseThrow().id();
            return new SessionStore(db).create(Optional.of(id), Instant.now());
        }
    }

    private boolean sessionLives(String cookie) {
        try (Database db = TestDatabases.open(file())) {
            return new SessionStore(db).find(cookie, Instant.now()).isPresent();
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("sqlite-only") // the file is SQLite's; PostgreSQL's database exists before Factdeck
    void addWhereThereIsNoDatabaseSaysWhichFileItCreated() {
        Run run = user(PASSWORD + "\n", "add", "--role", "admin", "--name", "Ada Admin", "ada");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Created admin 'ada'."), run.out());
        assertTrue(run.out().contains("Created the database " + file().toAbsolutePath() + " (there was none)."),
                run.out());
        assertTrue(Files.exists(file()));
        Run again = user(PASSWORD + "\n", "add", "bob.berg");
        assertEquals(0, again.status(), again.err());
        assertFalse(again.out().contains("Created the database"), "only when it was new: " + again.out());
    }

    @Test
    @org.junit.jupiter.api.Tag("sqlite-only")
    void refusedArgumentsCreateNoDatabase() {
        assertEquals(2, user(PASSWORD + "\n", "add", "no spaces allowed").status());
        assertEquals(2, user("short\n", "add", "ada").status());
        assertEquals(2, user("", "frobnicate").status());
        assertFalse(Files.exists(file()), "nothing was created for refused arguments");
        Run list = user("", "list");
        assertEquals(1, list.status());
        assertTrue(list.err().contains("there is no database at " + file().toAbsolutePath()), list.err());
        assertEquals(1, user(PASSWORD + "\n", "passwd", "ada").status());
        assertFalse(Files.exists(file()), "only add creates the database");
    }

    @Test
    void passwdSetsTheNewPasswordAndEndsTheAccountsSessions() {
        user(PASSWORD + "\n", "add", "--role", "admin", "ada");
        String cookie = sessionFor("ada");
        assertTrue(sessionLives(cookie));
        Run run = user("a brand new passphrase\n", "passwd", "ada");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Changed the password of 'ada' and signed it out everywhere."), run.out());
        assertFalse(sessionLives(cookie));
        AccountService.SignIn in = signIn("ada", "a brand new passphrase");
        assertInstanceOf(AccountService.SignIn.Accepted.class, in);
        assertFalse(((AccountService.SignIn.Accepted) in).account().mustChangePassword(),
                "the admin chose it, so it need not be changed");
        assertInstanceOf(AccountService.SignIn.Refused.class, signIn("ada", PASSWORD));
    }

    @Test
    void passwdRefusesAWeakPasswordAndAnUnknownAccount() {
        user(PASSWORD + "\n", "add", "ada");
        Run weak = user("short\n", "passwd", "ada");
        assertEquals(2, weak.status());
        assertTrue(weak.err().contains("Use at least 10 characters."), weak.err());
        Run same = user("ada\n", "passwd", "ada");
        assertEquals(2, same.status());
        Run unknown = user(PASSWORD + "\n", "passwd", "nobody");
        assertEquals(1, unknown.status());
        assertTrue(unknown.err().contains("there is no account 'nobody'. user list shows them all."), unknown.err());
        assertEquals(2, user("", "passwd", "ada").status(), "no password on standard input");
        assertEquals(2, user("", "passwd", "--password", "x", "ada").status());
        assertInstanceOf(AccountService.SignIn.Accepted.class, signIn("ada", PASSWORD), "unchanged");
    }

    @Test
    void listShowsEveryAccountWithItsRoleAndState() {
        user(PASSWORD + "\n", "add", "--role", "teacher", "--name", "Tess Berg", "tess");
        user(PASSWORD + "\n", "add", "ana.lind");
        user(PASSWORD + "\n", "add", "zed");
        user("", "disable", "zed");
        Run run = user("", "list");
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(4, lines.length, run.out());
        assertTrue(lines[0].matches("USERNAME\\s+ROLE\\s+STATE\\s+NAME"), lines[0]);
        assertTrue(lines[1].matches("ana\\.lind\\s+student\\s+active\\s+ana\\.lind"), lines[1]);
        assertTrue(lines[2].matches("tess\\s+teacher\\s+active\\s+Tess Berg"), lines[2]);
        assertTrue(lines[3].matches("zed\\s+student\\s+disabled\\s+zed"), lines[3]);
        assertEquals(2, user("", "list", "extra").status());
    }

    @Test
    void disableStopsSignInAndEndsSessionsAndEnableUndoesIt() {
        user(PASSWORD + "\n", "add", "ana.lind");
        String cookie = sessionFor("ana.lind");
        Run off = user("", "disable", "ana.lind");
        assertEquals(0, off.status(), off.err());
        assertTrue(off.out().contains("Disabled 'ana.lind': it cannot sign in, and its sessions ended."), off.out());
        assertFalse(sessionLives(cookie));
        assertInstanceOf(AccountService.SignIn.Disabled.class, signIn("ana.lind", PASSWORD));
        assertInstanceOf(AccountService.SignIn.Refused.class, signIn("ana.lind", "a wrong password here"),
                "a wrong password says nothing about the account being disabled");
        assertTrue(user("", "disable", "ana.lind").out().contains("was already disabled"));

        Run on = user("", "enable", "ana.lind");
        assertEquals(0, on.status(), on.err());
        assertTrue(on.out().contains("Enabled 'ana.lind'"), on.out());
        assertInstanceOf(AccountService.SignIn.Accepted.class, signIn("ana.lind", PASSWORD));
        assertTrue(user("", "enable", "ana.lind").out().contains("was not disabled"));
        assertEquals(1, user("", "disable", "nobody").status());
        assertEquals(2, user("", "disable").status());
    }
}
