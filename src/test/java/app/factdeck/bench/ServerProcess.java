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

    private ServerProcess(String origin, Path log, Process process) {
        this.origin = origin;
        this.log = log;
        this.process = process;
        Thread sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts {@code java -Xmx<heap> [jvmArgs] -jar <jar>} and waits until /health answers. */
    static ServerProcess start(Path jar, String heap, List<String> jvmArgs) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("factdeck-load-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap));
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        Path log = data.resolve("server.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("FACTDECK_PORT", String.valueOf(port));
        pb.environment().put("FACTDECK_HOST", "127.0.0.1");
        pb.environment().put("FACTDECK_DATA", data.resolve("data").toString());
        pb.environment().put("FACTDECK_LOG", "warn");
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
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    peakKb = Math.max(peakKb, Long.parseLong(line.replaceAll("\\D+", "")));
                }
            }
        } catch (IOException e) {
            // the process has ended
        }
    }

    @Override
    public void close() throws InterruptedException {
        sampling = false;
        process.destroy();
        process.waitFor();
    }
}
