package app.factdeck.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A login storm against the real jar in its own JVM ({@link ServerProcess}, -Xmx128m by default): signs up
 * users, then runs many sign-ins at once (each a GET of the form for its CSRF token and a POST), and prints
 * latency, errors and the server's peak RSS. Run with {@code mvn -q -Plogin-storm verify}; bounded, loopback only.
 */
public final class LoginStorm {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    /** One client for the whole run: a client per request would spend the machine's 2 cores on selector threads. */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final String PASSWORD = "orange piano window";

    public static void main(String[] args) throws Exception {
        int logins = Integer.getInteger("storm.logins", 1000);
        int clients = Integer.getInteger("storm.clients", 64);
        int users = Integer.getInteger("storm.users", 50);
        String heap = System.getProperty("storm.heap", "128m");
        List<String> jvm = new ArrayList<>();
        if (System.getProperty("storm.hashes") != null) {
            jvm.add("-Dfactdeck.hashes=" + System.getProperty("storm.hashes")); // to compare concurrency settings
        }
        String extra = System.getProperty("storm.jvm", "");
        if (!extra.isBlank()) {
            jvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        boolean failed;
        try (ServerProcess server = ServerProcess.start(Path.of(System.getProperty("storm.jar", "target/factdeck.jar")),
                heap, jvm)) {
            String origin = server.origin;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Long>> signups = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                String name = "storm" + i;
                signups.add(pool.submit(() -> form(origin, "/signup", "username=" + name + "&displayName=" + name
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))));
            }
            for (Future<Long> f : signups) {
                f.get();
            }
            AtomicInteger errors = new AtomicInteger();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < logins; i++) {
                String name = "storm" + (i % users);
                work.add(pool.submit(() -> {
                    try {
                        latencies.add(form(origin, "/login", "username=" + name + "&password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            boolean healthy = server.healthy();
            boolean oom = server.loggedOutOfMemory();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("login storm: %d sign-ins of %d users, %d clients at once, server -Xmx%s %s%n", logins,
                    users, clients, heap, String.join(" ", jvm));
            System.out.printf("  completed %d, errors %d, %.1f s, %.1f sign-ins/s%n", sorted.size(), errors.get(),
                    seconds, sorted.size() / seconds);
            System.out.printf("  POST /login latency: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", pct(sorted, 50),
                    pct(sorted, 90), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
            System.out.printf("  server peak RSS (VmHWM) %d MB%n", server.peakRssMb());
            System.out.printf("  OutOfMemoryError in server log: %s; server alive and healthy after: %s%n",
                    oom ? "YES" : "no", healthy ? "yes" : "NO");
            failed = oom || !healthy || errors.get() > 0;
        }
        System.exit(failed ? 1 : 0);
    }

    /** GET the form (for its CSRF token and session cookie), POST it; returns the POST's latency in ms. */
    private static long form(String origin, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = get.headers().firstValue("Set-Cookie").map(c -> c.substring(0, c.indexOf(';'))).orElse("");
        Matcher m = CSRF.matcher(get.body());
        if (!m.find()) {
            throw new IOException("no CSRF token on " + path);
        }
        long t = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofSeconds(60)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(body + "&csrf=" + m.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (r.statusCode() != 302) {
            throw new IOException(path + " answered " + r.statusCode());
        }
        return ms;
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
