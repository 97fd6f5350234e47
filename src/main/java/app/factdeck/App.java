package app.factdeck;

import app.factdeck.accounts.AccountsModule;
import app.factdeck.accounts.FirstAdmin;
import app.factdeck.accounts.UserCommand;
import app.factdeck.authoring.AuthoringModule;
import app.factdeck.content.ContentException;
import app.factdeck.content.ContentLoader;
import app.factdeck.content.Library;
import app.factdeck.content.ContentModule;
import app.factdeck.content.PageCleaner;
import app.factdeck.db.Backup;
import app.factdeck.db.Database;
import app.factdeck.db.DatabaseException;
import app.factdeck.questions.QuestionBank;
import app.factdeck.questions.QuestionGenerator;
import app.factdeck.questions.QuestionsCommand;
import app.factdeck.quizzes.QuizzesModule;
import app.factdeck.study.Flashcards;
import app.factdeck.study.StudyModule;
import app.factdeck.transfer.ExportCommand;
import app.factdeck.transfer.ImportCommand;
import app.factdeck.transfer.TransferModule;
import app.factdeck.transfer.TransferService;
import app.factdeck.system.Baselines;
import app.factdeck.system.HealthController;
import app.factdeck.system.Version;
import app.factdeck.teaching.TeachingModule;
import app.factdeck.web.ErrorPages;
import app.factdeck.web.RequestBodies;
import app.factdeck.web.SecurityHeaders;
import app.factdeck.web.Uploads;
import app.factdeck.web.ThymeleafRenderer;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.config.Key;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The composition root: {@link #create} builds every part from an {@link AppConfig} and lists every route;
 * {@link #main} reads the environment and runs a command ({@code serve} by default).
 *
 * <pre>{@code
 * Javalin app = App.create(AppConfig.fromEnvironment(System.getenv())).start();
 * }</pre>
 */
public final class App {

    /** How long SIGTERM waits for in-flight requests before the server closes connections. */
    static final long STOP_TIMEOUT_MS = 10_000;
    static final int MAX_THREADS = 32;
    static final int MIN_THREADS = 4;
    static final int ACCEPT_QUEUE = 1024;
    /** The server's database, as app data: tests reach it with {@code app.unsafe.appDataManager.get(DATABASE)}. */
    public static final Key<Database> DATABASE = new Key<>("factdeck.database");
    /** The accounts' first-admin check, so serve prints the same note the home page shows. */
    static final Key<FirstAdmin> FIRST_ADMIN = new Key<>("factdeck.firstAdmin");

    private static final String USAGE = """
            Usage: java -jar factdeck.jar [COMMAND]

            Commands:
              serve                 run the web server (the default)
              backup FILE           copy the database to FILE while the server runs (checked, never overwrites)
              questions [--article SLUG] [--format json|text]
                                    print the generated question bank
              user add [--role student|teacher|admin] [--name NAME] USERNAME
                                    create an account; the password is read from standard input
              user passwd|disable|enable USERNAME, user list
                                    reset a password, stop or allow an account's sign-in, list accounts
              article-draft FILE    print a draft article.md from the raw text of a news page
              import --gift|--aiken FILE --article SLUG [--valid-only]
                                    add a GIFT (Moodle) or Aiken file's questions to an article
              export --gift|--anki|--anki-csv|--quizlet [--article SLUG]
                                    print the questions as GIFT, or the flashcards for Anki or Quizlet
              fsrs replay FILE.json [--compare]
                                    replay FSRS review histories through the scheduler (see README)
              help                  show this message
            Each command takes --help.

            Configuration is read from FACTDECK_* environment variables; see README.md.""";

    private App() {
    }

    /**
     * Opens the database (migrating it), loads and validates the content, and returns an un-started server
     * whose stop also closes the database.
     *
     * @throws DatabaseException, ContentException with messages meant for the admin
     */
    public static Javalin create(AppConfig config) {
        return create(config, Clock.systemUTC());
    }

    /** As {@link #create(AppConfig)}, with the clock sessions, throttling and classes read (tests move it). */
    public static Javalin create(AppConfig config, Clock clock) {
        Database database = Database.open(config.databaseFile());
        try {
            ContentModule content = ContentModule.load(config.contentDir(), database);
            long started = System.nanoTime();
            QuestionBank bank = QuestionBank.build(content.library(), QuestionGenerator.DEFAULT_SEED);
            org.slf4j.LoggerFactory.getLogger(App.class).debug("Generated {} questions in {} ms", bank.all().size(),
                    (System.nanoTime() - started) / 1_000_000);
            Flashcards flashcards = new Flashcards(content.library(), bank);
            AuthoringModule authoring = new AuthoringModule(database, content.library(), bank, clock);
            StudyModule study = new StudyModule(database, content.library(), flashcards, clock, config.intervalFuzz(),
                    authoring.catalog()::withheld);
            TransferModule transfer = new TransferModule(new TransferService(content.library(), authoring.catalog(),
                    flashcards, authoring.service(), database, clock));
            QuizzesModule quizzes = new QuizzesModule(database, content.library(), bank, authoring.catalog(),
                    study.service(), clock);
            AccountsModule accounts = AccountsModule.create(database, clock, config.baseUrl(),
                    config.baseUrlConfigured(), config.clientAddress(), Runtime.getRuntime().maxMemory());
            TeachingModule teaching = new TeachingModule(database, authoring.catalog(), content.library(), clock);
            HealthController health = new HealthController(database, Version.current(), clock);
            Path uploads = Uploads.cleanSpoolDirectory(config.dataDir());
            return Javalin.create(javalin -> {
                javalin.startup.showJavalinBanner = false;
                javalin.jetty.host = config.host().isEmpty() ? null : config.host();
                javalin.jetty.port = config.port();
                // Few threads: requests spend their time in SQLite (one writer, READ_POOL_SIZE readers) and on 1–2
                // cores, so more threads only add stacks and switching (256 stacks were ~30 MB of RSS).
                javalin.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
                // Jetty gives every connection a trie of recently seen header fields (~80 KB each): a thousand
                // open connections filled the 128 MB heap (OutOfMemoryError in the 1000-client benchmark).
                // Without it each header is parsed afresh, which costs little next to a page.
                javalin.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
                boolean https = "https".equals(config.baseUrl().getScheme());
                javalin.jetty.modifyServer(server -> {
                    // Graceful stop: refuse new requests, let in-flight ones finish, then close. Inside it, every
                    // response gets the security headers, and every body is read whole (no thread held) and
                    // bounded before a route runs; Javalin attaches below the innermost wrapper.
                    server.setStopTimeout(STOP_TIMEOUT_MS);
                    GracefulHandler graceful = new GracefulHandler();
                    SecurityHeaders headers = new SecurityHeaders(https);
                    headers.setHandler(new RequestBodies());
                    graceful.setHandler(headers);
                    server.setHandler(graceful);
                    server.setErrorHandler(new SecurityHeaders.Errors(https));
                    // A class that submits at once opens hundreds of connections together: the JDK's default
                    // backlog of 50 would drop the rest's SYNs and make them retry a second later.
                    server.addEventListener(new LifeCycle.Listener() {
                        @Override
                        public void lifeCycleStarting(LifeCycle event) {
                            for (var connector : server.getConnectors()) {
                                if (connector instanceof ServerConnector http) {
                                    http.setAcceptQueueSize(ACCEPT_QUEUE);
                                }
                            }
                        }
                    });
                });
                // A path that exists answers another method with 405, not 404.
                javalin.http.prefer405over404 = true;
                // RequestBodies has capped every body already; Javalin's own check must not cut below that.
                javalin.http.maxRequestSize = RequestBodies.MULTIPART_LIMIT;
                // Uploads stay in memory (they are at most ~1 MB, and bounded above): nothing spooled to disk
                // where a kill would leave CSRF tokens and rosters behind. The directory is only a fallback.
                javalin.jetty.multipartConfig.cacheDirectory(uploads.toString());
                javalin.jetty.multipartConfig.maxInMemoryFileSize(RequestBodies.MULTIPART_LIMIT, SizeUnit.BYTES);
                javalin.jetty.multipartConfig.maxFileSize(RequestBodies.MULTIPART_LIMIT, SizeUnit.BYTES);
                javalin.jetty.multipartConfig.maxTotalRequestSize(RequestBodies.MULTIPART_LIMIT, SizeUnit.BYTES);
                javalin.fileRenderer(new ThymeleafRenderer(config.devMode()));
                javalin.staticFiles.add(s -> {
                    s.hostedPath = "/static";
                    s.directory = config.devMode() ? "static" : "/static";
                    s.location = config.devMode() ? Location.EXTERNAL : Location.CLASSPATH;
                });
                javalin.events.serverStopped(database::close);
                javalin.appData(DATABASE, database);
                javalin.appData(FIRST_ADMIN, accounts.firstAdmin());

                accounts.filters(javalin.routes);
                // After the session is read (so the page shows who is signed in), before anything reads a form.
                javalin.routes.before(RequestBodies::refuseEarly);
                content.routes(javalin.routes, quizzes.shortcuts(), teaching::showHomeIfTeacher);
                authoring.routes(javalin.routes);
                transfer.routes(javalin.routes);
                accounts.routes(javalin.routes);
                quizzes.routes(javalin.routes);
                study.routes(javalin.routes);
                javalin.routes.get("/health", health::showHealth);
                // Browsers ask for /favicon.ico whatever the page links; the icon is the SVG in static/.
                javalin.routes.get("/favicon.ico", ctx -> ctx.redirect("/static/img/favicon.svg",
                        io.javalin.http.HttpStatus.MOVED_PERMANENTLY));
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

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        // Every command's --help is answered here, before it opens the database or reads the content.
        List<String> options = Arrays.asList(rest);
        if (options.contains("--help") || options.contains("-h")) {
            Optional<String> usage = usage(command);
            if (usage.isPresent()) {
                System.out.println(usage.get());
                return;
            }
        }
        int status = switch (command) {
            case "serve" -> serve();
            case "backup" -> backup(rest);
            case "article-draft" -> articleDraft(rest, System.out);
            case "questions" -> questions(rest);
            case "user" -> user(rest);
            case "export" -> export(rest);
            case "import" -> importQuestions(rest);
            case "fsrs" -> app.factdeck.study.fsrs.FsrsReplay.run(rest, System.out, System.err);
            case "help", "--help", "-h" -> {
                System.out.println(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("factdeck: unknown command '" + command + "'.\n\n" + USAGE);
                yield 2;
            }
        };
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Each command's --help text; read before anything opens the database or the content. */
    static Optional<String> usage(String command) {
        return Optional.ofNullable(switch (command) {
            case "serve" -> SERVE_USAGE;
            case "backup" -> Backup.USAGE;
            case "questions" -> QuestionsCommand.USAGE;
            case "user" -> UserCommand.USAGE;
            case "article-draft" -> "Usage: java -jar factdeck.jar article-draft FILE\n"
                    + "  Prints a draft article.md (front matter and cleaned body) from the raw text of a news page.";
            case "import" -> ImportCommand.USAGE;
            case "export" -> ExportCommand.USAGE;
            case "fsrs" -> app.factdeck.study.fsrs.FsrsReplay.USAGE;
            default -> null;
        });
    }

    private static final String SERVE_USAGE = """
            Usage: java -jar factdeck.jar [serve]
              Runs the web server until stopped (SIGTERM lets requests in flight finish). Settings come from
              FACTDECK_PORT, FACTDECK_HOST, FACTDECK_DATA, FACTDECK_CONTENT, FACTDECK_BASE_URL, FACTDECK_LOG,
              FACTDECK_TRUSTED_PROXIES (see README.md); the database is created or migrated on start.
              On a 512 MB VPS: java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar factdeck.jar""";

    /** {@code backup FILE}: a checked online copy; needs only the data directory, not the content. */
    private static int backup(String[] args) {
        try {
            AppConfig config = AppConfig.fromEnvironment(System.getenv());
            return Backup.run(args, config.databaseFile(), System.out, System.err);
        } catch (AppConfig.ConfigException e) {
            System.err.println("factdeck: " + e.getMessage());
            return 1;
        }
    }

    private static int serve() {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        } catch (AppConfig.ConfigException e) {
            System.err.println("factdeck: " + e.getMessage());
            return 1;
        }
        // slf4j-simple reads its level once, when the first logger is made: set it before anything logs.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", config.logLevel());
        Javalin app;
        try {
            app = create(config);
        } catch (DatabaseException e) {
            System.err.println("factdeck: " + e.getMessage());
            return 1;
        } catch (ContentException e) {
            System.err.println("factdeck: the content in " + config.contentDir() + " is not valid:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 1;
        }
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            boolean inUse = hasCause(e, java.net.BindException.class);
            System.err.println("factdeck: cannot listen on port " + config.port()
                    + (inUse ? ": it is in use. Stop the other program or set FACTDECK_PORT." : ": " + e.getMessage()));
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "factdeck-shutdown"));
        org.slf4j.LoggerFactory.getLogger(App.class).info("Factdeck {} serving on {} (data: {})",
                Version.current(), "http://localhost:" + app.port(), config.databaseFile().toAbsolutePath());
        // A fresh install: the one thing to do next, printed plainly so the command can be copied.
        app.unsafe.appDataManager.get(FIRST_ADMIN)
                .consoleText((config.baseUrlConfigured() ? config.baseUrl() : "http://localhost:" + app.port()) + "/login")
                .ifPresent(System.out::println);
        return 0;
    }

    /** {@code user add …}: accounts from the command line, e.g. the first admin. */
    private static int user(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try {
            AppConfig config = AppConfig.fromEnvironment(System.getenv());
            return UserCommand.run(args, config.databaseFile(), System.in, System.out, System.err);
        } catch (AppConfig.ConfigException | DatabaseException e) {
            System.err.println("factdeck: " + e.getMessage());
            return 1;
        }
    }

    /** {@code questions …}: the bank as the server would serve it, from FACTDECK_CONTENT or the jar. */
    private static int questions(String[] args) {
        return withLibrary((config, library) -> QuestionsCommand.run(args, library, config.baseUrl(), System.out,
                System.err));
    }

    /** {@code export --gift …}: the bank as Moodle would import it, from FACTDECK_CONTENT or the jar. */
    private static int export(String[] args) {
        return withTransfer(transfer -> ExportCommand.run(args, transfer, System.out, System.err));
    }

    private static int importQuestions(String[] args) {
        return withTransfer(transfer -> ImportCommand.run(args, transfer, System.out, System.err));
    }

    /** Import and export wired as the server wires them, for the commands (and their tests). */
    public static TransferService transfer(Library library, Database database, Clock clock) {
        QuestionBank bank = QuestionBank.build(library, QuestionGenerator.DEFAULT_SEED);
        AuthoringModule authoring = new AuthoringModule(database, library, bank, clock);
        return new TransferService(library, authoring.catalog(), new Flashcards(library, bank), authoring.service(),
                database, clock);
    }

    /**
     * For {@code import} and {@code export}: the content and the database (migrated; safe beside a running
     * server, since SQLite serialises the writes), wired as the server wires them.
     */
    private static int withTransfer(java.util.function.ToIntFunction<TransferService> command) {
        return withLibrary((config, library) -> {
            try (Database database = Database.open(config.databaseFile())) {
                return command.applyAsInt(transfer(library, database, Clock.systemUTC()));
            } catch (DatabaseException e) {
                System.err.println("factdeck: " + e.getMessage());
                return 1;
            }
        });
    }

    /** Runs a command over the content (FACTDECK_CONTENT or the jar's), reporting bad settings or content. */
    private static int withLibrary(java.util.function.ToIntBiFunction<AppConfig, Library> command) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try {
            AppConfig config = AppConfig.fromEnvironment(System.getenv());
            return command.applyAsInt(config, new ContentLoader().loadOrPackaged(config.contentDir()));
        } catch (AppConfig.ConfigException e) {
            System.err.println("factdeck: " + e.getMessage());
            return 1;
        } catch (ContentException e) {
            System.err.println("factdeck: the content is not valid:");
            e.problems().forEach(p -> System.err.println("  " + p));
            return 1;
        }
    }

    /** {@code article-draft FILE}: the page cleaner's result as an article.md to review and complete. */
    static int articleDraft(String[] args, PrintStream out) {
        if (args.length != 1) {
            System.err.println("factdeck: article-draft needs exactly one FILE, the raw text of a news page.");
            return 2;
        }
        String raw;
        try {
            raw = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            System.err.println("factdeck: no such file: " + args[0]);
            return 1;
        } catch (IOException e) {
            System.err.println("factdeck: cannot read " + args[0] + ": " + e.getMessage());
            return 1;
        }
        PageCleaner.CleanedPage page = PageCleaner.clean(raw);
        out.println("---");
        out.println("title: " + yamlString(page.title().orElse("")));
        out.println("publisher: \"\"   # fill in");
        page.author().ifPresent(a -> out.println("author: " + yamlString(a)));
        out.println("published: " + page.published().map(Object::toString).orElse("\"\"   # fill in: YYYY-MM-DD"));
        out.println("language: en");
        out.println("---");
        out.print(page.bodyMarkdown());
        return 0;
    }

    private static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
