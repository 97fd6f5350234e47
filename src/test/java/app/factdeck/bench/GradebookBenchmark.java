package app.factdeck.bench;

import app.factdeck.testing.TestApp;
import app.factdeck.testing.WebClient;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What a teacher waits for on a big class's gradebook and on an assignment's item analysis: 200 students × 30
 * assignments of 10 of the article's real questions (so the analysis finds their stems, types and options), seeded
 * directly in SQLite (batched INSERTs in the app's own schema, through its Database), most students submitting,
 * some twice, some left in progress. Times each page over HTTP through the real app, signed in as the class's
 * teacher, after warm-up, in a JVM of its own at -Xmx128m (the README's small-server heap), and prints p50/p95 per
 * page and the heap used after a GC. Target: 300 ms each. Run with {@code mvn -q -Pbenchmark verify}.
 */
public final class GradebookBenchmark {

    static final int STUDENTS = 200;
    static final int ASSIGNMENTS = 30;
    static final int QUESTIONS = 10;
    private static final int WARM_UP = 20;
    private static final int RUNS = 50;
    private static final String PASSWORD = "orange piano window";
    private static final long DAY = 86_400_000L;
    /**
     * The first assignment opened 28 weeks ago, one a week since: a class in its second term, most assignments
     * past their cut-off (so the overdue check and the closing of attempts left in progress are part of the cost),
     * the last two still open.
     */
    private static final long T0 = System.currentTimeMillis() / DAY * DAY - 28 * 7 * DAY;

    public static void main(String[] args) throws Exception {
        if (SmallHeap.inside(args)) {
            measure();
            return;
        }
        // As ProposeBenchmark: the measurement runs in a JVM of its own so that its heap is the small server's.
        SmallHeap.measureIn(GradebookBenchmark.class);
    }

    private static void measure() throws Exception {
        Path dir = Files.createTempDirectory("factdeck-gradebook-bench");
        try (TestApp app = TestApp.start(dir, Map.of())) {
            app.addUser("tess", PASSWORD, "teacher");
            WebClient tess = new WebClient(app);
            tess.signIn("tess", PASSWORD);
            tess.get("/teacher/classes");
            String location = tess.post("/teacher/classes", Map.of("name", "Year 10 — all sets")).headers()
                    .firstValue("Location").orElseThrow();
            long classId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            // The article's questions as the teacher's bank lists them: the assignments are made of these.
            List<String> questionIds = new ArrayList<>(new java.util.LinkedHashSet<>(
                    all("name=\"question\" value=\"([^\"]+)\"", tess.get("/articles/espreso-nato-troops-warning/questions")
                            .body())));
            if (questionIds.size() < QUESTIONS) {
                throw new IllegalStateException("the article has only " + questionIds.size() + " questions");
            }
            long s0 = System.nanoTime();
            Seeded seeded = app.database().write(c -> seed(c, classId, questionIds));
            System.out.printf("%nseeded %d students, %d assignments, %d attempts, %d responses in %.0f ms%n",
                    STUDENTS, ASSIGNMENTS, seeded.attempts(), seeded.responses(), (System.nanoTime() - s0) / 1e6);

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("gradebook page", "/teacher/classes/" + classId + "/gradebook");
            pages.put("gradebook CSV", "/teacher/classes/" + classId + "/gradebook/csv");
            // The first assignment's analysis: past its cut-off, so every one of its attempts is finished or closed.
            pages.put("item analysis", "/teacher/classes/" + classId + "/assignments/" + seeded.firstAssignment()
                    + "/analysis");

            System.out.printf("gradebook benchmark (-Xmx%d MB, %d students × %d assignments × %d questions; "
                            + "%d warm-up requests, %d measured, per page)%n",
                    Runtime.getRuntime().maxMemory() / (1024 * 1024), STUDENTS, ASSIGNMENTS, QUESTIONS, WARM_UP, RUNS);
            // CPU per request as well as wall time: on a shared machine the wall time also counts waiting for a core.
            System.out.println("| page            | p50      | p95      | max      | CPU/req  | bytes     | target  |");
            System.out.println("|-----------------|----------|----------|----------|----------|-----------|---------|");
            // The teacher's session cookie on a plain client: WebClient checks every page it reads (template
            // leftovers, its text), which is test work, not the teacher's wait.
            java.net.http.HttpClient browserLike = java.net.http.HttpClient.newBuilder().cookieHandler(tess.cookies())
                    .build();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                double[] ms = new double[RUNS];
                int bytes = 0;
                long cpu0 = 0;
                for (int i = 0; i < WARM_UP + RUNS; i++) {
                    long s = System.nanoTime();
                    HttpResponse<byte[]> r = browserLike.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(app.origin() + page.getValue())).GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    double took = (System.nanoTime() - s) / 1e6;
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(page.getKey() + ": " + r.statusCode());
                    }
                    bytes = r.body().length;
                    if (i == WARM_UP - 1) {
                        cpu0 = processCpuNanos();
                    }
                    if (i >= WARM_UP) {
                        ms[i - WARM_UP] = took;
                    }
                }
                double cpuPerRequest = (processCpuNanos() - cpu0) / 1e6 / RUNS;
                Arrays.sort(ms);
                double p95 = ms[(int) Math.ceil(RUNS * 0.95) - 1];
                System.out.printf("| %-15s | %5.0f ms | %5.0f ms | %5.0f ms | %5.0f ms | %9d | %s |%n", page.getKey(),
                        ms[RUNS / 2], p95, ms[RUNS - 1], cpuPerRequest, bytes, p95 <= 300 ? "met    " : "MISSED ");
            }
            System.out.printf("used heap after GC, app running with the class loaded: %s%n", mb(usedAfterGc()));
        }
    }

    record Seeded(int attempts, int responses, long firstAssignment) {
    }

    private static List<String> all(String regex, String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /**
     * 200 students in the class; 30 weekly assignments of a fixed set of 10 questions, due a week after opening;
     * per student and assignment: 85 % submit once (one in ten of those late, one in five of those try again),
     * 5 % leave an attempt in progress, 10 % never start. Each response is right with a probability that varies by
     * student and question, so scores spread as a class's do. Seeded (same numbers every run).
     */
    private static Seeded seed(Connection c, long classId, List<String> questionIds) throws SQLException {
        Random random = new Random(20);
        long[] students = new long[STUDENTS];
        try (PreparedStatement a = c.prepareStatement("INSERT INTO account (username, display_name, password_hash, role,"
                + " must_change_password, created_at) VALUES (?, ?, 'not-a-hash', 'student', 0, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < STUDENTS; i++) {
                a.setString(1, "student" + i);
                a.setString(2, (i % 7 == 0 ? "Zoë Ångström " : "Student ") + i);
                a.setLong(3, T0 - DAY);
                a.executeUpdate();
                try (var keys = a.getGeneratedKeys()) {
                    keys.next();
                    students[i] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement m = c.prepareStatement(
                "INSERT INTO class_member (class_id, account_id, joined_at) VALUES (?, ?, ?)")) {
            for (long s : students) {
                m.setLong(1, classId);
                m.setLong(2, s);
                m.setLong(3, T0 - DAY);
                m.addBatch();
            }
            m.executeBatch();
        }
        long[] assignments = new long[ASSIGNMENTS];
        try (PreparedStatement a = c.prepareStatement("INSERT INTO assignment (class_id, title, article_slug, drawn,"
                + " opens_at, due_at, late_until, time_zone, attempts_allowed, counts, answers_shown, created_at)"
                + " VALUES (?, ?, 'espreso-nato-troops-warning', NULL, ?, ?, ?, 'Europe/Kyiv', 2, 'best', 'after-due', ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS);
             PreparedStatement q = c.prepareStatement(
                     "INSERT INTO assignment_question (assignment_id, position, question_id) VALUES (?, ?, ?)")) {
            for (int j = 0; j < ASSIGNMENTS; j++) {
                long opens = T0 + j * 7 * DAY;
                a.setLong(1, classId);
                a.setString(2, "Week " + (j + 1) + ": the article");
                a.setLong(3, opens);
                a.setLong(4, opens + 7 * DAY);
                a.setLong(5, opens + 9 * DAY);
                a.setLong(6, opens - DAY);
                a.executeUpdate();
                try (var keys = a.getGeneratedKeys()) {
                    keys.next();
                    assignments[j] = keys.getLong(1);
                }
                for (int p = 1; p <= QUESTIONS; p++) {
                    q.setLong(1, assignments[j]);
                    q.setInt(2, p);
                    q.setString(3, questionId(questionIds, j, p));
                    q.addBatch();
                }
            }
            q.executeBatch();
        }
        int attempts = 0;
        int responses = 0;
        try (PreparedStatement qa = c.prepareStatement("INSERT INTO quiz_attempt (account_id, article_slug, seed,"
                + " started_at, finished_at) VALUES (?, 'espreso-nato-troops-warning', ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS);
             PreparedStatement aq = c.prepareStatement("INSERT INTO attempt_question (attempt_id, position, question_id,"
                     + " shown_at) VALUES (?, ?, ?, ?)");
             PreparedStatement ar = c.prepareStatement("INSERT INTO attempt_response (attempt_id, position, answer,"
                     + " credit, correct, time_taken_ms, answered_at) VALUES (?, ?, '[\"True\"]', ?, ?, 9000, ?)");
             PreparedStatement link = c.prepareStatement(
                     "INSERT INTO assignment_attempt (attempt_id, assignment_id, account_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < STUDENTS; i++) {
                double ability = 0.35 + 0.6 * random.nextDouble();
                for (int j = 0; j < ASSIGNMENTS; j++) {
                    double roll = random.nextDouble();
                    if (roll < 0.10) {
                        continue; // never started
                    }
                    boolean inProgress = roll < 0.15;
                    boolean late = !inProgress && random.nextDouble() < 0.1;
                    int tries = !inProgress && random.nextDouble() < 0.2 ? 2 : 1;
                    long opens = T0 + j * 7 * DAY;
                    for (int t = 0; t < tries; t++) {
                        long started = opens + (late ? 7 * DAY + 3_600_000L : DAY + random.nextInt(5 * 86_400) * 1000L)
                                + t * 3_600_000L;
                        int answered = inProgress ? 1 + random.nextInt(QUESTIONS - 1) : QUESTIONS;
                        qa.setLong(1, students[i]);
                        qa.setLong(2, random.nextLong());
                        qa.setLong(3, started);
                        if (inProgress) {
                            qa.setNull(4, java.sql.Types.BIGINT);
                        } else {
                            qa.setLong(4, started + QUESTIONS * 9000L);
                        }
                        qa.executeUpdate();
                        long attempt;
                        try (var keys = qa.getGeneratedKeys()) {
                            keys.next();
                            attempt = keys.getLong(1);
                        }
                        attempts++;
                        for (int p = 1; p <= QUESTIONS; p++) {
                            aq.setLong(1, attempt);
                            aq.setInt(2, p);
                            aq.setString(3, questionId(questionIds, j, p));
                            aq.setLong(4, started + (p - 1) * 9000L);
                            aq.addBatch();
                            if (p <= answered) {
                                boolean right = random.nextDouble() < ability * (0.7 + 0.06 * p);
                                ar.setLong(1, attempt);
                                ar.setInt(2, p);
                                ar.setDouble(3, right ? 1 : 0);
                                ar.setInt(4, right ? 1 : 0);
                                ar.setLong(5, started + p * 9000L);
                                ar.addBatch();
                                responses++;
                            }
                        }
                        link.setLong(1, attempt);
                        link.setLong(2, assignments[j]);
                        link.setLong(3, students[i]);
                        link.addBatch();
                    }
                }
                aq.executeBatch();
                ar.executeBatch();
                link.executeBatch();
            }
        }
        return new Seeded(attempts, responses, assignments[0]);
    }

    /** Question {@code p} (1–10) of week {@code j}: each week a different run of the article's questions. */
    private static String questionId(List<String> ids, int j, int p) {
        return ids.get((j * 3 + p - 1) % ids.size());
    }

    /** CPU used by this JVM (the app and the client that times it), in nanoseconds. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
