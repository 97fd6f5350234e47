/**
 * The command line ({@code java -jar factdeck.jar COMMAND}) on picocli: {@link app.factdeck.cli.Cli} builds one
 * parser with a subcommand per command, each with generated {@code --help}; a command checks its arguments,
 * then calls the feature that does the work. Bad arguments print what is wrong and the usage, exit 2; a
 * command that cannot do its work says why, exit 1; neither prints a stack trace.
 */
package app.factdeck.cli;
