package app.factdeck.articles;

import app.factdeck.accounts.Role;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.questions.QuestionBank;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Map;

/**
 * The teachers' articles pages: paste or upload a page, clean it, mark its facts, publish. Teachers and admins
 * only; the review queue of the article's questions is the authoring feature's.
 *
 * <pre>{@code
 * ArticlesModule articles = new ArticlesModule(core.articles(), core.proposals(), core.authoring().catalog(),
 *         core.bank());
 * ServerSetup.apply(javalin, host, port, https, uploads, ArticlesModule.LARGER_FORMS);
 * articles.routes(javalin.routes);
 * }</pre>
 */
public final class ArticlesModule {

    /** Where a page is pasted or uploaded. */
    static final String NEW_PATH = "/teacher/articles/new";
    /**
     * What the new-article form may send: well over {@link TeacherArticles#MAX_PAGE_BYTES}, so that a paste of a
     * few megabytes reaches the form, which says it is too long and keeps it, instead of the bare 413 page.
     */
    static final int NEW_FORM_LIMIT = 6 * 1024 * 1024;
    /** The paths whose forms may be larger than the site's usual caps, for the server setup. */
    public static final Map<String, Integer> LARGER_FORMS = Map.of(NEW_PATH, NEW_FORM_LIMIT);

    /** A teacher's article as lists show it: its state, facts and the questions students would get. */
    public record Row(TeacherArticle article, int facts, int questions) {
    }

    private final ArticlesController controller;
    private final FactsController facts;
    private final ProposalsController proposed;

    public ArticlesModule(TeacherArticles articles, ArticleProposals proposals, QuestionCatalog catalog,
                          QuestionBank bank) {
        ArticlePages pages = new ArticlePages(articles, catalog);
        this.controller = new ArticlesController(articles, pages);
        this.facts = new FactsController(articles, proposals, bank, pages);
        this.proposed = new ProposalsController(proposals, facts, pages);
    }

    /** Every teacher's article (newest first), for the teacher's home. */
    public List<Row> rows() {
        return controller.rows();
    }

    public void routes(RoutesConfig routes) {
        routes.get("/teacher/articles", controller::listArticles, Role.TEACHER);
        routes.get(NEW_PATH, controller::serveNewArticle, Role.TEACHER);
        routes.post(NEW_PATH, controller::addArticle, Role.TEACHER);
        routes.get("/teacher/articles/{id}/clean", controller::serveCleaning, Role.TEACHER);
        routes.post("/teacher/articles/{id}/clean", controller::saveCleaning, Role.TEACHER);
        routes.get("/teacher/articles/{id}/facts", facts::listFacts, Role.TEACHER);
        routes.get("/teacher/articles/{id}/facts/new", facts::serveNewFact, Role.TEACHER);
        routes.post("/teacher/articles/{id}/facts/new", facts::addFact, Role.TEACHER);
        routes.get("/teacher/articles/{id}/facts/{fact}/edit", facts::serveFactEdit, Role.TEACHER);
        routes.post("/teacher/articles/{id}/facts/{fact}/edit", facts::editFact, Role.TEACHER);
        routes.get("/teacher/articles/{id}/facts/{fact}/delete", facts::confirmFactDeletion, Role.TEACHER);
        routes.post("/teacher/articles/{id}/facts/{fact}/delete", facts::deleteFact, Role.TEACHER);
        routes.post("/teacher/articles/{id}/proposals/accept", proposed::accept, Role.TEACHER);
        routes.post("/teacher/articles/{id}/proposals/reject", proposed::reject, Role.TEACHER);
        routes.get("/teacher/articles/{id}/proposals/edit", proposed::serveEdit, Role.TEACHER);
        routes.post("/teacher/articles/{id}/proposals/edit", proposed::saveEdit, Role.TEACHER);
        routes.post("/teacher/articles/{id}/publish", facts::publish, Role.TEACHER);
        routes.post("/teacher/articles/{id}/unpublish", facts::unpublish, Role.TEACHER);
        routes.get("/teacher/articles/{id}/delete", controller::confirmDeletion, Role.TEACHER);
        routes.post("/teacher/articles/{id}/delete", controller::delete, Role.TEACHER);
    }
}
