package app.factdeck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code mvn -B -q -Pabuse verify}: what a hostile visitor can do to the real jar at -Xmx128m, scenario by
 * scenario, each on a fresh server and data directory: slow request bodies, a huge upload, huge numbers, and
 * wrong passwords behind a reverse proxy. For each it prints the status codes the attack got, the latency of
 * {@code /health} (polled every 200 ms with a 5 s timeout) while it ran, and the server's peak RSS.
 *
 * <p>Loopback only; every scenario ends by itself within 60 s. {@code -Dabuse.jar=OTHER.jar} runs the same
 * scenarios against another build (for before/after figures).
 */
public final class Abuse {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String SLUG = "kyiv-independent-nato-troops-warning";
    private static final String PASSWORD = "correct horse battery";

    private Abuse() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("abuse.jar", "target/factdeck.jar"));
        if (!Files.exists(jar)) {
            System.err.println("abuse: no " + jar + "; build it first (mvn -B -q package -DskipTests)");
            System.exit(2);
        }
        System.out.println("Abuse scenarios against " + jar + " (" + String.join(" ", Capacity.RECOMMENDED_FLAGS) + ")");
        System.out.printf("%-26s | %-46s | %-32s | %s%n", "scenario", "attack got", "/health during (p50/max, fails)",
                "peak RSS");
        List<Scenario> scenarios = List.of(new Scenario("slow bodies (64 clients)", Abuse::slowBodies),
                new Scenario("300 MB anonymous upload", Abuse::bigUpload),
                new Scenario("huge numbers", Abuse::hugeNumbers),
                new Scenario("sign-ins behind a proxy", Abuse::throttleBehindProxy));
        String only = System.getProperty("abuse.only", "");
        for (Scenario s : scenarios) {
            if (s.name().startsWith(only)) {
                run(jar, s);
            }
        }
    }

    private record Scenario(String name, Attack attack) {
    }

    @FunctionalInterface
    private interface Attack {
        String run(ServerProcess server, Path data) throws Exception;
    }

    private static void run(Path jar, Scenario scenario) throws Exception {
        Path data = Files.createTempDirectory("factdeck-abuse-").resolve("data");
        ServerProcess server = ServerProcess.start(jar, Capacity.RECOMMENDED_FLAGS, data,
                Map.of("MALLOC_ARENA_MAX", "2", "FACTDECK_TRUSTED_PROXIES", "127.0.0.1"), ServerProcess.freePort());
        HealthProbe probe = new HealthProbe(server.origin);
        Thread probing = new Thread(probe, "health-probe");
        String outcome;
        try {
            probing.start();
            outcome = scenario.attack().run(server, data);
        } catch (Exception e) {
            outcome = "harness error: " + e;
        } finally {
            probe.stop();
            probing.join();
        }
        System.out.printf("%-26s | %-46s | %-32s | %d MB%s%n", scenario.name(), outcome, probe.summary(),
                server.peakRssMb(), server.loggedOutOfMemory() ? " (OutOfMemoryError in the log)" : "");
        server.close();
    }

    /** 64 clients declare a 1000-byte sign-in form and send one byte every 5 s, for at most 30 s. */
    private static String slowBodies(ServerProcess server, Path data) throws Exception {
        URI origin = URI.create(server.origin);
        List<Socket> sockets = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        try {
            for (int i = 0; i < 64; i++) {
                Socket s = new Socket(origin.getHost(), origin.getPort());
                s.getOutputStream().write(("POST /login HTTP/1.1\r\nHost: " + origin.getAuthority()
                        + "\r\nOrigin: " + server.origin + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                sockets.add(s);
            }
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < end) {
                for (Socket s : sockets) {
                    try {
                        s.getOutputStream().write('a');
                        s.getOutputStream().flush();
                    } catch (IOException closed) {
                        // the server gave up on this one; its answer is read below
                    }
                }
                Thread.sleep(5_000);
            }
            for (Socket s : sockets) {
                statuses.merge(statusOf(s, 1_000), 1, Integer::sum);
            }
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
        return describe(statuses);
    }

    /** A visitor uploads 300 MB to the teacher's import: how much is sent before the server answers? */
    private static String bigUpload(ServerProcess server, Path data) throws Exception {
        URI origin = URI.create(server.origin);
        long declared = 300L * 1024 * 1024;
        try (Socket s = new Socket(origin.getHost(), origin.getPort())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /teacher/import HTTP/1.1\r\nHost: " + origin.getAuthority() + "\r\nOrigin: " + server.origin
                    + "\r\nContent-Type: multipart/form-data; boundary=X\r\nContent-Length: " + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            byte[] block = new byte[64 * 1024];
            long sent = 0;
            long started = System.nanoTime();
            long deadline = started + Duration.ofSeconds(55).toNanos();
            while (sent < declared && in.available() == 0 && System.nanoTime() < deadline) {
                try {
                    out.write(block);
                    sent += block.length;
                } catch (IOException closed) {
                    break;
                }
            }
            String status = statusOf(s, 55_000);
            return "HTTP " + status + " after " + (sent / (1024 * 1024)) + " MB sent, "
                    + (System.nanoTime() - started) / 1_000_000 + " ms";
        }
    }

    /**
     * A teacher previews a numerical question whose answer is 1e20000000, and imports GIFT with a tolerance of
     * 1e999; then the bank page is opened.
     */
    private static String hugeNumbers(ServerProcess server, Path data) throws Exception {
        addUser(Path.of(System.getProperty("abuse.jar", "target/factdeck.jar")), data, "tess", "teacher");
        Client teacher = new Client(server.origin);
        teacher.signIn("tess");
        teacher.get("/articles/" + SLUG + "/questions/new?type=numerical");
        long started = System.nanoTime();
        HttpResponse<String> preview = teacher.post("/articles/" + SLUG + "/questions/new", Map.of("type",
                "numerical", "stem", "How many?", "answer", "1e20000000", "tolerance", "0", "feedback", "",
                "sentence", "", "action", "preview"), Duration.ofSeconds(25));
        String form = (preview == null ? "timeout" : String.valueOf(preview.statusCode())) + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms";
        teacher.get("/teacher/transfer");
        HttpResponse<String> imported = teacher.upload("/teacher/import", Map.of("article", SLUG, "format", "gift"),
                "::n:: How many members? {#1:1e999}\n", Duration.ofSeconds(15));
        HttpResponse<String> bank = teacher.get("/articles/" + SLUG + "/questions");
        return "form " + form + "; GIFT 1e999 " + (imported == null ? "timeout" : imported.statusCode())
                + "; bank page " + (bank == null ? "timeout" : bank.statusCode());
    }

    /**
     * Behind a proxy (FACTDECK_TRUSTED_PROXIES=127.0.0.1, X-Forwarded-For set): 40 wrong passwords at once for
     * one account; then one address tries 20 wrong passwords on other accounts, and a student at another address
     * signs in with the right one.
     */
    private static String throttleBehindProxy(ServerProcess server, Path data) throws Exception {
        Path jar = Path.of(System.getProperty("abuse.jar", "target/factdeck.jar"));
        addUser(jar, data, "nina", "student");
        addUser(jar, data, "omar", "student");
        // First 40 wrong passwords at once for one account, each from another address: how many get checked?
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<Integer>> parallel = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            parallel.add(pool.submit(() -> new Client(server.origin, "192.0.2." + (n + 1)).signInStatus("omar",
                    "wrong" + n)));
        }
        Map<String, Integer> burst = new TreeMap<>();
        for (Future<Integer> f : parallel) {
            burst.merge(String.valueOf(f.get()), 1, Integer::sum);
        }
        pool.shutdown();
        // Then one address tries wrong passwords on 20 other accounts, and a student elsewhere signs in rightly.
        Map<String, Integer> wrong = new TreeMap<>();
        for (int i = 0; i < 20; i++) {
            Client attacker = new Client(server.origin, "203.0.113.66");
            wrong.merge(String.valueOf(attacker.signInStatus("someone" + i, "guess" + i)), 1, Integer::sum);
        }
        int nina = new Client(server.origin, "198.51.100.7").signInStatus("nina", PASSWORD);
        return "40 at once: " + describe(burst) + "; 20 wrong: " + describe(wrong) + "; right one: " + nina;
    }

    private static void addUser(Path jar, Path data, String username, String role) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", jar.toAbsolutePath().toString(), "user", "add",
                "--role", role, "--name", username, username).redirectErrorStream(true);
        builder.environment().put("FACTDECK_DATA", data.toString());
        Process p = builder.start();
        p.getOutputStream().write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("user add " + username + " failed");
        }
    }

    /** The status code a raw socket received, or what happened instead. */
    private static String statusOf(Socket s, int timeoutMs) {
        try {
            s.setSoTimeout(timeoutMs);
            byte[] head = new byte[12];
            int n = s.getInputStream().readNBytes(head, 0, 12);
            return n == 12 ? new String(head, StandardCharsets.US_ASCII).substring(9, 12) : "closed";
        } catch (java.net.SocketTimeoutException e) {
            return "no answer";
        } catch (IOException e) {
            return "reset";
        }
    }

    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getValue() + "×" + e.getKey()).collect(Collectors.joining(" "));
    }

    /** A browser-like client: cookies, the page's CSRF token, optionally a proxy's X-Forwarded-For. */
    private static final class Client {
        private final String origin;
        private final String forwardedFor;
        private final HttpClient http;
        private String csrf = "";

        Client(String origin) {
            this(origin, null);
        }

        Client(String origin, String forwardedFor) {
            this.origin = origin;
            this.forwardedFor = forwardedFor;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET(), Duration.ofSeconds(15));
        }

        HttpResponse<String> post(String path, Map<String, String> form, Duration timeout) {
            Map<String, String> all = new java.util.LinkedHashMap<>(form);
            all.put("csrf", csrf);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), timeout);
        }

        HttpResponse<String> upload(String path, Map<String, String> fields, String file, Duration timeout) {
            StringBuilder b = new StringBuilder("--B\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + csrf
                    + "\r\n");
            fields.forEach((k, v) -> b.append("--B\r\nContent-Disposition: form-data; name=\"").append(k)
                    .append("\"\r\n\r\n").append(v).append("\r\n"));
            b.append("--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bank.gift\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n").append(file).append("\r\n--B--\r\n");
            return send(request(path).header("Content-Type", "multipart/form-data; boundary=B")
                    .POST(HttpRequest.BodyPublishers.ofString(b.toString())), timeout);
        }

        void signIn(String username) {
            int status = signInStatus(username, PASSWORD);
            if (status != 302) {
                throw new IllegalStateException("sign-in of " + username + " failed: " + status);
            }
        }

        int signInStatus(String username, String password) {
            get("/login");
            HttpResponse<String> r = post("/login", Map.of("username", username, "password", password, "next", "/"),
                    Duration.ofSeconds(20));
            return r == null ? -1 : r.statusCode();
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin + path)).header("Origin", origin);
            if (forwardedFor != null) {
                b.header("X-Forwarded-For", forwardedFor);
            }
            return b;
        }

        /** The response, or null on a timeout; keeps the page's CSRF token. */
        private HttpResponse<String> send(HttpRequest.Builder b, Duration timeout) {
            try {
                HttpResponse<String> r = http.send(b.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = CSRF.matcher(r.body());
                if (m.find()) {
                    csrf = m.group(1);
                }
                return r;
            } catch (java.net.http.HttpTimeoutException e) {
                return null;
            } catch (IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** Polls /health every 200 ms (5 s timeout) and keeps the latencies. */
    private static final class HealthProbe implements Runnable {
        private final String origin;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        private volatile int failures;
        private volatile boolean running = true;

        HealthProbe(String origin) {
            this.origin = origin;
        }

        @Override
        public void run() {
            while (running) {
                long started = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(origin + "/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        millis.add((System.nanoTime() - started) / 1_000_000);
                    } else {
                        failures++;
                    }
                } catch (IOException e) {
                    failures++;
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
        }

        String summary() {
            List<Long> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return "no answer (" + failures + " fails)";
            }
            return sorted.get(sorted.size() / 2) + "/" + sorted.get(sorted.size() - 1) + " ms, " + failures + " fails";
        }
    }
}
