package app.factdeck.bench;

import app.factdeck.Wiring;
import app.factdeck.articles.MarkedFact;
import app.factdeck.articles.TeacherArticle;
import app.factdeck.articles.TeacherArticles;
import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.PageCleaner;
import app.factdeck.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a teacher waits for in the new-article flow, on a real SQLite file: reading a page (a real one and a 1 MB one),
 * taking it in, saving step 1, and saving a fact (which checks it, rebuilds the library and regenerates the article's
 * questions and cards). Run with {@code mvn -q -Pbenchmark verify}.
 */
public final class TeacherArticleBenchmark {

    private static final int RUNS = 15;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("factdeck-bench");
        String page = Files.readString(Path.of("src/test/resources/articles/08-world-cup-final-argentina-france.txt"));
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append("Paragraph ").append(big.length()).append(" says the council met again and voted. ")
                    .append("Nothing else happened that day.\n\n");
        }
        System.out.printf("page cleaner, real page (%d chars): p50 %.1f ms%n", page.length(),
                median(() -> PageCleaner.read(page)));
        System.out.printf("page cleaner, 1 MB page: p50 %.1f ms%n", median(() -> PageCleaner.read(big.toString())));
        try (Database db = Database.open(dir.resolve("bench.db"))) {
            long t0 = System.nanoTime();
            Wiring w = Wiring.of(new ContentLoader().load(Path.of("content")), db, Clock.systemUTC());
            System.out.printf("start-up wiring (seed bank): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            TeacherArticles articles = w.articles();
            t0 = System.nanoTime();
            TeacherArticle a = articles.addPage(page, "", 0).article().orElseThrow();
            System.out.printf("take in the page: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            t0 = System.nanoTime();
            articles.saveCleaning(a.id(), new TeacherArticle.Details(a.details().title(), "The New Paper", null,
                    LocalDate.of(2022, 12, 19), null, "en"), Set.of());
            System.out.printf("save step 1: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
            Article article = articles.article(articles.find(a.id()).orElseThrow()).orElseThrow();
            String sentence = article.sentences().stream().map(Article.Sentence::text)
                    .filter(s -> s.contains("Argentina")).findFirst().orElseThrow();
            double[] saves = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long s = System.nanoTime();
                var r = articles.saveFact(a.id(), new MarkedFact(null, MarkedFact.Kind.WHAT, sentence,
                        List.of("Argentina"), "country", "", "", null, "Which team is meant (run " + i + ")?", null,
                        null, null, null, null), 0);
                saves[i] = (System.nanoTime() - s) / 1e6;
                if (!r.problems().isEmpty()) {
                    throw new IllegalStateException(r.problems().toString());
                }
            }
            Arrays.sort(saves);
            System.out.printf("save a fact (check, rebuild, regenerate the article): first %.0f ms, p50 %.0f ms, "
                    + "max %.0f ms over %d facts%n", saves[0], saves[RUNS / 2], saves[RUNS - 1], RUNS);
            System.out.printf("questions generated for the article: %d%n", w.bank().questionsOf(a.slug()).size());
        }
    }

    private static double median(Runnable r) {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            long s = System.nanoTime();
            r.run();
            runs.add((System.nanoTime() - s) / 1e6);
        }
        runs.sort(Double::compare);
        return runs.get(runs.size() / 2);
    }
}
