package app.factdeck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a server's CPU goes during one scenario: async-profiler (from Maven Central, its native library loaded
 * into the running server with {@code jcmd JVMTI.agent_load}, so nothing to install) samples every millisecond
 * of CPU time with the whole stack — Java, SQLite's C code and the kernel's socket work. JFR was tried first and
 * left: it samples threads in native code one at a time whether they run or wait, so SQLite's C time and idle
 * {@code accept} calls came out in the same column.
 *
 * <p>The samples are summed for the request-handling threads (a stack with Jetty in it) three ways — by the
 * library that owns the nearest Java frame that is not the JDK's, by Factdeck method on the stack (inclusive), and
 * by hottest such frame — each as a share and as CPU microseconds per request. A sample in {@code String.hashCode}
 * or in {@code sqlite3VdbeExec} called from Thymeleaf or from the SQLite driver counts for that caller: the JDK's
 * and C frames say how, the caller says why. Work for the requests on other threads (the collector, the JIT) is
 * reported in one line above the tables.
 */
final class Profile {

    /** Libraries in the order they are tried: the first whose prefix the frame's class has names the sample. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();
    /** A Java frame as async-profiler writes it with {@code dot}: package.Class.method (a C++ frame has "::"). */
    private static final Pattern JAVA_FRAME = Pattern.compile("[a-z][\\w$]*(\\.[\\w$+]+)+\\.[\\w$<>]+");
    private static final int INTERVAL_US = 1_000;

    static {
        LIBRARIES.put("ognl.", "Thymeleaf expressions (OGNL)");
        LIBRARIES.put("org.thymeleaf.standard.expression.", "Thymeleaf expressions (OGNL)");
        LIBRARIES.put("org.thymeleaf.", "Thymeleaf rendering");
        LIBRARIES.put("org.attoparser.", "Thymeleaf rendering");
        LIBRARIES.put("org.unbescape.", "Thymeleaf rendering");
        LIBRARIES.put("org.sqlite.", "SQLite (driver and C library)");
        LIBRARIES.put("com.zaxxer.hikari.", "connection pool (HikariCP)");
        LIBRARIES.put("org.eclipse.jetty.", "HTTP (Jetty, sockets in the kernel)");
        LIBRARIES.put("io.javalin.", "HTTP (Javalin)");
        LIBRARIES.put("kotlin.", "HTTP (Javalin)");
        LIBRARIES.put("com.fasterxml.", "JSON (Jackson)");
        LIBRARIES.put("app.factdeck.", "Factdeck's own code");
    }

    private Profile() {
    }

    /** A recording: the collapsed stacks async-profiler wrote, and how many requests were served meanwhile. */
    record Recording(Path stacks, long requests) {
    }

    /** What runs while the profiler records; returns the number of requests served. */
    interface Measured {
        long run() throws Exception;
    }

    /** Runs {@code during} with CPU sampling on in process {@code pid}. */
    static Recording record(long pid, Path dir, String name, Measured during) throws Exception {
        Path library = library(dir);
        Path out = dir.resolve(name + ".collapsed");
        Files.deleteIfExists(out);
        // jcmd reads name=value pairs as its own options: the agent's options go in quotes to reach it whole.
        jcmd(pid, "JVMTI.agent_load", library.toString(), "\"start,event=cpu,interval=" + INTERVAL_US + "us,threads\"");
        long requests;
        try {
            requests = during.run();
        } finally {
            jcmd(pid, "JVMTI.agent_load", library.toString(), "\"stop,file=" + out + ",collapsed,dot\"");
        }
        if (!Files.exists(out)) {
            throw new IllegalStateException("async-profiler wrote no " + out);
        }
        return new Recording(out, requests);
    }

