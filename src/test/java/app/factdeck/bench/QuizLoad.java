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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quiz load against the real jar in its own JVM (-Xmx128m by default, loopback only, bounded): signs up 256
 * students, prepares quiz attempts and a valid answer for every question (read off its page, as a browser
 * would), then measures (a) the question page GET and (b) the answer POST at 64 and 256 concurrent clients,
 * each client a different signed-in student. Prints req/s, p50/p99, errors and the server's peak RSS.
 * Run with {@code mvn -q -Pquiz-load verify}.
 */
public final class QuizLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(16)).build();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "orange piano window";

    record Student(String cookie, String csrf) {
    }

    record Submit(Student student, String path, String body) {
    }

    public static void main(String[] args) throws Exception {
        int students = Integer.getInteger("load.students", 256);
        int getRequests = Integer.getInteger("load.gets", 5000);
        String heap = System.getProperty("load.heap", "128m");
        ServerProcess server = ServerProcess.start(Path.of(System.getProperty("load.jar", "target/factdeck.jar")),
                heap, List.of());
        String origin = server.origin;
        ExecutorService pool = Executors.newFixedThreadPool(256);
        try {
            long t0 = System.nanoTime();
            List<Future<Student>> signups = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                String name = "load" + i;
                signups.add(pool.submit(() -> signUp(origin, name)));
            }
            List<Student> all = new ArrayList<>();
            for (Future<Student> f : signups) {
                all.add(f.get());
            }
            // Prepare: one attempt per student per run, a valid answer for each of its 10 questions.
            List<List<Submit>> runs = new ArrayList<>();
            for (int run = 0; run < 2; run++) {
                List<Future<List<Submit>>> prepared = new ArrayList<>();
                for (Student s : all) {
                    prepared.add(pool.submit(() -> prepare(origin, s)));
                }
                List<Submit> submits = new ArrayList<>();
                for (Future<List<Submit>> f : prepared) {
                    submits.addAll(f.get());
                }
                runs.add(submits);
            }
            System.out.printf("set-up: %d students, %d prepared answers, %.0f s%n", students,
                    runs.get(0).size() + runs.get(1).size(), (System.nanoTime() - t0) / 1e9);
            int run = 0;
            for (int clients : new int[] {64, 256}) {
                // The pages of the second run's attempts: still unanswered until the last phase.
                List<Submit> pagesToRead = runs.get(1);
                report("question page GET", clients, measure(clients, getRequests, i -> {
                    Submit page = pagesToRead.get(i % pagesToRead.size());
                    return send(HttpRequest.newBuilder(URI.create(origin + page.path()))
                            .header("Cookie", page.student().cookie()).build(), 200);
                }));
                List<Submit> submits = runs.get(run++);
                report("answer POST", clients, measure(clients, submits.size(), i -> {
                    Submit sub = submits.get(i);
                    return send(HttpRequest.newBuilder(URI.create(origin + sub.path())).header("Cookie",
                            sub.student().cookie()).header("Origin", origin)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(sub.body() + "&csrf="
                                    + sub.student().csrf())).build(), 302);
                }));
            }
            System.out.printf("server -Xmx%s, peak RSS (VmHWM) %d MB; alive and healthy after: %s%n", heap,
                    server.peakRssMb(), server.healthy() ? "yes" : "NO");
        } finally {
            pool.shutdownNow();
            server.close();
        }
        System.exit(0);
    }

    interface Request {
        long run(int i) throws Exception;
    }

    record Result(List<Long> latencies, int errors, double seconds) {
    }

    /** {@code total} requests spread over {@code clients} concurrent workers; latency of each in ms. */
    private static Result measure(int clients, int total, Request request) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    try {
                        latencies.add(request.run(i));
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        workers.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static void report(String what, int clients, Result r) {
        System.out.printf("%-18s %3d clients: %6d ok, %d errors, %7.1f req/s, p50 %4d ms, p99 %5d ms%n", what, clients,
                r.latencies().size(), r.errors(), r.latencies().size() / r.seconds(), LoginStorm.pct(r.latencies(), 50),
                LoginStorm.pct(r.latencies(), 99));
    }

    private static long send(HttpRequest request, int expected) throws IOException, InterruptedException {
        long t = System.nanoTime();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (r.statusCode() != expected) {
            throw new IOException(request.uri() + " answered " + r.statusCode());
        }
        return ms;
    }

    private static Student signUp(String origin, String name) throws IOException, InterruptedException {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/signup")).build(),
                HttpResponse.BodyHandlers.ofString());
        String anon = cookie(form);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/signup")).header("Cookie", anon)
                .header("Origin", origin).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&displayName=" + name + "&password="
                        + enc(PASSWORD) + "&csrf=" + csrf(form.body()))).build(), HttpResponse.BodyHandlers.ofString());
        String session = cookie(r);
        String home = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/")).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Student(session, csrf(home));
    }

    /** Starts a quiz and reads a complete answer off each question page. */
    private static List<Submit> prepare(String origin, Student s) throws Exception {
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/quiz"))
                .header("Cookie", s.cookie()).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + s.csrf())).build(), HttpResponse.BodyHandlers.ofString());
        String quiz = started.headers().firstValue("Location").orElseThrow();
        List<Submit> out = new ArrayList<>();
        for (int p = 1; p <= 10; p++) {
            String path = quiz + "/" + p;
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(origin + path)).header("Cookie", s.cookie()).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            out.add(new Submit(s, path, answerFor(page)));
        }
        return out;
    }

    private static String answerFor(String page) {
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
        Matcher match = Pattern.compile("name=\"match-(\\d+)\">\\s*<option value=\"\">[^<]*</option>\\s*<option value=\"([^\"]*)\"")
                .matcher(page);
        while (match.find()) {
            fields.add("match-" + match.group(1) + "=" + enc(unescape(match.group(2))));
        }
        return fields.isEmpty() ? "answer=load+test" : String.join("&", fields);
    }

    private static String cookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> !c.contains("Max-Age=0"))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((a, b) -> b).orElse("");
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
