package app.factdeck.bench;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.AccountRepository;
import app.factdeck.accounts.PasswordHasher;
import app.factdeck.accounts.Role;
import app.factdeck.accounts.SessionStore;
import app.factdeck.db.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capacity benchmark: {@code mvn -B -q -Pcapacity verify} (see README, Self-hosting).
 *
 * <p>Starts the jar in its own JVM with the flags the README recommends for a 512 MB VPS (-Xmx128m …) on a fresh
 * data directory, seeds {@code capacity.students} students (1000) with signed-in sessions straight into the
 * database, lets each start quizzes over HTTP and reads a valid answer off every question page, then drives
 * wrk (Debian's package) with {@code bench/requests.lua}: the question page GET and the answer POST at 64, 256
 * and 1000 concurrent clients, each client a different student, each answer a fresh one; the baselines in the
 * same JVM (bare GET, minimal Thymeleaf+SQLite page, one-INSERT POST, all through the same session and CSRF
 * filters); and 1000 students submitting at once. Prints req/s, p50/p99, errors and server RSS, the ratios,
 * and the targets met or missed. It also checks that every acknowledged answer is in the database.
 */
public final class Capacity {

    static final List<String> RECOMMENDED_FLAGS = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String SLUG = "kyiv-independent-nato-troops-warning";
    private static final int[] LEVELS = {64, 256, 1000};
    private static final int ATTEMPTS_PER_STUDENT = 5;   // 0: pages to read; 1–3: one per level; 4: warm-up and burst
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
    private final Path work;
    private final Path lua;
    private final int seconds;
    private final int postSeconds;
    private ServerProcess server;

    record Student(long id, String cookie, String csrf) {
    }

    /** One question of one attempt: where it is, and a complete answer read off its page. */
    record Prepared(Student student, String path, String answer) {
    }

    record Run(String name, int clients, double rps, double p50ms, double p99ms, double maxMs, long requests,
               long errors, long repeats, long peakRssMb) {
    }

    private Capacity(Path work, Path lua, int seconds, int postSeconds) {
        this.work = work;
        this.lua = lua;
        this.seconds = seconds;
        this.postSeconds = postSeconds;
    }

    public static void main(String[] args) throws Exception {
        int students = Integer.getInteger("capacity.students", 1000);
        int seconds = Integer.getInteger("capacity.seconds", 8);
        List<String> flags = Optional.ofNullable(System.getProperty("capacity.jvm")).filter(s -> !s.isBlank())
                .map(s -> Arrays.asList(s.trim().split("\\s+"))).orElse(RECOMMENDED_FLAGS);
        Path jar = Path.of(System.getProperty("capacity.jar", "target/factdeck.jar"));
        Path lua = Path.of(Capacity.class.getResource("/bench/requests.lua").toURI());
        Path work = Files.createTempDirectory("factdeck-capacity-");
        Capacity capacity = new Capacity(work, lua, seconds, Integer.getInteger("capacity.postSeconds", 4));
        int status;
        try {
            status = capacity.run(jar, flags, students);
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        } finally {
            if (capacity.server != null) {
                capacity.server.close();
            }
        }
        System.exit(status);
    }

    private int run(Path jar, List<String> flags, int students) throws Exception {
        System.out.printf("Factdeck capacity benchmark: %d students, %d s per measurement, %d cores, wrk on the "
                + "same machine%nserver: java %s -jar %s (MALLOC_ARENA_MAX=2), data in %s%n", students, seconds,
                Runtime.getRuntime().availableProcessors(), String.join(" ", flags), jar, work);
        long t0 = System.nanoTime();
        Path data = work.resolve("data");
        List<Student> all = seed(data, students);
        server = ServerProcess.start(jar, flags, data, Map.of("FACTDECK_BENCHMARK_BASELINES", "true",
                "MALLOC_ARENA_MAX", "2"), ServerProcess.freePort());
        System.out.printf("idle server RSS: %d MB%n", server.rssMb());
        List<List<Prepared>> attempts = prepare(all);
        System.out.printf("set-up: %d students seeded with sessions, %d quiz attempts prepared over HTTP, %.0f s%n",
                students, students * ATTEMPTS_PER_STUDENT, (System.nanoTime() - t0) / 1e9);

        Path pages = requests("pages", interleave(attempts, 0, 1, 10).stream()
                .map(p -> line("GET", p.path(), p.student().cookie(), "")).toList());
        Path minimalPage = requests("minimal-page", all.stream()
                .map(s -> line("GET", "/bench/page?slug=" + SLUG, s.cookie(), "")).toList());
        Path layoutPage = requests("layout-page", all.stream()
                .map(s -> line("GET", "/bench/layout-page?slug=" + SLUG, s.cookie(), "")).toList());
        Path bare = requests("bare", List.of(line("GET", "/bench/bare", "", "")));
        Path insert = requests("insert", all.stream()
                .map(s -> line("POST", "/bench/insert", s.cookie(), "body=answer&csrf=" + s.csrf())).toList());
        Path warmAnswers = requests("warm-answers", answers(interleave(attempts, 4, 2, 10)));
        Path burst = requests("burst", answers(interleave(attempts, 4, 1, 1)));

        // Warm-up (JIT, caches, SQLite pages), not reported.
        wrk(bare, "loop", 64, 3, 200);
        wrk(minimalPage, "loop", 64, 3, 200);
        wrk(layoutPage, "loop", 64, 3, 200);
        wrk(pages, "loop", 64, 4, 200);
        wrk(insert, "loop", 64, 3, 204);
        wrk(warmAnswers, "loop", 64, 3, 302);
        server.windowPeakRssMb();

        List<Run> runs = new ArrayList<>();
        Map<String, Run> byKey = new LinkedHashMap<>();
        for (int level = 0; level < LEVELS.length; level++) {
            int c = LEVELS[level];
            Path answers = requests("answers-" + c, answers(interleave(attempts, level + 1, 1, 10)));
            for (Object[] scenario : new Object[][] {
                    {"bare GET (baseline)", bare, 200},
                    {"minimal page GET (baseline)", minimalPage, 200},
                    {"layout page GET (baseline)", layoutPage, 200},
                    {"question page GET", pages, 200},
                    {"one-INSERT POST (baseline)", insert, 204},
                    {"answer POST", answers, 302}}) {
                String name = (String) scenario[0];
                long before = name.equals("answer POST") ? storedAnswers(data) : 0;
                // Submits run shorter than reads: each needs a fresh prepared answer.
                Run r = measure(name, (Path) scenario[1], "loop", c, name.contains("POST") ? postSeconds : seconds,
                        (Integer) scenario[2]);
                if (name.equals("answer POST")) {
                    verifyStored(data, before, r);
                }
                runs.add(r);
                byKey.put(name + "@" + c, r);
            }
        }
        long before = storedAnswers(data);
        Run atOnce = measure("1000 submit at once", burst, "once", Math.min(1000, students), 60, 302);
        verifyStored(data, before, atOnce);
        runs.add(atOnce);
        long peak = server.peakRssMb();
        boolean healthy = server.healthy();

        System.out.println();
        System.out.printf("%-30s %7s %9s %8s %8s %8s %8s %7s %8s%n", "scenario", "clients", "req/s", "p50 ms",
                "p99 ms", "max ms", "requests", "errors", "RSS MB");
        for (Run r : runs) {
            boolean once = r == atOnce;
            System.out.printf(Locale.ROOT, "%-30s %7d %9s %8.1f %8.1f %8.1f %8d %7d %8d%s%n", r.name(), r.clients(),
                    once ? "-" : String.format(Locale.ROOT, "%.0f", r.rps()), r.p50ms(), r.p99ms(), r.maxMs(),
                    r.requests(), r.errors(), r.peakRssMb(), r.name().startsWith("answer") && r.repeats() > 0
                            ? "  (" + r.repeats() + " answers sent twice: raise capacity.students)" : "");
        }
        System.out.println();
        boolean met = true;
        for (int c : LEVELS) {
            double submit = byKey.get("answer POST@" + c).rps() / byKey.get("one-INSERT POST (baseline)@" + c).rps();
            double page = byKey.get("question page GET@" + c).rps() / byKey.get("minimal page GET (baseline)@" + c).rps();
            double inLayout = byKey.get("question page GET@" + c).rps()
                    / byKey.get("layout page GET (baseline)@" + c).rps();
            System.out.printf(Locale.ROOT, "ratios at %4d clients: answer POST / one-INSERT POST = %.2f (target ≥ 0.70 %s); "
                    + "question page / minimal page = %.2f (target ≥ 0.80 %s); question page / layout page = %.2f%n", c,
                    submit, mark(submit >= 0.7), page, mark(page >= 0.8), inLayout);
            met &= submit >= 0.7 && page >= 0.8;
        }
        boolean burstOk = atOnce.errors() == 0 && atOnce.p99ms() <= 1500 && atOnce.requests() == Math.min(1000, students);
        System.out.printf(Locale.ROOT, "%d students submitting at once: %d answered, %d errors, p99 %.0f ms, all "
                + "answered within %.0f ms (target 0 errors, p99 ≤ 1500 ms %s)%n", atOnce.clients(), atOnce.requests(),
                atOnce.errors(), atOnce.p99ms(), atOnce.maxMs(), mark(burstOk));
        System.out.printf("server peak RSS (VmHWM) over the whole run: %d MB (target ≤ 200 MB %s); healthy after: %s%n",
                peak, mark(peak <= 200), healthy ? "yes" : "NO");
        met &= burstOk && peak <= 200 && healthy;
        System.out.println(met ? "All targets met." : "Some targets missed (see MISSED above).");
        return 0;
    }

    private static String mark(boolean ok) {
        return ok ? "met" : "MISSED";
    }

    /** Accounts and signed-in sessions written straight into the database, as sign-ins would leave them. */
    static List<Student> seed(Path data, int students) {
        try (Database db = Database.open(data.resolve("factdeck.db"))) {
            AccountRepository accounts = new AccountRepository(db);
            SessionStore sessions = new SessionStore(db);
            // One Argon2 hash for all: hashing 1000 passwords would only measure the set-up.
            String hash = PasswordHasher.forHeap(Runtime.getRuntime().maxMemory()).hash("orange piano window");
            Instant now = Instant.now();
            List<Student> all = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                Account a = accounts.create("student" + i, "Student " + i, hash, Role.STUDENT, false, now)
                        .orElseThrow();
                String cookie = sessions.create(Optional.of(a.id()), now);
                String csrf = sessions.find(cookie, now).orElseThrow().csrfToken();
                all.add(new Student(a.id(), "factdeck=" + cookie, csrf));
            }
            return all;
        }
    }

    /** For every student, ATTEMPTS_PER_STUDENT quizzes started over HTTP and a valid answer read off each page. */
    private List<List<Prepared>> prepare(List<Student> all) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<List<Prepared>>> futures = new ArrayList<>();
            for (Student s : all) {
                futures.add(pool.submit(() -> {
                    List<Prepared> out = new ArrayList<>();
                    for (int a = 0; a < ATTEMPTS_PER_STUDENT; a++) {
                        out.addAll(startQuiz(http, server.origin, s));
                    }
                    return out;
                }));
            }
            List<List<Prepared>> perStudent = new ArrayList<>();
            for (Future<List<Prepared>> f : futures) {
                perStudent.add(f.get());
            }
            return perStudent;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts a quiz for {@code s} and reads a complete answer off each of its 10 question pages. */
    static List<Prepared> startQuiz(HttpClient http, String origin, Student s) throws IOException, InterruptedException {
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(origin + "/quiz"))
                .header("Cookie", s.cookie()).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + s.csrf())).build(), HttpResponse.BodyHandlers.ofString());
        String quiz = started.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("POST /quiz answered " + started.statusCode()));
        List<Prepared> out = new ArrayList<>();
        for (int p = 1; p <= 10; p++) {
            String path = quiz + "/" + p;
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(origin + path))
                    .header("Cookie", s.cookie()).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            out.add(new Prepared(s, path, answerFor(page.body()) + "&csrf=" + s.csrf()));
        }
        return out;
    }

    /**
     * Questions {@code from..to} (1-based positions) of attempt number {@code attempt} of every student, ordered
     * position by position so that consecutive requests come from different students.
     */
    private static List<Prepared> interleave(List<List<Prepared>> perStudent, int attempt, int from, int to) {
        List<Prepared> out = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            for (List<Prepared> student : perStudent) {
                out.add(student.get(attempt * 10 + p - 1));
            }
        }
        return out;
    }

    private static List<String> answers(List<Prepared> prepared) {
        return prepared.stream().map(p -> line("POST", p.path(), p.student().cookie(), p.answer())).toList();
    }

    private static String line(String method, String path, String cookie, String body) {
        return method + "\t" + path + "\t" + cookie + "\t" + body;
    }

    private Path requests(String name, List<String> lines) throws IOException {
        return Files.write(work.resolve(name + ".tsv"), lines, StandardCharsets.UTF_8);
    }

    private Run measure(String name, Path file, String mode, int clients, int duration, int expected)
            throws Exception {
        server.windowPeakRssMb();
        JsonNode r = wrk(file, mode, clients, duration, expected);
        long errors = r.get("connect").asLong() + r.get("read").asLong() + r.get("write").asLong()
                + r.get("timeout").asLong() + r.get("wrong_status").asLong();
        double seconds = r.get("duration_us").asDouble() / 1e6;
        return new Run(name, clients, r.get("requests").asLong() / seconds, r.get("p50_us").asDouble() / 1000,
                r.get("p99_us").asDouble() / 1000, r.get("max_us").asDouble() / 1000, r.get("requests").asLong(), errors,
                r.get("repeats").asLong(), server.windowPeakRssMb());
    }

    private JsonNode wrk(Path file, String mode, int clients, int duration, int expected) throws Exception {
        int threads = 2;
        List<String> command = List.of("wrk", "-t" + threads, "-c" + clients, "-d" + duration + "s", "--timeout", "10s",
                "-s", lua.toString(), server.origin, "--", file.toString(), mode, String.valueOf(threads),
                String.valueOf(expected));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0 || !output.contains("RESULT ")) {
            throw new IllegalStateException("wrk failed: " + String.join(" ", command) + "\n" + output);
        }
        Matcher m = Pattern.compile("RESULT (\\{.*})").matcher(output);
        m.find();
        return JSON.readTree(m.group(1));
    }

    /**
     * Every answer the server acknowledged (a 302) is in the database: stored ≥ acknowledged, counting an answer
     * sent twice (when a run outlasts its prepared answers) once.
     */
    private static void verifyStored(Path data, long before, Run r) throws Exception {
        long stored = storedAnswers(data) - before;
        long acknowledged = r.requests() - r.errors() - r.repeats();
        if (stored < acknowledged) {
            throw new IllegalStateException(r.name() + ": " + acknowledged + " answers acknowledged but only " + stored
                    + " stored");
        }
    }

    private static long storedAnswers(Path data) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("factdeck.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM attempt_response")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A complete answer for a question page, as a student would give it (not necessarily right). */
    static String answerFor(String page) {
        Matcher radio = Pattern.compile("type=\"(?:radio|checkbox)\" name=\"answer\" value=\"([^\"]*)\"").matcher(page);
        if (radio.find()) {
            return "answer=" + enc(unescape(radio.group(1)));
        }
        Matcher order = Pattern.compile("name=\"position-(\\d+)\"").matcher(page);
        List<String> fields = new ArrayList<>();
        while (order.find()) {
            fields.add("position-" + order.group(1) + "=" + (Integer.parseInt(order.group(1)) + 1));
        }
        if (!fields.isEmpty()) {
            return String.join("&", fields);
        }
        Matcher match = Pattern.compile(
                "name=\"match-(\\d+)\">\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([^\"]*)\"").matcher(page);
        while (match.find()) {
            fields.add("match-" + match.group(1) + "=" + enc(unescape(match.group(2))));
        }
        // Typed: a date, since a date question refuses what does not read as one (any other typed question grades it).
        return fields.isEmpty() ? "answer=1+January+1990" : String.join("&", fields);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
