package app.factdeck.proposals;

import app.factdeck.content.Article;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.Library;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the proposer's tests start from: the shipped catalogue's entities without its articles (as a teacher's new
 * article meets them), and an article made of the sentences a test writes, published on {@link #PUBLISHED}.
 */
final class Proposing {

    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 8);
    /** The shipped entities, read once per test JVM. */
    static final Library ENTITIES = new Library(List.of(), new ContentLoader().load(Path.of("content")).entities(),
            List.of());
    static final FactProposer PROPOSER = new FactProposer(ENTITIES, Gazetteer.builtIn());

    private Proposing() {
    }

    /** An article of these sentences, one paragraph, anchors s0, s1, … */
    static Article article(String... sentences) {
        List<Article.Sentence> list = new ArrayList<>();
        for (String s : sentences) {
            list.add(new Article.Sentence("s" + list.size(), s));
        }
        return new Article("test", "Test", "Test", Optional.empty(), PUBLISHED, Optional.empty(), "en",
                List.of(new Article.Paragraph(list)));
    }

    /** Every proposal for an article of these sentences. */
    static List<Proposal> propose(String... sentences) {
        return PROPOSER.propose(article(sentences));
    }
}
