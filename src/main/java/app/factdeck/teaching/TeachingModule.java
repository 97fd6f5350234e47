package app.factdeck.teaching;

import app.factdeck.articles.ArticlesModule;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The teaching feature's entry point: the teacher's home. It registers no route of its own; the content
 * feature's "/" asks it first ({@link #showHomeIfTeacher}).
 *
 * <pre>{@code
 * TeachingModule teaching = new TeachingModule(database, authoring.catalog(), content.library(), clock,
 *         articles::rows);
 * content.routes(config.routes, quizzes.shortcuts(), teaching::showHomeIfTeacher);
 * }</pre>
 */
public final class TeachingModule {

    private final TeacherHomeController home;

    /** @param teacherArticles the teachers' own articles with their counts, for the home page's list */
    public TeachingModule(Database database, QuestionCatalog catalog, Library library, Clock clock,
                          Supplier<List<ArticlesModule.Row>> teacherArticles) {
        this.home = new TeacherHomeController(new ClassActivityRepository(database), catalog, library, clock,
                teacherArticles);
    }

    /** Renders the teacher's home and returns true when a teacher or admin is signed in; else does nothing. */
    public boolean showHomeIfTeacher(Context ctx) {
        return home.showIfTeacher(ctx);
    }
}
