package app.factdeck.assignments;

import app.factdeck.accounts.ClassRepository;
import app.factdeck.accounts.Role;
import app.factdeck.authoring.QuestionCatalog;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.quizzes.AttemptPolicy;
import app.factdeck.quizzes.AttemptRepository;
import app.factdeck.quizzes.QuizService;
import app.factdeck.accounts.WebSessions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;

/**
 * The assignments feature's entry point: teachers give their classes article quizzes with open, due and
 * late-until times and Moodle's attempt and review settings, and read the results in a gradebook; students see
 * "Assigned to you" on their home. An assignment's attempt is an ordinary quiz attempt, linked to it; the quiz
 * pages ask {@link #attemptPolicy()} whether it is closed and whether its answers may be shown.
 */
public final class AssignmentsModule {

    private final AssignmentsController controller;
    private final AssignmentService service;
    private final AssignmentGate gate;
    private final AnalysisController analysisController;

    public AssignmentsModule(Database database, Library library, QuestionCatalog catalog, Clock clock) {
        AssignmentStore store = new AssignmentStore(database);
        ClassRepository classes = new ClassRepository(database);
        AttemptRepository attempts = new AttemptRepository(database);
        this.service = new AssignmentService(store, classes, new QuizService(catalog, attempts, clock), library, clock);
        this.controller = new AssignmentsController(store, service, classes, library, catalog, attempts, clock);
        this.analysisController = new AnalysisController(store, new AnalysisStore(database), classes, catalog, clock);
        AnalysisStore analysis = new AnalysisStore(database);
        this.gate = new AssignmentGate(store, analysis, clock);
    }

    /** What the quiz pages ask about an attempt made for an assignment. */
    public AttemptPolicy attemptPolicy() {
        return gate;
    }

    /** The signed-in student's "Assigned to you" (empty for a visitor, and for an account in no class). */
    public List<?> assignedTo(Context ctx) {
        return WebSessions.current(ctx).map(service::assignedTo).orElse(List.of());
    }

    public void routes(RoutesConfig routes) {
        String cls = "/teacher/classes/{id}";
        routes.get(cls + "/assignments", controller::list, Role.TEACHER);
        routes.get(cls + "/assignments/new", controller::showNew, Role.TEACHER);
        routes.post(cls + "/assignments", controller::create, Role.TEACHER);
        routes.get(cls + "/assignments/{assignmentId}/edit", controller::showEdit, Role.TEACHER);
        routes.post(cls + "/assignments/{assignmentId}/edit", controller::edit, Role.TEACHER);
        routes.get(cls + "/assignments/{assignmentId}/delete", controller::confirmDelete, Role.TEACHER);
        routes.post(cls + "/assignments/{assignmentId}/delete", controller::delete, Role.TEACHER);
        routes.get(cls + "/gradebook", controller::showGradebook, Role.TEACHER);
        routes.get(cls + "/gradebook/csv", controller::downloadGradebook, Role.TEACHER);
        routes.get(cls + "/attempts/{attemptId}", controller::showAttempt, Role.TEACHER);
        routes.get(cls + "/assignments/{assignmentId}/analysis", analysisController::show, Role.TEACHER);
        routes.post(cls + "/assignments/{assignmentId}/regrade", analysisController::regrade, Role.TEACHER);
        routes.post("/assignments/{id}/start", controller::start, Role.STUDENT);
    }
}
