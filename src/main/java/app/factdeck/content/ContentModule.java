package app.factdeck.content;

import app.factdeck.db.Database;
import io.javalin.config.RoutesConfig;
import java.nio.file.Path;
import java.util.List;

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

    private final List<Article> articles;
    private final ContentController controller;

    private ContentModule(List<Article> articles, ContentController controller) {
        this.articles = articles;
        this.controller = controller;
    }

    /** @throws ContentException listing every {@code file:line} problem in the tree */
    public static ContentModule load(Path contentDir, Database database) {
        List<Article> articles = new ContentLoader().loadOrPackaged(contentDir);
        ArticleRepository repository = new ArticleRepository(database);
        repository.sync(articles);
        return new ContentModule(articles, new ContentController(repository));
    }

    public List<Article> articles() {
        return articles;
    }

    public void routes(RoutesConfig routes) {
        routes.get("/", controller::listArticles);
        routes.get("/articles/{slug}", controller::showArticle);
    }
}
