package app.factdeck.testing;

import app.factdeck.App;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java app.factdeck.App ARGS} in its own JVM from the test classpath, as an admin runs the jar: on a given
 * data directory, a free loopback port and the repository's content tree.
 *
 * <pre>{@code
 * Process p = FactdeckProcess.command(data, List.of("serve")).start();
 * }</pre>
 */
public final class FactdeckProcess {

    private FactdeckProcess() {
    }

    public static ProcessBuilder command(Path data, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), App.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(Map.of(
                "FACTDECK_DATA", data.toString(),
                "FACTDECK_PORT", "0",
                "FACTDECK_HOST", "127.0.0.1",
                "FACTDECK_CONTENT", Path.of("content").toAbsolutePath().toString()));
        return pb;
    }
}
