package app.factdeck.bench;

import app.factdeck.cli.ProposalPreview;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.Library;
import app.factdeck.proposals.FactProposer;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
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
        if (SmallHeap.inside(args)) {
            measure();
            return;
        }
        // The measurement runs in a JVM of its own so that its heap is the small server's, not Maven's.
        SmallHeap.measureIn(ProposeBenchmark.class);
        jarGrowth();
    }

    private static void measure() throws Exception {
        byte[] page = Files.readAllBytes(PAGE);
        long before = usedAfterGc();
        List<Object> models = new ArrayList<>();
        long t0 = System.nanoTime();
        models.add(new TokenizerModel(resource(MODELS.get(0))));
        long afterTokens = usedAfterGc();
        long t1 = System.nanoTime();
        models.add(new POSModel(resource(MODELS.get(1))));
        long afterTags = usedAfterGc();
        long t2 = System.nanoTime();
        models.add(new LemmatizerModel(resource(MODELS.get(2))));
        double loadMs = (t1 - t0 + System.nanoTime() - t2) / 1e6;
        long after = usedAfterGc();

        double[] library = new double[RUNS];
        double[] propose = new double[RUNS];
        double[] proposerAlone = new double[RUNS];
        int facts = 0;
        int questions = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long s = System.nanoTime();
            Library fresh = new ContentLoader().load(Path.of("content"));
            long loaded = System.nanoTime();
            ProposalPreview.Result r = ProposalPreview.run(fresh, PAGE.getFileName().toString(), page, PUBLISHED,
                    Clock.systemUTC());
            long done = System.nanoTime();
            // The proposer alone, on the article the run added to the library: how much of the run is reading.
            Article added = fresh.articles().stream().filter(a -> a.sentences().equals(r.page().kept())).findFirst()
                    .orElseThrow();
            long p0 = System.nanoTime();
            new FactProposer(fresh, Gazetteer.builtIn()).propose(added);
            long p1 = System.nanoTime();
            if (i >= WARM_UP) {
                library[i - WARM_UP] = (loaded - s) / 1e6;
                propose[i - WARM_UP] = (done - loaded) / 1e6;
                proposerAlone[i - WARM_UP] = (p1 - p0) / 1e6;
            }
            facts = r.facts().size();
            questions = r.questions().size();
        }
        long peak = usedAfterGc();
        System.out.println();
        System.out.printf("propose benchmark (-Xmx%d MB, %s, %d characters; %d warm-up runs, %d measured)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), PAGE.getFileName(), Files.readString(PAGE).length(),
                WARM_UP, RUNS);
        System.out.println("| measure                                                        | value                      |");
        System.out.println("|----------------------------------------------------------------|----------------------------|");
        row("load the content library (each run; p50 / max)", pair(library));
        row("propose: take in, clean, propose, save, generate (p50 / max)", pair(propose));
        row("  of which FactProposer.propose alone (p50 / max)", pair(proposerAlone));
        row("  whole run, library included (p50)", String.format("%.0f ms", median(library) + median(propose)));
        row("  facts proposed / questions after the gates", facts + " / " + questions);
        row("load the three OpenNLP models once (GC pauses excluded)", String.format("%.0f ms", loadMs));
        row("heap held by the three models (used after GC)", mb(after - before));
        row("  tokenizer / part-of-speech / lemmatizer", mb(afterTokens - before) + " / " + mb(afterTags - afterTokens)
                + " / " + mb(after - afterTags));
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

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        // Summed over the pools: the old generation after a full collection is exact to the byte.
        long used = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static void row(String what, String value) {
        System.out.printf("| %-62s | %26s |%n", what, value);
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
