package app.factdeck.articles;

import app.factdeck.accounts.Account;
import app.factdeck.accounts.Role;
import app.factdeck.accounts.WebSessions;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.questions.core.Question;
import app.factdeck.web.Forbidden;
import app.factdeck.web.NotFound;
import app.factdeck.web.PathIds;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** What the article pages share: the article a path names, its questions, the notice a redirect asked for. */
final class ArticlePages {

    /** The notices a redirect may ask for (by key, so a link cannot make the page say anything else). */
    private static final Map<String, String> NOTICES = Map.of(
            "fact", "The fact is saved and its questions are made again.",
            "fact-deleted", "The fact is deleted; students no longer get its questions.",
            "proposal", "The proposed fact is saved and its questions are made.",
            "proposals", "The proposed facts are saved and their questions are made.",
            "rejected", "The proposed fact is rejected: it is no longer offered.",
            "published", "Published: students can now read the article, take its quiz and study its flashcards.",
            "unpublished", "Unpublished: students no longer see the article. Their answers are kept.",
            "cleaned", "The page is saved. Now mark the facts students are asked about.",
            "deleted", "The article is deleted. Students' past answers stay in their results.");
    /** A typed value is shown back at most this long (longer ones were refused as too long anyway). */
    private static final int ECHO = 4_000;

    private final TeacherArticles articles;
    private final QuestionCatalog catalog;

    ArticlePages(TeacherArticles articles, QuestionCatalog catalog) {
        this.articles = articles;
        this.catalog = catalog;
    }

    /** The article of path parameter {@code id}; 404 for one that does not exist or was deleted. */
    TeacherArticle article(Context ctx) {
        String noSuch = "There is no article " + PathIds.shown(ctx, "id") + ". Open one from Teachers' articles.";
        long id = PathIds.of(ctx, "id", noSuch);
        return articles.find(id).orElseThrow(() -> new NotFound(noSuch));
    }

    /**
     * The article of path parameter {@code id}, for a page or form that changes it: 403 unless the signed-in account
     * is the teacher who added it or an admin ({@link TeacherArticles#mayChange}).
     */
    TeacherArticle changeable(Context ctx) {
        TeacherArticle a = article(ctx);
        if (!mayChange(ctx, a)) {
            throw new Forbidden("Only the teacher who added this article, or an admin, can change it. You can read "
                    + "its facts and review its questions; to change them, ask them, or add the page as your own.");
        }
        return a;
    }

    static boolean mayChange(Context ctx, TeacherArticle a) {
        Account me = WebSessions.required(ctx);
        return TeacherArticles.mayChange(a, me.id(), me.role() == Role.ADMIN);
    }

    /** The questions students get once the article is published: approved generated ones and teachers' own. */
    List<Question> visibleQuestions(String slug) {
        return catalog.entries(slug).stream().filter(e -> e.status().visible()).map(QuestionCatalog.Entry::question)
                .toList();
    }

    static String notice(Context ctx) {
        String key = ctx.queryParam("done");
        return key == null ? null : NOTICES.get(key);
    }

    static boolean isEnglish(String language) {
        String l = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
        return l.isEmpty() || l.equals("en") || l.startsWith("en-");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String cut(String s) {
        return cut(s, ECHO);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
