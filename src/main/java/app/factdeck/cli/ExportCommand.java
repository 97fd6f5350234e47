package app.factdeck.cli;

import app.factdeck.Wiring;
import app.factdeck.AppConfig;
import app.factdeck.db.Database;
import app.factdeck.transfer.FlashcardFormat;
import app.factdeck.transfer.Formats;
import app.factdeck.transfer.QuestionFormat;
import app.factdeck.transfer.TransferService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export --gift|--moodle-xml|--anki|--anki-csv|--quizlet [--article SLUG]}: what students get (generated
 * questions not hidden, teachers' questions) on standard output. One option per format of
 * {@link Formats#exporting()} and {@link Formats#FLASHCARDS}.
 */
@Command(name = "export", description = "Prints the questions or the flashcards in another program's format.",
        footer = {"", "Writes to standard output; a summary goes to standard error."})
final class ExportCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--article", paramLabel = "SLUG", description = "only this article's")
    String article;

    private ExportCommand(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        CommandLine command = new CommandLine(new ExportCommand(io));
        for (QuestionFormat f : Formats.exporting()) {
            String leftOut = Formats.cannotHold(f);
            command.getCommandSpec().addOption(OptionSpec.builder("--" + f.slug()).arity("0").type(boolean.class)
                    .description("the questions as " + f.name() + ", for Moodle" + (leftOut.isEmpty() ? ""
                            : " (" + leftOut + " questions are left out: " + f.name() + " has no such type)"))
                    .build());
        }
        for (FlashcardFormat f : Formats.FLASHCARDS) {
            command.getCommandSpec().addOption(OptionSpec.builder("--" + f.slug()).arity("0").type(boolean.class)
                    .description(f.help()).build());
        }
        return command;
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        List<String> all = new java.util.ArrayList<>(Formats.exporting().stream().map(QuestionFormat::slug).toList());
        Formats.FLASHCARDS.forEach(f -> all.add(f.slug()));
        List<String> chosen = all.stream().filter(f -> parsed.hasMatchedOption("--" + f)).toList();
        if (chosen.size() > 1) {
            return Cli.usageError(spec.commandLine(), "choose one format, not " + chosen.get(0) + " and "
                    + chosen.get(1) + ".");
        }
        if (chosen.isEmpty()) {
            return Cli.usageError(spec.commandLine(), "choose a format: " + String.join(", ", all.subList(0,
                    all.size() - 1).stream().map(f -> "--" + f).toList()) + " or --" + all.get(all.size() - 1) + ".");
        }
        Optional<QuestionFormat> questions = Formats.question(chosen.get(0)).filter(QuestionFormat::exports);
        Cli.quietLogs();
        AppConfig config = Cli.config(io);
        var library = Cli.library(config);
        // Safe beside a running server: SQLite serialises the writes, and export only reads.
        try (Database database = Database.open(config.database())) {
            TransferService transfer = Wiring.of(library, database, Clock.systemUTC()).transfer();
            if (article != null && transfer.article(article).isEmpty()) {
                io.err().println("factdeck: there is no article '" + article + "'. Articles: " + String.join(", ",
                        transfer.articles().stream().map(a -> a.slug()).toList()) + ".");
                return 2;
            }
            Optional<String> only = Optional.ofNullable(article);
            TransferService.Export export = questions.isPresent() ? transfer.export(questions.get(), only)
                    : transfer.export(Formats.flashcards(chosen.get(0)).orElseThrow(), only);
            io.out().print(export.body());
            io.out().flush();
            String what = questions.isPresent() ? "questions" : "flashcards";
            io.err().println("factdeck: exported " + export.count() + " " + what + (export.leftOut() > 0 ? "; left out "
                    + export.leftOut() + " " + Formats.cannotHold(questions.get()) + " question"
                    + (export.leftOut() == 1 ? "" : "s") + " (" + questions.get().name() + " has no such type)" : "")
                    + ".");
            return 0;
        }
    }
}
