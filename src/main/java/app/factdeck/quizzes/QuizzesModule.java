package app.factdeck.quizzes;

import app.factdeck.accounts.ClassRepository;
import app.factdeck.accounts.Role;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Library;
import app.factdeck.content.QuizShortcuts;
import app.factdeck.db.Database;
import app.factdeck.study.StudyService;
import app.factdeck.web.Fragments;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * The quizzes feature's entry point: students take quizzes of generated and teachers' questions, one per page, graded with
 * partial credit and stored so an attempt survives a closed browser or a restart.
 */
public final class QuizzesModule {

    private final QuizController controller;
    private final ProgressController progress;
    private final ResumeLinks shortcuts;

    public QuizzesModule(Database database, Library library, QuestionCatalog catalog,
                         StudyService study, Clock clock) {
        this(database, library, catalog, study, clock, AttemptPolicy.NONE);
    }

    /** With what the assignments feature decides about the attempts it started. */
    public QuizzesModule(Database database, Library library, QuestionCatalog catalog,
                         StudyService study, Clock clock, AttemptPolicy policy) {
        this(database, library, catalog, study, clock, policy, Fragments.NONE);
    }

    /** With the renderer that renders a question's answer fields once for every student who sees them. */
    public QuizzesModule(Database database, Library library, QuestionCatalog catalog,
                         StudyService study, Clock clock, AttemptPolicy policy, Fragments fragments) {
        AttemptRepository attempts = new AttemptRepository(database);
        this.controller = new QuizController(new QuizService(catalog, attempts, clock, policy), library, policy,
                new AnswerFields(fragments));
        this.shortcuts = new ResumeLinks(attempts, library);
        this.progress = new ProgressController(new ProgressService(library, catalog, attempts, clock),
                new ClassRepository(database), study, shortcuts);
    }

    /** The ways back into a student's quizzes, for the home and article pages. */
    public QuizShortcuts shortcuts() {
        return shortcuts;
    }

    public void routes(RoutesConfig routes) {
        routes.post("/articles/{slug}/quiz", controller::startArticleQuiz, Role.STUDENT);
        routes.post("/quiz", controller::startMixedQuiz, Role.STUDENT);
        routes.get("/quiz/{id}", controller::resume, Role.STUDENT);
        routes.get("/quiz/{id}/summary", controller::showSummary, Role.STUDENT);
        routes.post("/quiz/{id}/practice", controller::practiseMissed, Role.STUDENT);
        routes.get("/quiz/{id}/{position}", controller::showQuestion, Role.STUDENT);
        routes.post("/quiz/{id}/{position}", controller::answer, Role.STUDENT);
        routes.get("/progress", progress::showOwn, Role.STUDENT);
        routes.get("/teacher/classes/{id}/students/{accountId}/progress", progress::showStudent, Role.TEACHER);
    }
}
