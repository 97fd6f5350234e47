package app.factdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an admin sees in the console when starting and stopping the server: one line saying where it serves. */
class ServeConsoleTest {

    @TempDir
    Path data;

    @Test
    void theRunCommandPrintsOneLineWithItsUrlAndNothingElseAtInfo() throws Exception {
        // An admin exists, as after the first set-up, so the server has nothing else to tell.
        Process add = process(List.of("user", "add", "--role", "admin", "ada"));
        add.getOutputStream().write("orange piano window\n".getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        add.getInputStream().readAllBytes();
        assertTrue(add.waitFor(60, TimeUnit.SECONDS) && add.exitValue() == 0);

        Process serve = process(List.of("serve"));
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (java.io.IOException | java.io.UncheckedIOException closed) {
                // the process ended
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.stream().noneMatch(l -> l.contains("serving on")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        serve.destroy();
        assertTrue(serve.waitFor(30, TimeUnit.SECONDS));
        reader.join(5_000);
        assertEquals(1, lines.size(), "one line:\n" + String.join("\n", lines));
        assertTrue(lines.get(0).matches(".* INFO App - Factdeck \\S+ serving on http://localhost:\\d+ \\(data: .*\\)"),
                lines.get(0));
        assertFalse(lines.get(0).contains("\u001b"), "no ANSI escapes");
    }

    private Process process(List<String> args) throws java.io.IOException {
        return app.factdeck.testing.FactdeckProcess.command(data, args).redirectErrorStream(true).start();
    }
}
