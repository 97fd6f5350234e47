package app.factdeck.content;

import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import java.util.Map;
import java.util.regex.Pattern;

/** The home page (article list) and the article reader. */
final class ContentController {

    private static final Pattern ANCHOR = Pattern.compile("s-[1-9][0-9]{0,5}");

    private final ArticleRepository articles;

    ContentController(ArticleRepository articles) {
        this.articles = articles;
    }

    void listArticles(Context ctx) {
        ctx.render("content/article-list", Map.of("title", "Factdeck", "articles", articles.findAll()));
    }

    /** {@code ?hl=s-12} highlights one sentence; a malformed or unknown anchor simply highlights nothing. */
    void showArticle(Context ctx) {
        String slug = ctx.pathParam("slug");
        Article article = articles.find(slug).orElseThrow(() -> new NotFound(
                "There is no article called '" + slug + "'. It may have been removed; the home page lists every article."));
        String hl = ctx.queryParam("hl");
        String highlight = hl != null && ANCHOR.matcher(hl).matches() && article.sentence(hl).isPresent() ? hl : "";
        ctx.render("content/article", Map.of("title", article.title(), "article", article, "highlight", highlight));
    }
}
