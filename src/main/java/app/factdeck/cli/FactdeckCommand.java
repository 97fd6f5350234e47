package app.factdeck.cli;

import app.factdeck.system.Version;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top level: no command serves, as {@code java -jar factdeck.jar} always has. */
@Command(name = "java -jar factdeck.jar", versionProvider = FactdeckCommand.VersionProvider.class,
        description = "Factdeck: read articles, answer quizzes, study flashcards.",
        synopsisSubcommandLabel = "[COMMAND]",
        footer = {"", "With no COMMAND the server runs (serve). Each command takes --help.",
                "Configuration is read from FACTDECK_* environment variables; see README.md."})
final class FactdeckCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    HelpOption help;

    @picocli.CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version.")
    boolean version;

    FactdeckCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        return new ServeCommand(io).call();
    }

    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Factdeck " + Version.current()};
        }
    }
}
