package app.factdeck.bench;

import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A login storm against the real jar in its own JVM: starts {@code java -Xmx128m -jar target/factdeck.jar} on a
 * free loopback port with a fresh data directory, signs up users, then runs many sign-ins at once (each a GET of
 * the form for its CSRF token and a POST), and prints latency, errors and the server's peak RSS (VmHWM).
 * Run with {@code mvn -q -Plogin-storm verify}; bounded in count and time, loopback only.
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
        Path jar = Path.of(System.getProperty("storm.jar", "target/factdeck.jar")).toAbsolutePath();
        Path data = Files.createTempDirectory("factdeck-storm-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = data.resolve("server.log");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap));
        String hashes = System.getProperty("storm.hashes");
        if (hashes != null) {
            command.add("-Dfactdeck.hashes=" + hashes); // to compare concurrency settings
        }
        String jvm = System.getProperty("storm.jvm", "");
        if (!jvm.isBlank()) {
            command.addAll(List.of(jvm.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FACTDECK_PORT", String.valueOf(port));
        pb.environment().put("FACTDECK_HOST", "127.0.0.1");
        pb.environment().put("FACTDECK_DATA", data.resolve("data").toString());
        pb.environment().put("FACTDECK_LOG", "warn");
        Process server = pb.start();
        String origin = "http://127.0.0.1:" + port;
        try {
            waitForHealth(origin, server);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            RssSampler rss = new RssSampler(server.pid());
            Thread sampler = new Thread(rss, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();

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
            rss.stop();
            boolean alive = server.isAlive();
            boolean healthy = alive && health(origin);
            boolean oom = Files.readString(log).contains("OutOfMemoryError");
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("login storm: %d sign-ins of %d users, %d clients at once, server -Xmx%s %s%n", logins,
                    users, clients, heap, jvm);
            System.out.printf("  completed %d, errors %d, %.1f s, %.1f sign-ins/s%n", sorted.size(), errors.get(),
                    seconds, sorted.size() / seconds);
            System.out.printf("  POST /login latency: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n", pct(sorted, 50),
                    pct(sorted, 90), pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
            System.out.printf("  server peak RSS (VmHWM) %d MB, highest sampled RSS %d MB%n", rss.peakHwmKb() / 1024,
                    rss.maxSampledKb() / 1024);
            System.out.printf("  OutOfMemoryError in server log: %s; server alive and healthy after: %s%n",
                    oom ? "YES" : "no", healthy ? "yes" : "NO");
            if (oom || !healthy || errors.get() > 0) {
                System.exit(1);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
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

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static void waitForHealth(String origin, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            if (health(origin)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the server did not become healthy within 60 s");
    }

    private static boolean health(String origin) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(origin + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads VmRSS and VmHWM of the server from /proc every 50 ms. */
    private static final class RssSampler implements Runnable {
        private final long pid;
        private volatile boolean running = true;
        private volatile long maxSampled;
        private volatile long hwm;

        RssSampler(long pid) {
            this.pid = pid;
        }

        @Override
        public void run() {
            while (running) {
                read();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() {
            running = false;
            read();
        }

        long peakHwmKb() {
            return hwm;
        }

        long maxSampledKb() {
            return maxSampled;
        }

        private void read() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        maxSampled = Math.max(maxSampled, kb(line));
                    } else if (line.startsWith("VmHWM:")) {
                        hwm = Math.max(hwm, kb(line));
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        private static long kb(String line) {
            return Long.parseLong(line.replaceAll("\\D+", ""));
        }
    }
}