    /** The agent library for this machine, copied out of the async-profiler jar on the class path. */
    private static Path library(Path dir) throws IOException {
        String arch = System.getProperty("os.arch").contains("aarch64") ? "linux-arm64" : "linux-x64";
        Path target = dir.resolve("libasyncProfiler.so");
        if (!Files.exists(target)) {
            try (InputStream in = Profile.class.getResourceAsStream("/" + arch + "/libasyncProfiler.so")) {
                if (in == null) {
                    throw new IllegalStateException("no " + arch + "/libasyncProfiler.so on the class path "
                            + "(tools.profiler:async-profiler is a test dependency)");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static void jcmd(long pid, String... args) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        List<String> command = new ArrayList<>(List.of(Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd",
                String.valueOf(pid)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || output.contains("[ERROR]") || output.contains("return code: 1")) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** A recording's samples summed, as CPU microseconds per request. */
    record Breakdown(String title, Path stacks, long requests, double perRequestUs, Map<String, Double> byLibraryUs,
                     Map<String, Double> inclusiveUs, Map<String, Double> hottestUs, Map<String, Double> otherThreadsUs) {
    }

    /** The summary of a recording's breakdown: {@code top} rows of each view. */
    static String summary(Breakdown b, int top) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nprofile: %s — %d requests, %.0f µs of CPU per request on the "
                        + "request threads (async-profiler, %d µs samples, %s)%n", b.title(), b.requests(),
                b.perRequestUs(), INTERVAL_US, b.stacks().getFileName()));
        double all = b.perRequestUs() + b.otherThreadsUs().values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder others = new StringBuilder();
        sorted(b.otherThreadsUs()).forEach(e -> others.append(String.format(Locale.ROOT, "%s %.0f µs (%.0f %%), ",
                e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1e-9, all))));
        out.append("  other threads, per request: ").append(others.length() == 0 ? "none" :
                others.substring(0, others.length() - 2)).append('\n');
        table(out, "by library (nearest Java frame not the JDK's)", b.byLibraryUs(), b.perRequestUs(), top);
        table(out, "Factdeck methods on the stack (inclusive)", b.inclusiveUs(), b.perRequestUs(), top);
        table(out, "hottest frames (nearest Java frame not the JDK's)", b.hottestUs(), b.perRequestUs(), top);
        return out.toString();
    }

    /**
     * Where {@code scenario}'s CPU per request exceeds {@code baseline}'s, by library, against the budget the
     * target leaves: at {@code target} times the baseline's rate a request may take baseline / target µs.
     */
    static String difference(Breakdown baseline, Breakdown scenario, double target) {
        double budget = baseline.perRequestUs() / target;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n%s against %s: %.0f µs against %.0f µs of CPU per request "
                        + "(ratio %.2f); the target %.2f allows %.0f µs, %.0f µs %s%n", scenario.title(),
                baseline.title(), scenario.perRequestUs(), baseline.perRequestUs(),
                baseline.perRequestUs() / Math.max(1e-9, scenario.perRequestUs()), target, budget,
                Math.abs(scenario.perRequestUs() - budget), scenario.perRequestUs() > budget ? "too many" : "to spare"));
        out.append("  the extra µs per request, by library (scenario − baseline):\n");
        Set<String> libraries = new HashSet<>(baseline.byLibraryUs().keySet());
        libraries.addAll(scenario.byLibraryUs().keySet());
        Map<String, Double> extra = new HashMap<>();
        for (String l : libraries) {
            extra.put(l, scenario.byLibraryUs().getOrDefault(l, 0.0) - baseline.byLibraryUs().getOrDefault(l, 0.0));
        }
        sorted(extra).filter(e -> Math.abs(e.getValue()) >= 1).forEach(e -> out.append(String.format(Locale.ROOT,
                "    %+6.0f µs  %s (%.0f → %.0f)%n", e.getValue(), e.getKey(),
                baseline.byLibraryUs().getOrDefault(e.getKey(), 0.0),
                scenario.byLibraryUs().getOrDefault(e.getKey(), 0.0))));
        return out.toString();
    }

    static Breakdown breakdown(Recording recording, String title) throws IOException {
        Map<String, Long> byLibrary = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> hottest = new HashMap<>();
        Map<String, Long> otherThreads = new HashMap<>();
        long samples = 0;
        for (String line : Files.readAllLines(recording.stacks(), StandardCharsets.UTF_8)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            if (!handlesRequests(frames)) {
                otherThreads.merge(threadKind(frames[0]), count, Long::sum);
                continue;
            }
            samples += count;
            String owner = null;
            String frame = null;
            Set<String> ours = new HashSet<>();
            for (int i = frames.length - 1; i >= 1; i--) {
                String f = frames[i];
                if (!JAVA_FRAME.matcher(f).matches()) {
                    continue;
                }
                String cls = f.substring(0, f.lastIndexOf('.'));
                if (owner == null && !jdk(cls)) {
                    owner = library(cls);
                    frame = shortName(f);
                }
                if (cls.startsWith("app.factdeck.")) {
                    ours.add(shortName(f));
                }
            }
            if (owner == null) {
                owner = "JDK only (I/O, threads)";
                frame = shortName(frames[frames.length - 1]);
            }
            byLibrary.merge(owner, count, Long::sum);
            hottest.merge(frame, count, Long::sum);
            for (String m : ours) {
                inclusive.merge(m, count, Long::sum);
            }
        }
        long requests = Math.max(1, recording.requests());
        return new Breakdown(title, recording.stacks(), recording.requests(), perRequest(samples, requests),
                perRequest(byLibrary, requests), perRequest(inclusive, requests), perRequest(hottest, requests),
                perRequest(otherThreads, requests));
    }

    private static double perRequest(long samples, long requests) {
        return (double) samples * INTERVAL_US / requests;
    }

    private static Map<String, Double> perRequest(Map<String, Long> samples, long requests) {
        Map<String, Double> out = new HashMap<>();
        samples.forEach((k, v) -> out.put(k, perRequest(v, requests)));
        return out;
    }

    private static java.util.stream.Stream<Map.Entry<String, Double>> sorted(Map<String, Double> values) {
        return values.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed());
    }

    /** A request handler's stack: Jetty's thread pool under it (the first frame is the thread's name). */
    private static boolean handlesRequests(String[] frames) {
        for (int i = 1; i < frames.length; i++) {
            if (frames[i].startsWith("org.eclipse.jetty.")) {
                return true;
            }
        }
        return false;
    }

    private static String threadKind(String thread) {
        String name = thread.replaceAll("^\\[|\\s*tid=\\d+]$", "");
        if (name.contains("GC") || name.equals("VM Thread")) {
            return "garbage collection";
        }
        if (name.contains("Compiler")) {
            return "JIT compiler";
        }
        return "other";
    }

    private static void table(StringBuilder out, String heading, Map<String, Double> us, double total, int top) {
        out.append("  ").append(heading).append(":\n");
        sorted(us).limit(top).forEach(e -> out.append(String.format(Locale.ROOT, "    %5.1f %%  %5.0f µs  %s%n",
                100.0 * e.getValue() / Math.max(1e-9, total), e.getValue(), e.getKey())));
    }

    private static boolean jdk(String cls) {
        return cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.") || cls.startsWith("javax.");
    }

    private static String library(String cls) {
        for (Map.Entry<String, String> e : LIBRARIES.entrySet()) {
            if (cls.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        int dot = cls.indexOf('.', cls.indexOf('.') + 1);
        return dot < 0 ? cls : cls.substring(0, dot);
    }

    /** Class and method without the package; a lambda's generated suffix dropped. */
    private static String shortName(String frame) {
        String f = frame.replaceAll("\\$\\$Lambda[^.]*(\\.0x[0-9a-f]+|\\.\\d+)?", "\\$\\$Lambda");
        String[] parts = f.split("\\.");
        return parts.length <= 2 ? f : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }
}
