package app.factdeck.cli;

import app.factdeck.AppConfig;
import app.factdeck.questions.core.Question;
import app.factdeck.questions.QuestionListing;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code questions …}: the bank as the server would serve it, from FACTDECK_CONTENT or the jar. */
@Command(name = "questions", description = "Prints the generated question bank (the JSON schema is in README.md).")
final class QuestionsCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    HelpOption help;

    @Option(names = "--article", paramLabel = "SLUG", description = "only this article's questions")
    String article;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "text",
            description = "json, one object per question, or text to read (the default)")
    String format;

    QuestionsCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            io.err().println("factdeck: --format is json or text, not '" + format + "'.");
            return 2;
        }
        Cli.quietLogs();
        AppConfig config = Cli.config(io);
        Optional<List<Question>> selected;
        if (config.database().exists()) {
            // Teachers' articles live in the database: list theirs too.
            try (app.factdeck.db.Database database = app.factdeck.db.Database.open(config.database())) {
                app.factdeck.Wiring w = app.factdeck.Wiring.of(Cli.library(config), database,
                        java.time.Clock.systemUTC());
                selected = QuestionListing.select(w.library(), w.bank(), article, io.err());
            }
        } else {
            selected = QuestionListing.select(Cli.library(config), article, io.err());
        }
        if (selected.isEmpty()) {
            return 2;
        }
        if (format.equals("json")) {
            io.out().println(QuestionListing.json(selected.get(), config.baseUrl()));
        } else {
            selected.get().forEach(q -> io.out().println(QuestionListing.text(q)));
        }
        return 0;
    }
}
