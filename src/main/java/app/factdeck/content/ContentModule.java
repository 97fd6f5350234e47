package app.factdeck.content;

import app.factdeck.db.Database;
import io.javalin.config.RoutesConfig;
import java.util.List;
import io.javalin.http.Context;
import java.nio.file.Path;

/**
 * The content feature's entry point: loads and validates the content tree, mirrors it into the database and
 * registers the reading pages.
 *
 * <pre>{@code
 * ContentModule content = ContentModule.load(Path.of("content"), database);
 * content.routes(config.routes, quizzes.shortcuts(), ctx -> false);
 * }</pre>
 */
public final class ContentModule {

    private final Library library;
    private final ArticleRepository articles;

    private ContentModule(Library library, ArticleRepository articles) {
        this.library = library;
        this.articles = articles;
    }

    /** @throws ContentException listing every {@code file:line} problem in the tree */
    public static ContentModule load(Path contentDir, Database database) {
        Library library = new ContentLoader().loadOrPackaged(contentDir);
        ArticleRepository repository = new ArticleRepository(database);
        // Of several instances starting at once on one PostgreSQL database, one syncs at a time (the sync is
        // idempotent: the next finds every row as it should be and writes nothing new).
        database.exclusively("content sync", () -> {
            repository.sync(library.articles());
            return null;
        });
        return new ContentModule(library, repository);
    }

    public Library library() {
        return library;
    }

    /**
     * Another feature's home page for some accounts (a teacher's classes and review queues): it renders and
     * returns true, or returns false to leave "/" to the article list.
     */
    @FunctionalInterface
    public interface OwnHome {
        boolean rendered(Context ctx);
    }

    /**
     * The reading pages, with the ways back into the reader's quizzes that {@code quizzes} gives, and "/" left
     * to {@code ownHome} first.
     */
    public void routes(RoutesConfig routes, QuizShortcuts quizzes, OwnHome ownHome) {
        routes(routes, quizzes, ownHome, ctx -> List.of());
    }

    /** What another feature lists for the signed-in reader above the articles: the assignments given to them. */
    @FunctionalInterface
    public interface Assigned {
        List<?> to(Context ctx);
    }

    /** As {@link #routes(RoutesConfig, QuizShortcuts, OwnHome)}, with the home's "Assigned to you" list. */
    public void routes(RoutesConfig routes, QuizShortcuts quizzes, OwnHome ownHome, Assigned assigned) {
        ContentController controller = new ContentController(articles, quizzes, library, assigned);
        routes.get("/", ctx -> {
            if (!ownHome.rendered(ctx)) {
                controller.listArticles(ctx);
            }
        });
        routes.get("/articles/{slug}", controller::showArticle);
    }
}
