package app.factdeck.cli;

import app.factdeck.AppConfig;
import app.factdeck.Wiring;
import app.factdeck.articles.TeacherArticle;
import app.factdeck.articles.TeacherArticles;
import app.factdeck.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code article add FILE} (a draft from a page, for scripts) and {@code article list}: the same path as the web
 * app's "New article", with the same checks.
 */
@Command(name = "article", description = "Adds a teacher's article from a page, or lists teachers' articles.")
final class ArticleCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    private final Io io;

    private ArticleCommand(Io io) {
        this.io = io;
    }

    static CommandLine commandLine(Io io) {
        return new CommandLine(new ArticleCommand(io)).addSubcommand(new Add(io)).addSubcommand(new ListArticles(io));
    }

    @Override
    public Integer call() {
        io.err().println("factdeck: choose 'article add FILE' or 'article list'.");
        return 2;
    }

    @Command(name = "add", description = {"Adds a draft article from a .txt, .md or .html page (at most 1 MB).",
            "Teachers then check its lines and mark its facts in the web app, and publish it."})
    static final class Add implements Callable<Integer> {

        @Mixin
        HelpOption help;

        @Parameters(paramLabel = "FILE", description = "the page: .txt, .md or .html, UTF-8")
        Path file;

        @Option(names = "--title", description = "the headline (else the page's own)")
        String title;

        @Option(names = "--publisher", description = "the newspaper or site, e.g. Reuters")
        String publisher;

        @Option(names = "--author", description = "who wrote it")
        String author;

        @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "the date it was published")
        String published;

        @Option(names = "--url", description = "the original address")
        String url;

        @Option(names = "--language", description = "a language code such as en (else detected)")
        String language;

        private final Io io;

        Add(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            LocalDate date = null;
            if (published != null) {
                try {
                    date = LocalDate.parse(published);
                } catch (DateTimeParseException e) {
                    io.err().println("factdeck: --published is written YYYY-MM-DD, not '" + published + "'.");
                    return 2;
                }
            }
            Optional<byte[]> page = TextFile.bytes(file, TeacherArticles.MAX_PAGE_BYTES,
                    file + " is larger than 1 MB; save only the article.", io.err());
            if (page.isEmpty()) {
                return 1;
            }
            byte[] bytes = page.get();
            Cli.quietLogs();
            AppConfig config = Cli.config(io);
            try (Database database = Database.open(config.database())) {
                TeacherArticles articles = Wiring.of(Cli.library(config), database, Clock.systemUTC()).articles();
                TeacherArticles.Intake in = articles.addUpload(file.getFileName().toString(), bytes, url, 0);
                if (in.article().isEmpty()) {
                    in.problems().values().forEach(m -> io.err().println("factdeck: " + m));
                    return 1;
                }
                TeacherArticle a = in.article().get();
                TeacherArticle.Details d = a.details();
                TeacherArticle.Details given = new TeacherArticle.Details(title != null ? title : d.title(),
                        publisher != null ? publisher : d.publisher(), author != null ? author : d.author(),
                        date != null ? date : d.published(), url != null ? url : d.url(),
                        language != null ? language : d.language());
                Map<String, String> left = articles.saveCleaning(a.id(), given, a.flipped());
                var reading = articles.reading(a);
                long kept = reading.lines().stream().filter(l -> TeacherArticles.keptNow(a, l)).count();
                io.out().println("Added draft article " + a.id() + " '" + a.slug() + "': " + kept + " of "
                        + reading.lines().size() + " lines kept.");
                left.forEach((field, message) -> io.out().println("  still to do (" + field + "): " + message));
                io.out().println("Check its lines and mark its facts at /teacher/articles/" + a.id() + "/clean, then "
                        + "publish it.");
                return 0;
            }
        }
    }

    @Command(name = "list", description = "Lists teachers' articles: id, state, facts, slug and title.")
    static final class ListArticles implements Callable<Integer> {

        @Mixin
        HelpOption help;

        private final Io io;

        ListArticles(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            Cli.quietLogs();
            AppConfig config = Cli.config(io);
            try (Database database = Database.open(config.database())) {
                Wiring w = Wiring.of(Cli.library(config), database, Clock.systemUTC());
                var all = w.articles().all();
                if (all.isEmpty()) {
                    io.out().println("No teachers' articles yet. Add one with 'article add FILE' or in the web app.");
                    return 0;
                }
                io.out().printf("%-5s %-10s %-6s %-9s %-50s %s%n", "id", "state", "facts", "questions", "slug",
                        "title");
                for (TeacherArticle a : all) {
                    io.out().printf("%-5d %-10s %-6d %-9d %-50s %s%n", a.id(), a.state().slug(),
                            w.articles().facts(a).size(), w.bank().questionsOf(a.slug()).size(), a.slug(),
                            a.details().title());
                }
                io.out().flush();
                return 0;
            }
        }
    }
}
