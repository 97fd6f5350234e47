package app.factdeck.bench;

import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.questions.QualityGates;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionGenerator;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long generating (and gating) each article's questions takes: first run in a cold JVM, then the
 * median and 95th percentile over repeated warm runs. Run with {@code mvn -q -Pbenchmark verify}.
 */
public final class GenerationBenchmark {

    private static final int WARM_UP = 30;
    private static final int RUNS = 100;

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Library library = new ContentLoader().load(Path.of("content"));
        System.out.printf("content load (cold): %.1f ms, %d articles, %d facts, %d entities%n",
                (System.nanoTime() - t0) / 1e6, library.articles().size(), library.facts().size(),
                library.entities().size());
        for (var article : library.articles()) {
            String slug = article.slug();
            double cold = time(library, slug);
            for (int i = 0; i < WARM_UP; i++) {
                time(library, slug);
            }
            double[] runs = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                runs[i] = time(library, slug);
            }
            Arrays.sort(runs);
            List<Question> bank = new QuestionGenerator(library, QuestionGenerator.DEFAULT_SEED).generate(slug);
            System.out.printf("%-40s facts %3d  questions %4d  first %6.1f ms  warm p50 %5.2f ms  p95 %5.2f ms%n",
                    slug, library.factsOf(slug).size(), bank.size(), cold, runs[RUNS / 2], runs[RUNS * 95 / 100]);
        }
    }

    /** Generation plus all gates, as the server does at start-up. */
    private static double time(Library library, String slug) {
        long start = System.nanoTime();
        QualityGates gates = new QualityGates(library);
        for (Question q : new QuestionGenerator(library, QuestionGenerator.DEFAULT_SEED).generate(slug)) {
            if (!gates.violations(q).isEmpty()) {
                throw new IllegalStateException(q.id());
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
