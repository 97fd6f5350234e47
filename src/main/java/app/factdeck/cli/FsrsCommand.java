package app.factdeck.cli;

import app.factdeck.study.fsrs.FsrsReplay;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fsrs replay FILE.json [--compare]}: review histories through our scheduler (see README). */
@Command(name = "fsrs", synopsisSubcommandLabel = "replay", description = "Checks Factdeck's FSRS scheduler.")
final class FsrsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption help;

    private FsrsCommand() {
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new FsrsCommand()).addSubcommand(new Replay(io));
    }

    @Override
    public Integer call() {
        return Cli.usageError(spec.commandLine(), "missing subcommand; try: fsrs replay FILE.json");
    }

    @Command(name = "replay", description = {
            "Replays the review histories of FILE.json (the shape of the FSRS reference vectors-histories.json: "
                    + "\"configs\" and \"histories\", each step's \"review_at\" and \"rating\") through Factdeck's "
                    + "FSRS-6 scheduler and prints the computed states as JSON of the same shape."})
    static final class Replay implements Callable<Integer> {
        private final Io io;

        @Mixin
        HelpOption help;

        @Option(names = "--compare",
                description = "print which steps differ from the file's own \"after\" states instead (exit 1 if any)")
        boolean compare;

        @Parameters(paramLabel = "FILE.json")
        Path file;

        Replay(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            return FsrsReplay.run(file, compare, io.out(), io.err());
        }
    }
}
