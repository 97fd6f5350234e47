package app.factdeck.articles;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.Wiring;
import app.factdeck.content.ContentLoader;
import app.factdeck.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proposals service with Factdeck's own proposer over a real database, on the corpus's longest page: every
 * proposal accepted in one go is saved through the fact checks or refused with their messages (never lost), none
 * is offered again, and a second listing reads the cache. Prints what it measured (proposals, saved, refused, times).
 */
@org.junit.jupiter.api.Tag("database")
class ArticleProposalsTest {

    @TempDir
    Path dir;

    @Test
    void acceptingEveryProposalSavesOrRefusesEachAndOffersNoneAgain() throws Exception {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            db.write(c -> {
                try (var s = c.prepareStatement("INSERT INTO account (id, username, display_name, password_hash, "
                        + "role, created_at) VALUES (1, 'teacher', 'Teacher', 'x', 'teacher', 0)")) {
                    s.executeUpdate();
                }
                return null;
            });
            Wiring w = Wiring.of(new ContentLoader().load(Path.of("content")), db, Clock.systemUTC());
            TeacherArticles articles = w.articles();
            ArticleProposals proposals = w.proposals();
            TeacherArticle a = articles.addPage(Files.readString(Path.of("src/test/resources/articles/"
                    + "05-cop28-uae-consensus.txt")), "", 1).article().orElseThrow();
            assertEquals(Map.of(), articles.saveCleaning(a.id(), new TeacherArticle.Details("COP28 agrees",
                    "Euronews", null, LocalDate.of(2023, 12, 13), null, "en"), Set.of()));
            a = articles.find(a.id()).orElseThrow();

            long t0 = System.nanoTime();
            List<ProposedFact> all = proposals.proposals(a);
            long cold = System.nanoTime() - t0;
            assertTrue(!all.isEmpty(), "the proposer proposes facts of this page");
            t0 = System.nanoTime();
            assertTrue(proposals.proposals(a) == all, "the second call is the cached list itself");
            long warm = System.nanoTime() - t0;
            List<ProposedFact> open = proposals.listing(a).open();
            assertEquals(all.size(), open.size(), "nothing decided yet, no fact marked");

            t0 = System.nanoTime();
            ArticleProposals.Outcome outcome = proposals.accept(a.id(), open.stream().map(ProposedFact::key).toList(), 1);
            long accept = System.nanoTime() - t0;
            assertEquals(open.size(), outcome.saved().size() + outcome.refused().size(), "each saved or refused");
            outcome.refused().values().forEach(problems -> assertTrue(!problems.isEmpty()));
            assertEquals(outcome.saved().size(), articles.facts(a).size(), "every saved one is a fact");
            List<String> stillOpen = proposals.listing(a).open().stream().map(ProposedFact::key).sorted().toList();
            assertEquals(outcome.refused().keySet().stream().sorted().toList(), stillOpen,
                    "only the refused ones are offered again");
            System.out.printf("ArticleProposalsTest: %d proposals (proposing %d ms cold, %d µs cached); accepting all: "
                            + "%d saved, %d refused, %d ms (%d ms each)%n", all.size(), cold / 1_000_000,
                    warm / 1_000, outcome.saved().size(), outcome.refused().size(), accept / 1_000_000,
                    accept / 1_000_000 / Math.max(1, open.size()));
            outcome.refused().forEach((k, v) -> System.out.println("  refused " + k + ": " + v));
        }
    }
}
