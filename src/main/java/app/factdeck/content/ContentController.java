package app.factdeck.content;

import app.factdeck.web.NotFound;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The home page (article list) and the article reader. */
final class ContentController {

    private static final Pattern ANCHOR = Pattern.compile("s-[1-9][0-9]{0,5}");
    /** Slugs are short lowercase words and dashes; anything else is not a deck and is ignored unread. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");
    /** The flashcards' deck of every due card (study's {@code StudyService.EVERYTHING_DUE}, which this package cannot see). */
    private static final String EVERYTHING_DUE = "due";

    /** How many unfinished quizzes the home page offers to continue (the progress page lists them all). */
    static final int UNFINISHED_ON_HOME = 3;

    private final ArticleRepository articles;
    private final QuizShortcuts quizzes;
    private final Library library;
    private final ContentModule.Assigned assigned;

    ContentController(ArticleRepository articles, QuizShortcuts quizzes, Library library, ContentModule.Assigned assigned) {
        this.articles = articles;
        this.quizzes = quizzes;
        this.library = library;
        this.assigned = assigned;
    }

    /**
     * A teacher's draft, for teachers and admins only: they review its questions against its sentences before
     * students see it. Students get the same "no such article" as for any unknown slug.
     */
    private Optional<Article> draftFor(Context ctx, String slug) {
        boolean teaches = app.factdeck.web.Viewer.of(ctx).signedIn()
                .filter(s -> s.role().equals("teacher") || s.role().equals("admin")).isPresent();
        return teaches ? library.article(slug).filter(a -> library.articles().contains(a)) : Optional.empty();
    }

    void listArticles(Context ctx) {
        ctx.render("content/article-list", Map.of("title", "Factdeck", "articles", articles.findAll(),
                "unfinishedQuizzes", quizzes.unfinished(ctx, UNFINISHED_ON_HOME), "assigned", assigned.to(ctx)));
    }

    /**
     * {@code ?hl=s-12} highlights one sentence; a malformed or unknown anchor simply highlights nothing. Opened
     * from a quiz ({@code &quiz=ID&question=K}, the reader's own attempt) it also leads back to the question; opened
     * from a flashcard ({@code &deck=SLUG}, a known article's deck or the due deck) back to the flashcards.
     */
    void showArticle(Context ctx) {
        String slug = ctx.pathParam("slug");
        Optional<Article> listed = articles.find(slug);
        Article article = listed.or(() -> draftFor(ctx, slug)).orElseThrow(() -> new NotFound(
                "There is no article called '" + slug + "'. It may have been removed; the home page lists every article."));
        String hl = ctx.queryParam("hl");
        String highlight = hl != null && ANCHOR.matcher(hl).matches() && article.sentence(hl).isPresent() ? hl : "";
        Map<String, Object> model = new HashMap<>();
        model.put("title", article.title());
        model.put("article", article);
        model.put("highlight", highlight);
        model.put("draft", listed.isEmpty());
        model.put("backToQuiz", quizzes.backToQuiz(ctx, ctx.queryParam("quiz"), ctx.queryParam("question")).orElse(null));
        model.put("unfinishedQuiz", quizzes.unfinishedOn(ctx, slug).orElse(null));
        model.put("backToDeck", backToDeck(ctx.queryParam("deck")).orElse(null));
        ctx.render("content/article", model);
    }

    /** The link is built from a deck id we know, never from the request's text. */
    private Optional<QuizShortcuts.Link> backToDeck(String deck) {
        if (deck == null || !SLUG.matcher(deck).matches()
                || !(deck.equals(EVERYTHING_DUE) || articles.find(deck).isPresent())) {
            return Optional.empty();
        }
        return Optional.of(new QuizShortcuts.Link("Back to your flashcards", "/study/" + deck));
    }
}
