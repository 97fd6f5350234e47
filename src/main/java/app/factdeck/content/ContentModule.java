package app.factdeck.content;

import app.factdeck.db.Database;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.file.Path;

/**
 * The content feature's entry point: loads and validates the content tree, mirrors it into the database and
 * registers the reading pages.
 *
 * <pre>{@code
 * ContentModule content = ContentModule.load(Path.of("content"), database);
 * content.routes(config.routes, ctx -> false);
 * }</pre>
 */
public final class ContentModule {

    private final Library library;
    private final ContentController controller;

    private ContentModule(Library library, ContentController controller) {
        this.library = library;
        this.controller = controller;
    }

    /** @throws ContentException listing every {@code file:line} problem in the tree */
    public static ContentModule load(Path contentDir, Database database) {
        Library library = new ContentLoader().loadOrPackaged(contentDir);
        ArticleRepository repository = new ArticleRepository(database);
        repository.sync(library.articles());
        return new ContentModule(library, new ContentController(repository));
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

    public void routes(RoutesConfig routes, OwnHome ownHome) {
        routes.get("/", ctx -> {
            if (!ownHome.rendered(ctx)) {
                controller.listArticles(ctx);
            }
        });
        routes.get("/articles/{slug}", controller::showArticle);
    }
}
