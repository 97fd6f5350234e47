package app.factdeck.cli;

import app.factdeck.Wiring;
import app.factdeck.AppConfig;
import app.factdeck.db.Database;
import app.factdeck.transfer.TransferService;
import app.factdeck.transfer.TransferService.ExportFormat;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * {@code export --gift|--anki|--anki-csv|--quizlet [--article SLUG]}: what students get (generated questions not
 * hidden, teachers' questions) on standard output. One option per {@link ExportFormat}, read from the list.
 */
@Command(name = "export", description = "Prints the questions or the flashcards in another program's format.",
        footer = {"", "Writes to standard output; a summary goes to standard error."})
final class ExportCommand implements Callable<Integer> {

    /** What each format is for, in the help; a format not listed here is still offered, as "--slug". */
    private static final Map<ExportFormat, String> PURPOSE = Map.of(
            ExportFormat.GIFT, "the questions as GIFT, for Moodle (ordering and gaps-in-a-text questions are left out: GIFT has no such "
                    + "types)",
            ExportFormat.ANKI, "the flashcards as Anki's tab-separated text import, with its header lines",
            ExportFormat.ANKI_CSV, "the same, comma-separated",
            ExportFormat.QUIZLET, "the flashcards as \"term TAB definition\" lines, for Quizlet's import box");

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
        for (ExportFormat f : ExportFormat.values()) {
            command.getCommandSpec().addOption(OptionSpec.builder("--" + f.slug()).arity("0").type(boolean.class)
                    .description(PURPOSE.getOrDefault(f, f.slug())).build());
        }
        return command;
    }

    @Override
    public Integer call() {
        List<ExportFormat> chosen = Arrays.stream(ExportFormat.values())
                .filter(f -> spec.commandLine().getParseResult().hasMatchedOption("--" + f.slug())).toList();
        if (chosen.size() > 1) {
            return Cli.usageError(spec.commandLine(), "choose one format, not " + chosen.get(0).slug() + " and "
                    + chosen.get(1).slug() + ".");
        }
        if (chosen.isEmpty()) {
            List<String> all = Arrays.stream(ExportFormat.values()).map(f -> "--" + f.slug()).toList();
            return Cli.usageError(spec.commandLine(), "choose a format: " + String.join(", ", all.subList(0,
                    all.size() - 1)) + " or " + all.get(all.size() - 1) + ".");
        }
        ExportFormat format = chosen.get(0);
        Cli.quietLogs();
        AppConfig config = Cli.config(io);
        var library = Cli.library(config);
        // Safe beside a running server: SQLite serialises the writes, and export only reads.
        try (Database database = Database.open(config.databaseFile())) {
            TransferService transfer = Wiring.of(library, database, Clock.systemUTC()).transfer();
            if (article != null && transfer.article(article).isEmpty()) {
                io.err().println("factdeck: there is no article '" + article + "'. Articles: " + String.join(", ",
                        transfer.articles().stream().map(a -> a.slug()).toList()) + ".");
                return 2;
            }
            TransferService.Export export = transfer.export(format, Optional.ofNullable(article));
            io.out().print(export.body());
            io.out().flush();
            String what = format == ExportFormat.GIFT ? "questions" : "flashcards";
            io.err().println("factdeck: exported " + export.count() + " " + what + (export.leftOut() > 0 ? "; left out "
                    + export.leftOut() + " ordering or gaps-in-a-text question" + (export.leftOut() == 1 ? "" : "s")
                    + " (GIFT has no such types)" : "") + ".");
            return 0;
        }
    }
}
