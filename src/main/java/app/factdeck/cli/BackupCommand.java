package app.factdeck.cli;

import app.factdeck.db.Backup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backup FILE}: a checked online copy; needs only the data directory, not the content. */
@Command(name = "backup", description = {
        "Writes a consistent copy of the database (FACTDECK_DATA/factdeck.db) to FILE while the server keeps "
                + "running, checks the copy's integrity, and never overwrites an existing FILE.",
        "Restore: stop the server, copy FILE over factdeck.db, delete factdeck.db-wal and factdeck.db-shm if they "
                + "exist, start the server (see README, Self-hosting)."})
final class BackupCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    HelpOption help;

    @Parameters(paramLabel = "FILE", description = "the backup to write (must not exist)")
    Path target;

    BackupCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        app.factdeck.AppConfig config = Cli.config(io);
        if (config.database() instanceof app.factdeck.db.DatabaseLocation.Postgresql pg) {
            // PostgreSQL has its own consistent, online backup; a copy of our own would be a worse one.
            io.err().println("factdeck: the data is in PostgreSQL (" + pg.describe() + "), so back it up with "
                    + "PostgreSQL's own tool while Factdeck keeps serving, for example:\n    pg_dump --format=custom "
                    + "--file=" + target + " " + Backup.pgDumpTarget(pg) + "\nand restore it with pg_restore (see README, "
                    + "Running several instances).");
            return 2;
        }
        return Backup.run(target, config.databaseFile(), io.out(), io.err());
    }
}
