package app.factdeck.bench;

import app.factdeck.db.Backup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash test: {@code mvn -B -q -Pcrash-test verify} (see README, Self-hosting).
 *
 * <p>Runs the jar with the recommended flags on a fresh data directory, seeds students with sessions and
 * prepares quiz answers, then for each of 6 rounds: 64 clients submit answers, the server is killed with
 * SIGKILL at a random moment in the middle of it, and, with the server down, the database file is checked:
 * {@code PRAGMA integrity_check} is "ok" and every answer that got its success response (a 302) is stored.
 * Then the server restarts on the same file (and must become healthy) for the next round. Exit 1 on any loss.
 */
public final class CrashTest {

    private static final int ROUNDS = 6;
    private static final int CLIENTS = 64;

    record Acknowledged(long attemptId, int position) {
    }

    public static void main(String[] args) throws Exception {
        int students = Integer.getInteger("crash.students", 300);
        Path jar = Path.of(System.getProperty("crash.jar", "target/factdeck.jar"));
        Path data = Files.createTempDirectory("factdeck-crash-").resolve("data");
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        System.out.printf("Factdeck crash test: %d rounds of kill -9 during answer submits (%d clients), data in %s%n",
                ROUNDS, CLIENTS, data);
        List<Capacity.Student> all = Capacity.seed(data, students);
        ServerProcess server = start(jar, data);
        int status = 0;
        try {
            // One attempt per student per round, prepared up front: the attempts live in the database, so
            // they survive every restart, as the sessions do.
            List<List<Capacity.Prepared>> rounds = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(32);
            for (int r = 0; r < ROUNDS; r++) {
                List<Future<List<Capacity.Prepared>>> futures = new ArrayList<>();
                String origin = server.origin;
                for (Capacity.Student s : all) {
                    futures.add(pool.submit(() -> Capacity.startQuiz(http, origin, s)));
                }
                List<Capacity.Prepared> round = new ArrayList<>();
                for (int p = 0; p < 10; p++) {
                    for (Future<List<Capacity.Prepared>> f : futures) {
                        round.add(f.get().get(p)); // position by position: consecutive answers from different students
                    }
                }
                rounds.add(round);
            }
            pool.shutdown();
            long totalAcknowledged = 0;
            long totalLost = 0;
            for (int r = 0; r < ROUNDS; r++) {
                long killAfterMs = 300 + random.nextInt(1200); // inside the ~3 s a round's answers take
                List<Acknowledged> acknowledged = submitUntilKilled(http, server, rounds.get(r), killAfterMs);
                List<String> problems = integrityProblems(data);
                long lost = countMissing(data, acknowledged);
                totalAcknowledged += acknowledged.size();
                totalLost += lost;
                long t = System.nanoTime();
                server = start(jar, data);
                System.out.printf("round %d: killed after %4d ms%s; %5d answers acknowledged, %d lost; integrity_check: "
                                + "%s; restarted and healthy in %d ms%n", r + 1, killAfterMs,
                        acknowledged.size() < rounds.get(r).size() ? " mid-load" : " (after the load ended!)",
                        acknowledged.size(), lost,
                        problems.isEmpty() ? "ok" : String.join("; ", problems), (System.nanoTime() - t) / 1_000_000);
                if (lost > 0 || !problems.isEmpty()) {
                    status = 1;
                }
            }
            System.out.printf("%s: %d rounds, %d acknowledged answers, %d lost.%n", status == 0 ? "PASSED" : "FAILED",
                    ROUNDS, totalAcknowledged, totalLost);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            server.close();
        }
        System.exit(status);
    }

    private static ServerProcess start(Path jar, Path data) throws Exception {
        return ServerProcess.start(jar, Capacity.RECOMMENDED_FLAGS, data, Map.of("MALLOC_ARENA_MAX", "2"),
                ServerProcess.freePort());
    }

    /** CLIENTS workers submit the round's answers; the server gets SIGKILL after {@code killAfterMs}. */
    private static List<Acknowledged> submitUntilKilled(HttpClient http, ServerProcess server,
                                                        List<Capacity.Prepared> answers, long killAfterMs)
            throws Exception {
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        String origin = server.origin;
        ExecutorService workers = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < answers.size() && !killed.get(); i = next.getAndIncrement()) {
                    Capacity.Prepared a = answers.get(i);
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(origin + a.path()))
                                .header("Cookie", a.student().cookie()).header("Origin", origin)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofString(a.answer())).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 302) {
                            String[] parts = a.path().split("/"); // /quiz/{attempt}/{position}
                            acknowledged.add(new Acknowledged(Long.parseLong(parts[2]), Integer.parseInt(parts[3])));
                        }
                    } catch (Exception e) {
                        // refused or cut off by the kill: not acknowledged, so nothing is owed
                    }
                }
                return null;
            });
        }
        Thread.sleep(killAfterMs);
        server.kill();
        killed.set(true);
        workers.shutdown();
        workers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        return new ArrayList<>(acknowledged);
    }

    private static List<String> integrityProblems(Path data) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("factdeck.db"))) {
            return Backup.integrityProblems(c);
        }
    }

    private static long countMissing(Path data, List<Acknowledged> acknowledged) throws Exception {
        long missing = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("factdeck.db"));
             PreparedStatement q = c.prepareStatement(
                     "SELECT COUNT(*) FROM attempt_response WHERE attempt_id = ? AND position = ?")) {
            for (Acknowledged a : acknowledged) {
                q.setLong(1, a.attemptId());
                q.setInt(2, a.position());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != 1) {
                        missing++;
                    }
                }
            }
        }
        return missing;
    }
}
