package app.factdeck;

import app.factdeck.accounts.AccountsModule;
import app.factdeck.articles.ArticlesModule;
import app.factdeck.assignments.AssignmentsModule;
import app.factdeck.accounts.FirstAdmin;
import app.factdeck.cli.Cli;
import app.factdeck.content.ContentModule;
import app.factdeck.db.Database;
import app.factdeck.quizzes.QuizzesModule;
import app.factdeck.study.StudyModule;
import app.factdeck.system.Baselines;
import app.factdeck.system.HealthController;
import app.factdeck.system.Version;
import app.factdeck.teaching.TeachingModule;
import app.factdeck.transfer.TransferModule;
import app.factdeck.web.ErrorPages;
import app.factdeck.web.RequestBodies;
import app.factdeck.web.ServerSetup;
import app.factdeck.web.ThymeleafRenderer;
import app.factdeck.web.Uploads;
import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;

/**
 * The composition root: {@link #create} builds every part from an {@link AppConfig} and lists every route;
 * {@link #main} hands the command line to {@link Cli} ({@code serve} by default).
 *
 * <pre>{@code
 * Javalin app = App.create(AppConfig.fromEnvironment(System.getenv())).start();
 * }</pre>
 */
public final class App {

    /** The server's database, as app data: tests reach it with {@code app.unsafe.appDataManager.get(DATABASE)}. */
    public static final Key<Database> DATABASE = new Key<>("factdeck.database");
    /** The accounts' first-admin check, so serve prints the same note the home page shows. */
    public static final Key<FirstAdmin> FIRST_ADMIN = new Key<>("factdeck.firstAdmin");

    private App() {
    }

    /**
     * Opens the database (migrating it), loads and validates the content, and returns an un-started server
     * whose stop also closes the database.
     *
     * @throws app.factdeck.db.DatabaseException, app.factdeck.content.ContentException with messages meant for
     *         the admin
     */
    public static Javalin create(AppConfig config) {
        return create(config, Clock.systemUTC());
    }

    /** As {@link #create(AppConfig)}, with the clock sessions, throttling and classes read (tests move it). */
    public static Javalin create(AppConfig config, Clock clock) {
        return create(config, clock, Wiring::factProposer);
    }

    /** As {@link #create(AppConfig, Clock)}, with what proposes articles' facts (a test may give its own). */
    public static Javalin create(AppConfig config, Clock clock, Wiring.Proposers proposers) {
        Database database = Database.open(config.database());
        try {
            ContentModule content = ContentModule.load(config.contentDir(), database);
            Wiring core = Wiring.of(content.library(), database, clock, proposers);
            StudyModule study = new StudyModule(database, core.library(), core.flashcards(), clock,
                    config.intervalFuzz(), core.authoring().catalog()::withheld);
            TransferModule transfer = new TransferModule(core.transfer());
            AssignmentsModule assignments = new AssignmentsModule(database, core.library(),
                    core.authoring().catalog(), clock);
            ThymeleafRenderer renderer = new ThymeleafRenderer(config.devMode());
            QuizzesModule quizzes = new QuizzesModule(database, core.library(), core.authoring().catalog(),
                    study.service(), clock, assignments.attemptPolicy(), renderer);
            AccountsModule accounts = AccountsModule.create(database, clock, config.baseUrl(),
                    config.baseUrlConfigured(), config.clientAddress(), config.passwordHasher());
            ArticlesModule articles = new ArticlesModule(core.articles(), core.proposals(), core.authoring().catalog(),
                    core.bank());
            TeachingModule teaching = new TeachingModule(database, core.authoring().catalog(), content.library(), clock,
                    articles::rows);
            HealthController health = new HealthController(database, Version.current(), clock);
            var uploads = Uploads.cleanSpoolDirectory(config.dataDir());
            return Javalin.create(javalin -> {
                javalin.startup.showJavalinBanner = false;
                ServerSetup.apply(javalin, config.host(), config.port(), "https".equals(config.baseUrl().getScheme()),
                        uploads, ArticlesModule.LARGER_FORMS);
                javalin.fileRenderer(renderer);
                javalin.staticFiles.add(s -> {
                    s.hostedPath = "/static";
                    s.directory = config.devMode() ? "static" : "/static";
                    s.location = config.devMode() ? Location.EXTERNAL : Location.CLASSPATH;
                });
                var catchUp = CatchUp.start(database, core.articles());
                javalin.events.serverStopped(() -> {
                    catchUp.stop();
                    database.close();
                });
                javalin.appData(DATABASE, database);
                javalin.appData(FIRST_ADMIN, accounts.firstAdmin());

                accounts.filters(javalin.routes);
                // After the session is read (so the page shows who is signed in), before anything reads a form.
                javalin.routes.before(RequestBodies::refuseEarly);
                content.routes(javalin.routes, quizzes.shortcuts(), teaching::showHomeIfTeacher, assignments::assignedTo);
                core.authoring().routes(javalin.routes);
                articles.routes(javalin.routes);
                transfer.routes(javalin.routes);
                accounts.routes(javalin.routes);
                quizzes.routes(javalin.routes);
                assignments.routes(javalin.routes);
                study.routes(javalin.routes);
                javalin.routes.get("/health", health::showHealth);
                // Browsers ask for /favicon.ico whatever the page links; the icon is the SVG in static/.
                javalin.routes.get("/favicon.ico", ctx -> ctx.redirect("/static/img/favicon.svg",
                        HttpStatus.MOVED_PERMANENTLY));
                if (config.benchmarkBaselines()) {
                    Baselines.install(database, clock).routes(javalin.routes);
                }
                ErrorPages.register(javalin.routes);
            });
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** {@code java -jar factdeck.jar [COMMAND]}: exits with the command's status unless it is serving. */
    public static void main(String[] args) {
        int status = Cli.run(args, System.getenv(), System.in, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }
}
