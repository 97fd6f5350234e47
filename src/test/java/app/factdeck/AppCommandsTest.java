package app.factdeck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command the usage lists answers --help with its own usage, before touching data or content. */
class AppCommandsTest {

    private static final List<String> COMMANDS = List.of("serve", "backup", "questions", "user", "article-draft",
            "import", "export", "fsrs");

    @Test
    void everyCommandHasHelp() {
        for (String command : COMMANDS) {
            assertTrue(App.usage(command).orElseThrow().contains("factdeck.jar " + (command.equals("serve")
                    ? "[serve]" : command)), command);
            assertTrue(help(command, "--help").startsWith("Usage:"), command);
            assertTrue(help(command, "-h").startsWith("Usage:"), command);
        }
        assertTrue(help("user", "add", "--help").contains("USERNAME"));
        assertTrue(help("fsrs", "replay", "--help").contains("FILE.json"));
    }

    @Test
    void theGeneralUsageListsEveryCommand() {
        String usage = help("help");
        for (String command : COMMANDS) {
            assertTrue(usage.contains("\n  " + command), command + " in\n" + usage);
        }
    }

    private static String help(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            App.main(args);
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
