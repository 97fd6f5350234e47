package app.factdeck.cli;

import app.factdeck.AppConfig;
import app.factdeck.Wiring;
import app.factdeck.content.Article;
import app.factdeck.db.Database;
import app.factdeck.transfer.Formats;
import app.factdeck.transfer.Importer;
import app.factdeck.transfer.QuestionFormat;
import app.factdeck.transfer.TransferService;
import java.nio.file.Path;
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
 * {@code import --gift|--moodle-xml|--aiken FILE --article SLUG [--valid-only]}: a question file into an article's
 * bank. With any rejected question nothing is written unless {@code --valid-only} says to import the others; the
 * report names each rejected question's line and why. One option per format of {@link Formats#importing()}.
 */
@Command(name = "import", description = {"Adds the file's questions to the article as teachers' questions.",
        "If any question is rejected, nothing is imported unless --valid-only is given."})
final class ImportCommand implements Callable<Integer> {

    private final Io io;

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    @Option(names = "--article", paramLabel = "SLUG", description = "the article the questions join")
    String slug;

    @Option(names = "--valid-only", description = "import the valid questions even when some are rejected")
    boolean validOnly;

    private ImportCommand(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        CommandLine command = new CommandLine(new ImportCommand(io));
        for (QuestionFormat f : Formats.importing()) {
            command.getCommandSpec().addOption(OptionSpec.builder("--" + f.slug()).paramLabel("FILE")
                    .type(String.class).description("the " + f.name() + " file to read, UTF-8, at most 1 MB ("
                            + f.help() + ")").build());
        }
        return command;
    }

    @Override
    public Integer call() {
        var parsed = spec.commandLine().getParseResult();
        List<QuestionFormat> chosen = Formats.importing().stream()
                .filter(f -> parsed.hasMatchedOption("--" + f.slug())).toList();
        if (chosen.size() > 1) {
            return Cli.usageError(spec.commandLine(), "choose one format, not " + chosen.get(0).slug() + " and "
                    + chosen.get(1).slug() + ".");
        }
        if (chosen.isEmpty() || slug == null) {
            String formats = String.join(" or ", Formats.importing().stream().map(f -> "--" + f.slug() + " FILE")
                    .toList());
            return Cli.usageError(spec.commandLine(), "give the format and file (" + formats + ") and --article SLUG.");
        }
        QuestionFormat format = chosen.get(0);
        String file = parsed.matchedOptionValue("--" + format.slug(), "");
        Cli.quietLogs();
        AppConfig config = Cli.config(io);
        var library = Cli.library(config);
        // Safe beside a running server: SQLite serialises the writes.
        try (Database database = Database.open(config.database())) {
            return importFile(Wiring.of(library, database, Clock.systemUTC()).transfer(), format, file);
        }
    }

    private int importFile(TransferService transfer, QuestionFormat format, String file) {
        Optional<Article> article = transfer.article(slug);
        if (article.isEmpty()) {
            io.err().println("factdeck: there is no article '" + slug + "'. Articles: " + String.join(", ",
                    transfer.articles().stream().map(Article::slug).toList()) + ".");
            return 2;
        }
        Path path = Path.of(file);
        Optional<String> read = TextFile.read(path, Importer.MAX_FILE_BYTES,
                file + " is larger than 1 MB; split it into smaller files.", "there is no file " + file + ".", io.err());
        if (read.isEmpty()) {
            return 1;
        }
        String text = read.get();
        Optional<QuestionFormat> better = Formats.betterFor(format, text);
        if (better.isPresent()) {
            io.err().println("factdeck: " + file + (better.get() == Formats.MOODLE_XML ? " is XML, not " + format.name()
                    + ": import it with --moodle-xml." : " is not XML, so it is not Moodle XML: import it with --"
                    + Formats.GIFT.slug() + " or --" + Formats.AIKEN.slug() + "."));
            return 2;
        }
        Importer.Report report = transfer.read(text, format, article.get());
        if (report.refused() != null) {
            io.err().println("factdeck: " + file + ": nothing imported: " + report.refused());
            return 1;
        }
        for (Importer.Item item : report.rejected()) {
            io.err().println(file + ":" + item.line() + ": rejected: " + item.problem()
                    + (item.excerpt().isEmpty() ? "" : " [" + item.excerpt() + "]"));
        }
        int valid = report.valid().size();
        if (!report.rejected().isEmpty() && !validOnly) {
            // With nothing valid, --valid-only would import nothing: only the fix is worth suggesting.
            io.err().println("factdeck: " + report.rejected().size() + " of " + report.items().size()
                    + (report.items().size() == 1 ? " question" : " questions") + " rejected; nothing imported. "
                    + (valid == 0 ? "Fix " + (report.rejected().size() == 1 ? "it" : "them") + "."
                    : "Fix them, or add --valid-only to import the " + valid + " valid "
                    + (valid == 1 ? "one." : "ones.")));
            return 1;
        }
        List<Long> ids = transfer.importValid(0, article.get(), report, path.getFileName().toString());
        io.out().println("Imported " + ids.size() + " question" + (ids.size() == 1 ? "" : "s") + " into " + slug
                + (report.rejected().isEmpty() ? "" : "; rejected " + report.rejected().size()) + ".");
        return 0;
    }
}
