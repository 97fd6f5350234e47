package app.factdeck.cli;

import picocli.CommandLine.Option;

/** {@code -h}/{@code --help} on every command, answered before it opens the database or reads the content. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
