package app.factdeck.content;

import app.factdeck.db.Database;
import io.javalin.config.RoutesConfig;
import java.nio.file.Path;

/**
 * The content feature's entry point: loads and validates the content tree, mirrors it into the database and
 * registers the reading pages.
 *
 * <pre>{@code
 * ContentModule content = ContentModule.load(Path.of("content"), database);
 * content.routes(config.routes);
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

    public void routes(RoutesConfig routes) {
        routes.get("/", controller::listArticles);
        routes.get("/articles/{slug}", controller::showArticle);
    }
}
