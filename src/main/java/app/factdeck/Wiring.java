package app.factdeck;

import app.factdeck.articles.TeacherArticles;
import app.factdeck.authoring.AuthoringModule;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.study.Flashcards;
import app.factdeck.transfer.TransferService;
import java.time.Clock;

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
                     AuthoringModule authoring, TransferService transfer, TeacherArticles articles) {

    public static Wiring of(Library library, Database database, Clock clock) {
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
        return new Wiring(library, database, bank, flashcards, authoring, transfer, articles);
    }
}
