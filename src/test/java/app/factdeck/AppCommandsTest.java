package app.factdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line (picocli): every command's generated help, and mistakes said plainly with status 2. */
@org.junit.jupiter.api.Tag("database")
class AppCommandsTest {

    private static final List<String> COMMANDS = List.of("serve", "backup", "questions", "user", "article-draft",
            "import", "export", "fsrs");

    @TempDir
    Path data;

    private CommandRun run(String... args) {
        return CommandRun.on(data).run(args);
    }

    @Test
    void everyCommandAnswersHelpBeforeTouchingDataOrContent() {
        for (String command : COMMANDS) {
            for (String flag : List.of("--help", "-h")) {
                CommandRun help = run(command, flag);
                assertEquals(0, help.status(), command + help.err());
                assertTrue(help.out().startsWith("Usage: java -jar factdeck.jar " + command), command + ":\n" + help.out());
            }
        }
        assertTrue(run("user", "add", "--help").out().contains("USERNAME"));
        assertTrue(run("fsrs", "replay", "--help").out().contains("FILE.json"));
        assertTrue(run("export", "--help").out().contains("--anki-csv"), "formats come from the export list");
        assertTrue(run("import", "--help").out().contains("--aiken=FILE"), "formats come from the import list");
        try (var files = Files.list(data)) {
            assertEquals(0, files.count(), "help created nothing in the data directory");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theGeneralUsageListsEveryCommand() {
        for (String[] args : List.of(new String[] {"help"}, new String[] {"--help"}, new String[] {"-h"})) {
            CommandRun help = run(args);
            assertEquals(0, help.status());
            for (String command : COMMANDS) {
                assertTrue(help.out().contains("\n  " + command), command + " in\n" + help.out());
            }
        }
    }

    @Test
    void anUnknownCommandOrOptionSaysWhichAndShowsUsageWithStatus2() {
        CommandRun unknown = run("frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("factdeck: unknown command 'frobnicate'."), unknown.err());
        assertTrue(unknown.err().contains("Usage: java -jar factdeck.jar"), unknown.err());

        CommandRun option = run("export", "--gift", "--verbose");
        assertEquals(2, option.status());
        assertTrue(option.err().startsWith("factdeck: unknown option '--verbose'."), option.err());
        assertTrue(option.err().contains("Usage: java -jar factdeck.jar export"), option.err());

        CommandRun missing = run("import", "--gift");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("--gift") && missing.err().contains("FILE"), missing.err());
        assertFalse(missing.err().contains("Exception") || missing.err().contains("\tat "), missing.err());
    }

    @Test
    void aBadSettingIsOneLineWithStatus1NotAStackTrace() {
        CommandRun run = CommandRun.on(data).with("FACTDECK_PORT", "eighty").run("questions");
        assertEquals(1, run.status());
        assertEquals("factdeck: FACTDECK_PORT must be a port number from 0 to 65535, not 'eighty'", run.err().strip());
    }

    @Test
    void articleDraftPrintsTheCleanedPageAsAnArticleToComplete() throws Exception {
        Path page = Files.writeString(data.resolve("page.txt"), """
                Allies split over troops for Ukraine

                By Jane Doe

                1 December 2026

                European leaders met in Paris on Monday to discuss sending troops to Ukraine after a ceasefire.
                """);
        CommandRun run = run("article-draft", page.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("---\ntitle: "), run.out());
        assertTrue(run.out().contains("publisher: \"\"   # fill in"), run.out());
        assertTrue(run.out().contains("European leaders met in Paris"), run.out());

        CommandRun none = run("article-draft", data.resolve("missing.txt").toString());
        assertEquals(1, none.status());
        assertTrue(none.err().startsWith("factdeck: no such file: "), none.err());
        assertEquals(2, run("article-draft").status());
        assertEquals(2, run("article-draft", "a.txt", "b.txt").status());
    }
}
