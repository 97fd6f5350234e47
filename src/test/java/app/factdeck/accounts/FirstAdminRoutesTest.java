package app.factdeck.accounts;

import app.factdeck.testing.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.AppTest;
import app.factdeck.testing.TestDatabases;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Item 14: a fresh install's home page shows a visitor the exact command that creates the first admin; run as
 * shown, it works, and the note is gone.
 */
class FirstAdminRoutesTest extends AppTest {

    private static final Pattern COMMAND = Pattern.compile("<pre class=\"command\"><code>([^<]+)</code></pre>");

    @Test
    void aFreshInstallShowsTheFirstAdminCommandUntilItHasBeenRun() throws java.io.IOException {
        String home = app.get("/").body();
        Matcher m = COMMAND.matcher(home);
        assertTrue(m.find(), home);
        String command = m.group(1).replace("&quot;", "\"");
        String dataDir = app.dataDir().toAbsolutePath().toString();
        Map<String, String> database = TestDatabases.settingsFor(app.dataDir());
        String settings = TestDatabases.postgresql()
                ? "FACTDECK_DATABASE_URL=" + database.get("FACTDECK_DATABASE_URL") + " FACTDECK_DATABASE_USER="
                + database.get("FACTDECK_DATABASE_USER") + " FACTDECK_DATABASE_PASSWORD_FILE=PASSWORD-FILE"
                : "FACTDECK_DATA=" + dataDir;
        assertTrue(command.startsWith(settings + " java -jar "), command);
        assertTrue(command.endsWith(" user add --role admin --name \"Your Name\" USERNAME"), command);

        // Run what the page says, as the person installing would: their name and username filled in (and on
        // PostgreSQL the file that holds the database password).
        Path passwordFile = app.dataDir().resolve("db-password");
        Files.writeString(passwordFile, database.getOrDefault("FACTDECK_DATABASE_PASSWORD", "") + "\n");
        String typed = command.replace("\"Your Name\"", "\"Ada Admin\"").replace("USERNAME", "ada")
                .replace("PASSWORD-FILE", passwordFile.toString());
        List<String> words = shellWords(typed);
        int user = words.indexOf("user");
        Map<String, String> env = new HashMap<>(Map.of("FACTDECK_CONTENT", Path.of("content").toAbsolutePath()
                .toString(), "FACTDECK_PASSWORD_HASH_COST", "test-only"));
        for (String w : words.subList(0, words.indexOf("java"))) {
            env.put(w.substring(0, w.indexOf('=')), w.substring(w.indexOf('=') + 1));
        }
        String[] args = words.subList(user, words.size()).toArray(String[]::new);
        var run = new CommandRun.Settings(env, "orange piano window\n").run(args);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Created admin 'ada'."));

        assertFalse(app.get("/").body().contains("class=\"command\""), "the note is gone once an admin exists");
        assertEquals(302, new app.factdeck.testing.WebClient(app).signIn("ada", "orange piano window").statusCode());
        assertFalse(app.get("/articles/espreso-nato-troops-warning").body().contains("class=\"command\""));
    }

    /** Splits as a POSIX shell does for words with double or single quotes (enough for the printed command). */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ' ') {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        words.add(word.toString());
        return words;
    }
}
