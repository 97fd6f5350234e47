package app.factdeck.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a benchmark's measurement in a JVM of its own at -Xmx128m, so that its heap is the small server's, not
 * Maven's: the benchmark's main calls {@link #measureIn} and, started again with {@link #FLAG}, measures.
 */
final class SmallHeap {

    static final String FLAG = "--in-small-heap";

    private SmallHeap() {
    }

    static boolean inside(String[] args) {
        return args.length > 0 && args[0].equals(FLAG);
    }

    /** Starts {@code benchmark}'s main again in a -Xmx128m JVM and waits for it. */
    static void measureIn(Class<?> benchmark) throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp", classPath(benchmark),
                benchmark.getName(), FLAG).inheritIO().start();
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("the -Xmx128m measurement failed with status " + status);
        }
    }

    /** The project's class path: exec:java runs us in a class loader of its own, not on java.class.path. */
    private static String classPath(Class<?> benchmark) throws Exception {
        if (benchmark.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> parts = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }
}
