package app.factdeck.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The jar in its own JVM for load harnesses: a free loopback port, a fresh data directory, the log in a file,
 * and the peak RSS sampled from /proc. Close it to stop the server.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String origin;
    final Path log;
    private final Process process;
    private volatile boolean sampling = true;
    private volatile long peakKb;
    private volatile long windowPeakKb;

    private ServerProcess(String origin, Path log, Process process) {
        this.origin = origin;
        this.log = log;
        this.process = process;
        Thread sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts {@code java -Xmx<heap> [jvmArgs] -jar <jar>} on a fresh data directory; waits until /health answers. */
    static ServerProcess start(Path jar, String heap, List<String> jvmArgs) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("factdeck-load-");
        List<String> flags = new ArrayList<>(List.of("-Xmx" + heap));
        flags.addAll(jvmArgs);
        return start(jar, flags, data.resolve("data"), Map.of(), freePort());
    }

    /**
     * Starts {@code java <jvmFlags> -jar <jar>} on {@code dataDir} (kept, so a restart sees the same database) with
     * extra environment, on {@code port}, and waits until /health answers. The log goes next to the data directory.
     */
    static ServerProcess start(Path jar, List<String> jvmFlags, Path dataDir, Map<String, String> env, int port)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Files.createDirectories(dataDir);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-server.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("FACTDECK_PORT", String.valueOf(port));
        pb.environment().put("FACTDECK_HOST", "127.0.0.1");
        pb.environment().put("FACTDECK_DATA", dataDir.toString());
        pb.environment().put("FACTDECK_LOG", "warn");
        pb.environment().putAll(env);
        ServerProcess server = new ServerProcess("http://127.0.0.1:" + port, log, pb.start());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!server.healthy()) {
            if (System.nanoTime() > deadline || !server.process.isAlive()) {
                server.close();
                throw new IllegalStateException("the server did not become healthy; see " + log);
            }
            Thread.sleep(100);
        }
        return server;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    boolean healthy() {
        try {
            return process.isAlive() && HTTP.send(HttpRequest.newBuilder(URI.create(origin + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The server's peak resident memory so far (VmHWM), in MB. */
    long peakRssMb() {
        readPeak();
        return peakKb / 1024;
    }

    long pid() {
        return process.pid();
    }

    /** The server's resident memory now (VmRSS), in MB. */
    long rssMb() {
        return status("VmRSS:") / 1024;
    }

    /** The highest VmRSS sampled (every 100 ms) since the last call, in MB; starts the next window. */
    long windowPeakRssMb() {
        long peak = Math.max(windowPeakKb, status("VmRSS:"));
        windowPeakKb = 0;
        return peak / 1024;
    }

    /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no graceful stop. */
    void kill() throws InterruptedException {
        sampling = false;
        process.destroyForcibly();
        process.waitFor();
    }

    boolean loggedOutOfMemory() throws IOException {
        return Files.readString(log).contains("OutOfMemoryError");
    }

    private void sample() {
        while (sampling) {
            readPeak();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void readPeak() {
        peakKb = Math.max(peakKb, status("VmHWM:"));
        windowPeakKb = Math.max(windowPeakKb, status("VmRSS:"));
    }

    /** A kB figure from /proc/PID/status; 0 once the process has ended. */
    private long status(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException e) {
            // the process has ended
        }
        return 0;
    }

    @Override
    public void close() {
        sampling = false;
        process.destroy();
        try {
            // A server stuck in a request (an abuse scenario's before-figures) may not finish its graceful stop.
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
