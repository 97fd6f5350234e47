package app.factdeck.study;

import app.factdeck.accounts.Role;
import app.factdeck.content.Library;
import app.factdeck.db.Database;
import io.javalin.config.RoutesConfig;
import java.time.Clock;

/**
 * The flashcards feature: every fact's cards, studied with the FSRS-6 scheduler ({@code study.fsrs}), with each
 * student's card states, review log and settings in SQLite.
 */
public final class StudyModule {

    private final StudyService service;
    private final StudyController controller;

    public StudyModule(Database database, Library library, Flashcards flashcards, Clock clock, boolean intervalFuzz,
                       java.util.function.Supplier<java.util.Set<String>> withheld) {
        this.service = new StudyService(library, flashcards, new CardStateRepository(database),
                clock, intervalFuzz, withheld);
        this.controller = new StudyController(service);
    }

    /** For the progress dashboard. */
    public StudyService service() {
        return service;
    }

    public void routes(RoutesConfig routes) {
        routes.get("/study", controller::showDecks, Role.STUDENT);
        routes.get("/study/settings", controller::showSettings, Role.STUDENT);
        routes.post("/study/settings", controller::saveSettings, Role.STUDENT);
        routes.get("/study/{deck}", controller::showCard, Role.STUDENT);
        routes.post("/study/{deck}/review", controller::rate, Role.STUDENT);
        routes.post("/study/{deck}/undo", controller::undo, Role.STUDENT);
    }
}
