package app.factdeck.testing;

import app.factdeck.cli.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One command line through the real parser ({@link Cli}), as {@code java -jar factdeck.jar ARGS} runs it, in this
 * JVM: on a data directory, the repository's content tree and test-only password hashes.
 *
 * <pre>{@code
 * CommandRun run = CommandRun.on(data).stdin("orange piano window\n").run("user", "add", "ada");
 * }</pre>
 */
public record CommandRun(int status, String out, String err) {

    /** The settings of a command run by a test; {@code extra} adds or overrides. */
    public static Settings on(Path dataDir) {
        Map<String, String> env = new HashMap<>(Map.of(
                "FACTDECK_DATA", dataDir.toString(),
                "FACTDECK_CONTENT", Path.of("content").toAbsolutePath().toString(),
                "FACTDECK_PASSWORD_HASH_COST", "test-only"));
        env.putAll(TestDatabases.settingsFor(dataDir));
        return new Settings(env, "");
    }

    public record Settings(Map<String, String> env, String stdin) {
        public Settings with(String name, String value) {
            Map<String, String> copy = new HashMap<>(env);
            copy.put(name, value);
            return new Settings(copy, stdin);
        }

        public Settings stdin(String text) {
            return new Settings(env, text);
        }

        public CommandRun run(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Cli.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
