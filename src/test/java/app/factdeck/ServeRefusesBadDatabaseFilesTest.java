package app.factdeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.db.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java app.factdeck.App} as an admin runs it, in its own JVM, on a data directory holding a bad
 * factdeck.db: it must print exactly one {@code factdeck:} line and exit 1, never a Flyway stack trace.
 */
class ServeRefusesBadDatabaseFilesTest {

    @TempDir
    Path data;

    @Test
    void aFileOfRandomBytesGivesOneLineAndExitStatusOne() throws Exception {
        byte[] noise = new byte[32 * 1024];
        new Random(11).nextBytes(noise);
        Files.write(data.resolve("factdeck.db"), noise);
        Run run = factdeck(List.of("serve"), "");
        assertRefusedInOneLine(run, "is not a SQLite database, or is damaged (file is not a database). Restore it");
    }

    @Test
    void aTruncatedCopyOfARealDatabaseGivesOneLineAndExitStatusOne() throws Exception {
        Path file = data.resolve("factdeck.db");
        try (Database db = Database.open(file)) {
            for (int i = 0; i < 200; i++) {
                String id = "truncated-" + i + "-" + "x".repeat(300);
                db.write(c -> {
                    try (var s = c.prepareStatement("INSERT INTO article (slug, title, publisher, published_on, "
                            + "language, position) VALUES (?, 't', 'p', '2023-06-08', 'en', 0)")) {
                        s.setString(1, id);
                        return s.executeUpdate();
                    }
                });
            }
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        Run run = factdeck(List.of("serve"), "");
        assertRefusedInOneLine(run, "is not a SQLite database, or is damaged (database disk image is malformed)");
    }

    @Test
    void anEmptyFileGivesOneLineAndExitStatusOne() throws Exception {
        Files.createFile(data.resolve("factdeck.db"));
        Run run = factdeck(List.of("serve"), "");
        assertRefusedInOneLine(run, "is empty (0 bytes), not a Factdeck database");
    }

    @Test
    void aMissingFileIsCreatedAndTheLogSaysWhereLoudly() throws Exception {
        // `user add` opens the database as `serve` does, and exits when done.
        Run run = factdeck(List.of("user", "add", "--role", "admin", "ada"), "orange piano window\n");
        assertEquals(0, run.status, run.stderr);
        Path file = data.resolve("factdeck.db").toAbsolutePath();
        assertTrue(Files.size(file) > 0);
        assertTrue(run.stderr.contains("WARN Database - Created a new database at " + file + ": there was no file "
                + "there."), run.stderr);
        Run again = factdeck(List.of("user", "add", "--role", "student", "bob"), "orange piano window\n");
        assertEquals(0, again.status, again.stderr);
        assertTrue(!again.stderr.contains("Created a new database"), "only when it was missing: " + again.stderr);
    }

    private void assertRefusedInOneLine(Run run, String says) {
        assertEquals(1, run.status, run.stderr);
        List<String> lines = run.stderr.lines().toList();
        assertEquals(1, lines.size(), "exactly one line on stderr:\n" + run.stderr);
        String expectedStart = "factdeck: " + data.resolve("factdeck.db").toAbsolutePath() + " ";
        assertTrue(lines.get(0).startsWith(expectedStart), lines.get(0));
        assertTrue(lines.get(0).contains(says), lines.get(0));
        assertTrue(lines.get(0).contains("backup"), "suggests restoring a backup: " + lines.get(0));
    }

    private record Run(int status, String stderr) {
    }

    private Run factdeck(List<String> args, String stdin) throws IOException, InterruptedException {
        ProcessBuilder pb = app.factdeck.testing.FactdeckProcess.command(data, args);
        Path err = data.resolveSibling(data.getFileName() + "-stderr.txt");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("factdeck " + args + " did not exit within 60 s: " + Files.readString(err));
        }
        String stderr = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), stderr);
    }
}
