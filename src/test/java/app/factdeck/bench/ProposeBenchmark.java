package app.factdeck.bench;

import app.factdeck.cli.ProposalPreview;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * What {@code propose} costs: time per article after warm-up for a ~2,000-character page, in a JVM of its own at
 * -Xmx128m (the README's small-server heap); the heap the three OpenNLP models hold once loaded (used heap after a
 * GC, before and after loading them); and how much the models add to the jar. Run with
 * {@code mvn -q -Pbenchmark verify} (after {@code package}, so target/factdeck.jar exists).
 */
public final class ProposeBenchmark {

    /** A corpus page of 1,977 characters with a caption, a dateline and a subheading. */
    static final Path PAGE = Path.of("src/test/resources/articles/05-cop28-uae-consensus.txt");
    static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 13);
    static final List<String> MODELS = List.of("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
            "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin");
    static final List<String> MODEL_JARS = List.of("opennlp-models-tokenizer-en", "opennlp-models-pos-en",
            "opennlp-models-lemmatizer-en");
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--in-small-heap")) {
            measure();
            return;
        }
        // The measurement runs in a JVM of its own so that its heap is the small server's, not Maven's.
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx128m", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp", classPath(),
                ProposeBenchmark.class.getName(), "--in-small-heap").inheritIO().start();
        int status = p.waitFor();
        if (status != 0) {
            throw new IllegalStateException("the -Xmx128m measurement failed with status " + status);
        }
        jarGrowth();
    }

    /** The project's class path: exec:java runs us in a class loader of its own, not on java.class.path. */
    private static String classPath() throws Exception {
        if (ProposeBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> parts = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                parts.add(Path.of(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static void measure() throws Exception {
        byte[] page = Files.readAllBytes(PAGE);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        List<Object> models = new ArrayList<>();
        long t0 = System.nanoTime();
        models.add(new TokenizerModel(resource(MODELS.get(0))));
        models.add(new POSModel(resource(MODELS.get(1))));
        models.add(new LemmatizerModel(resource(MODELS.get(2))));
        double loadMs = (System.nanoTime() - t0) / 1e6;
        long after = usedAfterGc(memory);

        double[] library = new double[RUNS];
        double[] propose = new double[RUNS];
        int facts = 0;
        int questions = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long s = System.nanoTime();
            Library fresh = new ContentLoader().load(Path.of("content"));
            long loaded = System.nanoTime();
            ProposalPreview.Result r = ProposalPreview.run(fresh, PAGE.getFileName().toString(), page, PUBLISHED,
                    Clock.systemUTC());
            long done = System.nanoTime();
            if (i >= WARM_UP) {
                library[i - WARM_UP] = (loaded - s) / 1e6;
                propose[i - WARM_UP] = (done - loaded) / 1e6;
            }
            facts = r.facts().size();
            questions = r.questions().size();
        }
        long peak = usedAfterGc(memory);
        System.out.println();
        System.out.printf("propose benchmark (-Xmx%d MB, %s, %d characters; %d warm-up runs, %d measured)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), PAGE.getFileName(), Files.readString(PAGE).length(),
                WARM_UP, RUNS);
        System.out.println("| measure                                                        | value            |");
        System.out.println("|----------------------------------------------------------------|------------------|");
        row("load the content library (each run; p50 / max)", pair(library));
        row("propose: take in, clean, propose, save, generate (p50 / max)", pair(propose));
        row("  whole run, library included (p50)", String.format("%.0f ms", median(library) + median(propose)));
        row("  facts proposed / questions after the gates", facts + " / " + questions);
        row("load the three OpenNLP models once", String.format("%.0f ms", loadMs));
        row("heap held by the three models (used after GC)", mb(after - before));
        row("used heap after GC, models and last run held", mb(peak));
        models.clear();
    }

    private static void jarGrowth() throws Exception {
        Path jar = Path.of("target/factdeck.jar");
        long fromM2 = 0;
        for (String artifact : MODEL_JARS) {
            Path m2 = Path.of(System.getProperty("user.home"), ".m2/repository/org/apache/opennlp", artifact,
                    "1.3.0", artifact + "-1.3.0.jar");
            fromM2 += Files.exists(m2) ? Files.size(m2) : 0;
        }
        long inJar = 0;
        if (Files.exists(jar)) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry entry = e.nextElement();
                    if (MODELS.contains("/" + entry.getName())) {
                        inJar += entry.getCompressedSize();
                    }
                }
            }
        }
        long size = Files.exists(jar) ? Files.size(jar) : 0;
        row("target/factdeck.jar", size == 0 ? "(run mvn package first)" : mb(size));
        row("  of which the three models (compressed entries)", mb(inJar));
        row("  jar without them", mb(size - inJar));
        row("the three model jars in ~/.m2", mb(fromM2));
    }

    private static InputStream resource(String name) {
        InputStream in = ProposeBenchmark.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path (the opennlp-models-*-en jars)");
        }
        return in;
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void row(String what, String value) {
        System.out.printf("| %-62s | %16s |%n", what, value);
    }

    private static String pair(double[] ms) {
        return String.format("%.0f / %.0f ms", median(ms), Arrays.stream(ms).max().orElse(0));
    }

    private static String mb(long bytes) {
        return String.format("%.2f MB", bytes / (1024.0 * 1024.0));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
