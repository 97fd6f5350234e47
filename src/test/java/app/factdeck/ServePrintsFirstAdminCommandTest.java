package app.factdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item 14: {@code serve} on a fresh install prints how to create the first admin; once one exists, it does not. */
class ServePrintsFirstAdminCommandTest {

    @TempDir
    Path data;

    @Test
    void aFirstStartWithoutAnAdminPrintsTheCommandWithTheDataDirectory() throws Exception {
        String first = serveUntilStarted();
        assertTrue(first.contains("No admin account yet."), first);
        assertTrue(first.contains("    FACTDECK_DATA=" + data.toAbsolutePath() + " java -jar "), first);
        assertTrue(first.contains(" user add --role admin --name \"Your Name\" USERNAME\n"), first);
        assertTrue(first.contains("then sign in at http://localhost:"), first);

        Process add = command(List.of("user", "add", "--role", "admin", "ada")).start();
        add.getOutputStream().write("orange piano window\n".getBytes(StandardCharsets.UTF_8));
        add.getOutputStream().close();
        assertTrue(add.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, add.exitValue());

        String second = serveUntilStarted();
        assertFalse(second.contains("No admin account yet."), second);
    }

    /** Runs {@code serve} until it has logged its URL, and returns what it printed on standard output. */
    private String serveUntilStarted() throws Exception {
        Process p = command(List.of("serve")).start();
        StringBuffer out = new StringBuffer();
        StringBuffer err = new StringBuffer();
        Thread o = drain(p.getInputStream(), out);
        Thread e = drain(p.getErrorStream(), err);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!err.toString().contains("serving on") && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(err.toString().contains("serving on"), "serve did not start:\n" + err);
            Thread.sleep(1000); // the note follows the log line, on the other stream
            return out.toString();
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
            o.join(5000);
            e.join(5000);
        }
    }

    private ProcessBuilder command(List<String> args) {
        return app.factdeck.testing.FactdeckProcess.command(data, args);
    }

    private static Thread drain(InputStream in, StringBuffer into) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        t.start();
        return t;
    }
}
