package app.factdeck.proposals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.Library;
import app.factdeck.content.PageCleaner;
import app.factdeck.content.SentenceSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Proposing for a ~2,000-character page after warm-up stays under a second (the lead benchmarks at -Xmx128m). */
class ProposerSpeedTest {

    @Test
    void aPageIsProposedInUnderASecondAfterWarmUp() throws Exception {
        Library library = new ContentLoader().load(Path.of("content"));
        String raw = Files.readString(Path.of("src/test/resources/articles/02-vilnius-summit-ukraine-future-in-nato.txt"));
        SentenceSplitter splitter = new SentenceSplitter();
        List<Article.Sentence> sentences = new ArrayList<>();
        for (String line : PageCleaner.body(PageCleaner.read(raw).lines(), java.util.Set.of())) {
            for (String s : splitter.split(line)) {
                sentences.add(new Article.Sentence("s" + sentences.size(), s));
            }
        }
        Article article = new Article("speed", "Speed", "Test", Optional.empty(), LocalDate.of(2023, 7, 11),
                Optional.empty(), "en", List.of(new Article.Paragraph(sentences)));
        FactProposer proposer = new FactProposer(library, Gazetteer.builtIn());
        for (int i = 0; i < 3; i++) {
            proposer.propose(article);
        }
        long t0 = System.nanoTime();
        int runs = 5;
        for (int i = 0; i < runs; i++) {
            proposer.propose(article);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000 / runs;
        System.out.println("propose: " + ms + " ms per page of " + raw.length() + " characters");
        assertTrue(ms < 1000, ms + " ms");
    }
}
