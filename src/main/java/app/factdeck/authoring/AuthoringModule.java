package app.factdeck.authoring;

import app.factdeck.accounts.Role;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import app.factdeck.questions.QuestionBank;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * The authoring feature's entry point: teachers review the generated questions (approve, hide, replace), write
 * their own of every type, and every change is kept with who made it and when. {@link QuestionCatalog} is what
 * the rest of the app asks for the questions students get.
 */
public final class AuthoringModule {

    private final QuestionCatalog catalog;
    private final AuthoringService service;
    private final AuthoringController controller;

    public AuthoringModule(Database database, Library library, QuestionBank bank, Clock clock) {
        TeacherQuestionRepository repository = new TeacherQuestionRepository(database);
        this.catalog = new QuestionCatalog(library, bank, repository);
        this.service = new AuthoringService(library, catalog, repository, clock);
        this.controller = new AuthoringController(service, library);
    }

    public QuestionCatalog catalog() {
        return catalog;
    }

    public AuthoringService service() {
        return service;
    }

    public void routes(RoutesConfig routes) {
        routes.get("/articles/{slug}/questions", controller::review, Role.TEACHER);
        routes.post("/articles/{slug}/questions/status", controller::setStatus, Role.TEACHER);
        routes.get("/articles/{slug}/questions/new", controller::newQuestion, Role.TEACHER);
        routes.post("/articles/{slug}/questions/new", controller::create, Role.TEACHER);
        routes.get("/articles/{slug}/questions/show", controller::show, Role.TEACHER);
        routes.get("/articles/{slug}/questions/a/{number}/edit", controller::editForm, Role.TEACHER);
        routes.post("/articles/{slug}/questions/a/{number}/edit", controller::update, Role.TEACHER);
        routes.get("/articles/{slug}/questions/a/{number}/delete", controller::confirmDelete, Role.TEACHER);
        routes.post("/articles/{slug}/questions/a/{number}/delete", controller::delete, Role.TEACHER);
    }
}
