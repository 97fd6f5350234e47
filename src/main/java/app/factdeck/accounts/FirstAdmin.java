package app.factdeck.accounts;

import app.factdeck.db.Database;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A fresh install has no admin, and nobody can make one from the web: until someone runs {@code user add --role
 * admin} on the server, the console and the home page say exactly how (as Gitea and Miniflux do).
 *
 * <pre>{@code
 * FirstAdmin first = new FirstAdmin(database);
 * first.command().ifPresent(System.out::println);
 * }</pre>
 */
public final class FirstAdmin {

    private final AccountRepository accounts;
    /** The settings the command needs to reach this database: FACTDECK_DATA, or PostgreSQL's URL and user. */
    private final String settings;
    /** Once an admin exists the answer stays "none needed", so the home page stops asking the database. */
    private final AtomicBoolean adminSeen = new AtomicBoolean();

    public FirstAdmin(Database database) {
        this.accounts = new AccountRepository(database);
        this.settings = settings(database.location());
    }

    /** The command that creates the first admin, while there is none. */
    public Optional<String> command() {
        if (adminSeen.get()) {
            return Optional.empty();
        }
        if (accounts.hasAdmin()) {
            adminSeen.set(true);
            return Optional.empty();
        }
        return Optional.of(commandWith(settings, launcher()));
    }

    /** The console's text: what to run, and where to sign in afterwards. */
    public Optional<String> consoleText(String signInUrl) {
        return command().map(c -> "No admin account yet. To create the first one, run on this server (it asks for "
                + "the new admin's password):\n\n    " + c + "\n\nthen sign in at " + signInUrl + ". Until then the "
                + "home page shows this command too.");
    }

    static String command(Path dataDir, String launcher) {
        return commandWith("FACTDECK_DATA=" + shellQuoted(dataDir.toString()), launcher);
    }

    /** FACTDECK_DATA for a SQLite file; PostgreSQL's URL, user, and a password file the admin names. */
    static String settings(app.factdeck.db.DatabaseLocation location) {
        if (location instanceof app.factdeck.db.DatabaseLocation.Postgresql pg) {
            return "FACTDECK_DATABASE_URL=" + shellQuoted(pg.url())
                    + pg.user().map(u -> " FACTDECK_DATABASE_USER=" + shellQuoted(u)).orElse("")
                    + (pg.password().isPresent() ? " FACTDECK_DATABASE_PASSWORD_FILE=PASSWORD-FILE" : "");
        }
        Path file = ((app.factdeck.db.DatabaseLocation.SqliteFile) location).file();
        return "FACTDECK_DATA=" + shellQuoted(file.toAbsolutePath().getParent().toString());
    }

    private static String commandWith(String settings, String launcher) {
        return settings + " " + launcher + " user add --role admin --name \"Your Name\" USERNAME";
    }

    /** {@code java -jar} with this jar's path when the server runs from one (the usual case), else its file name. */
    static String launcher() {
        try {
            Path self = Path.of(FirstAdmin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.getFileName() != null && self.getFileName().toString().endsWith(".jar")) {
                return "java -jar " + shellQuoted(self.toAbsolutePath().toString());
            }
        } catch (RuntimeException | java.net.URISyntaxException e) {
            // No code source (an unusual class loader): the generic name below is still a correct hint.
        }
        return "java -jar factdeck.jar";
    }

    /** A path as a POSIX shell reads it back unchanged: bare when it is plain, else in single quotes. */
    static String shellQuoted(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }
}
