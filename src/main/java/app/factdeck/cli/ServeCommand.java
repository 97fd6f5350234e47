package app.factdeck.cli;

import app.factdeck.App;
import app.factdeck.AppConfig;
import app.factdeck.accounts.PasswordHasher;
import app.factdeck.content.ContentException;
import app.factdeck.db.DatabaseException;
import app.factdeck.system.Version;
import io.javalin.Javalin;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code serve}: the web server, until SIGTERM (which lets requests in flight finish). */
@Command(name = "serve", description = {"Runs the web server until stopped (SIGTERM lets requests in flight finish).",
        "Settings come from FACTDECK_PORT, FACTDECK_HOST, FACTDECK_DATA, FACTDECK_CONTENT, FACTDECK_BASE_URL, "
                + "FACTDECK_LOG, FACTDECK_TRUSTED_PROXIES (see README.md); the database is created or migrated on start.",
        "On a 512 MB VPS: java -Xmx128m -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC "
                + "-XX:TieredStopAtLevel=1 -jar factdeck.jar"})
final class ServeCommand implements Callable<Integer> {

    private final Io io;

    @Mixin
    HelpOption help;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        AppConfig config = Cli.config(io);
        // slf4j-simple reads its level once, when the first logger is made: set it before anything logs.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", config.logLevel());
        if (config.passwordHashCost() == PasswordHasher.Cost.TEST_ONLY) {
            LoggerFactory.getLogger(ServeCommand.class).warn("FACTDECK_PASSWORD_HASH_COST=test-only: new password "
                    + "hashes are nearly free to crack. Unset it unless this server only runs tests.");
        }
        Javalin app;
        try {
            app = App.create(config);
        } catch (DatabaseException e) {
            io.err().println("factdeck: " + e.getMessage());
            return 1;
        } catch (ContentException e) {
            io.err().println("factdeck: the content in " + config.contentDir() + " is not valid:");
            e.problems().forEach(p -> io.err().println("  " + p));
            return 1;
        }
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            boolean inUse = hasCause(e, java.net.BindException.class);
            io.err().println("factdeck: cannot listen on port " + config.port()
                    + (inUse ? ": it is in use. Stop the other program or set FACTDECK_PORT." : ": " + e.getMessage()));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "factdeck-shutdown"));
        LoggerFactory.getLogger(App.class).info("Factdeck {} serving on {} (data: {})",
                Version.current(), "http://localhost:" + app.port(), config.database().engine().label() + " "
                        + config.database().describe());
        // A fresh install: the one thing to do next, printed plainly so the command can be copied.
        app.unsafe.appDataManager.get(App.FIRST_ADMIN)
                .consoleText((config.baseUrlConfigured() ? config.baseUrl() : "http://localhost:" + app.port()) + "/login")
                .ifPresent(io.out()::println);
        return 0;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
