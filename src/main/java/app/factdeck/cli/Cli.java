package app.factdeck.cli;

import app.factdeck.AppConfig;
import app.factdeck.content.ContentException;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.db.Backup;
import app.factdeck.db.DatabaseException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar factdeck.jar [COMMAND]}: one picocli parser over every command ({@code serve} when none is
 * given). Arguments a user gets wrong print "factdeck: what is wrong" and the command's usage, status 2; a
 * command that cannot do its work (a bad setting, a missing database, invalid content) prints why, status 1.
 *
 * <pre>{@code
 * int status = Cli.run(args, System.getenv(), System.in, System.out, System.err);
 * }</pre>
 */
public final class Cli {

    private Cli() {
    }

    /** Runs one command line; the environment supplies the FACTDECK_* settings. */
    public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        return commandLine(new Io(env, in, out, err)).execute(args);
    }

    /** The parser: the top-level command, its subcommands, and how errors are reported. */
    static CommandLine commandLine(Io io) {
        CommandLine cli = new CommandLine(new FactdeckCommand(io))
                .addSubcommand(new ServeCommand(io))
                .addSubcommand(new BackupCommand(io))
                .addSubcommand(new QuestionsCommand(io))
                .addSubcommand(new ProposeCommand(io))
                .addSubcommand(UserCommand.commandLine(io))
                .addSubcommand(new ArticleDraftCommand(io))
                .addSubcommand(ArticleCommand.commandLine(io))
                .addSubcommand(ImportCommand.commandLine(io))
                .addSubcommand(ExportCommand.commandLine(io))
                .addSubcommand(FsrsCommand.commandLine(io))
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
        cli.setParameterExceptionHandler(Cli::badArguments);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> cannotRun(e, io.err()));
        return cli;
    }

    /** What is wrong with the arguments, in our words where picocli's would not say how to fix it; then usage. */
    private static int badArguments(ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            message = arg.startsWith("-") ? "unknown option '" + arg + "'."
                    : where.getParent() == null ? "unknown command '" + arg + "'."
                    : where.getSubcommands().isEmpty() ? "unexpected '" + arg + "'."
                    : "unknown subcommand '" + arg + "'.";
        }
        PrintWriter err = where.getErr();
        err.println("factdeck: " + message);
        err.println();
        err.print(where.getUsageMessage());
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    /**
     * A command that could not do its work: the reason, never a stack trace. Settings, the database and the
     * content have messages written for the admin; anything else is a bug, said as such.
     */
    private static int cannotRun(Exception e, PrintStream err) {
        if (e instanceof ContentException c) {
            err.println("factdeck: the content is not valid:");
            c.problems().forEach(p -> err.println("  " + p));
        } else if (e instanceof AppConfig.ConfigException || e instanceof DatabaseException
                || e instanceof Backup.BackupException) {
            err.println("factdeck: " + e.getMessage());
        } else {
            err.println("factdeck: the command failed unexpectedly (" + e + "). This is a bug: please report it "
                    + "with the command you ran.");
        }
        return 1;
    }

    /** The settings, read when a command runs (not when its help is asked for). */
    static AppConfig config(Io io) {
        return AppConfig.fromEnvironment(io.env());
    }

    /** Commands print their own results; the library's info lines would only get in the way. */
    static void quietLogs() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    /** The content the server would serve: FACTDECK_CONTENT, or the copy packaged in the jar. */
    static Library library(AppConfig config) {
        return new ContentLoader().loadOrPackaged(config.contentDir());
    }

    /** Status 2 after "factdeck: message" and the command's usage, for arguments picocli accepts but we do not. */
    static int usageError(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println("factdeck: " + message);
        err.println();
        err.print(command.getUsageMessage());
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }
}
