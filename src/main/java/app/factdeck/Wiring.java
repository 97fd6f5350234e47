package app.factdeck;

import app.factdeck.articles.ArticleProposals;
import app.factdeck.articles.ProposedFact;
import app.factdeck.articles.TeacherArticles;
import app.factdeck.authoring.AuthoringModule;
import app.factdeck.content.Article;
import app.factdeck.content.Gazetteer;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.proposals.FactProposer;
import app.factdeck.proposals.Proposal;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.study.Flashcards;
import app.factdeck.transfer.TransferService;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The parts the server and the commands share, built one way: the generated bank, the flashcards, the teachers'
 * questions and import/export over one database and one library. The server adds its web modules on top
 * ({@link App#create}); {@code questions}, {@code import} and {@code export} use this alone.
 *
 * <pre>{@code
 * TransferService transfer = Wiring.of(library, database, Clock.systemUTC()).transfer();
 * }</pre>
 */
public record Wiring(Library library, Database database, QuestionBank bank, Flashcards flashcards,
                     AuthoringModule authoring, TransferService transfer, TeacherArticles articles,
                     ArticleProposals proposals) {

    /** What proposes an article's facts over a library: {@link #factProposer}, or a test's own. */
    public interface Proposers extends Function<Library, Function<Article, List<Proposal>>> {
    }

    public static Wiring of(Library library, Database database, Clock clock) {
        return of(library, database, clock, Wiring::factProposer);
    }

    /**
     * Factdeck's own proposer over the library as it is at each call (teachers' new entities included), built on first
     * use: reading its language models is for the pages that propose, not for every command's start.
     */
    public static Function<Article, List<Proposal>> factProposer(Library library) {
        AtomicReference<FactProposer> built = new AtomicReference<>();
        return article -> built.updateAndGet(p -> p != null ? p : new FactProposer(library, Gazetteer.builtIn()))
                .propose(article);
    }

    /** As {@link #of(Library, Database, Clock)}, with the proposer a test gives. */
    public static Wiring of(Library library, Database database, Clock clock, Proposers proposers) {
        // Teachers' articles join the content tree's in the library before anything reads it.
        TeacherArticles articles = new TeacherArticles(database, library, clock);
        long started = System.nanoTime();
        QuestionBank bank = QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED);
        org.slf4j.LoggerFactory.getLogger(Wiring.class).debug("Generated {} questions in {} ms", bank.all().size(),
                (System.nanoTime() - started) / 1_000_000);
        AuthoringModule authoring = new AuthoringModule(database, library, bank, clock);
        // Teachers' questions students get become cards too (hidden, deleted and needs-fix ones never do).
        Flashcards flashcards = new Flashcards(library, bank, slug -> authoring.catalog().forStudents(slug).stream()
                .filter(app.factdeck.questions.core.Question::isAuthored).toList());
        TransferService transfer = new TransferService(library, authoring.catalog(), flashcards, authoring.service(),
                database, clock);
        // A teacher's change regenerates that article's questions, then its cards.
        articles.onChange((slug, withdrawn) -> {
            bank.refresh(slug, withdrawn);
            flashcards.refresh(slug);
        });
        var proposer = proposers.apply(library);
        ArticleProposals proposals = new ArticleProposals(articles, database, article -> proposer.apply(article).stream()
                .map(p -> new ProposedFact(p.key(), p.fact(), p.confidence(), p.preTicked(), p.reason())).toList(),
                library::version, clock);
        return new Wiring(library, database, bank, flashcards, authoring, transfer, articles, proposals);
    }
}
