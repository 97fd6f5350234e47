package app.factdeck.transfer;

import app.factdeck.accounts.Role;
import io.javalin.config.RoutesConfig;

/** The transfer feature's entry point: question banks in and out, in the formats of {@link Formats}. */
public final class TransferModule {

    private final TransferController controller;

    public TransferModule(TransferService transfer) {
        this.controller = new TransferController(transfer);
    }

    public void routes(RoutesConfig routes) {
        routes.get("/teacher/transfer", controller::show, Role.TEACHER);
        routes.post("/teacher/import", controller::upload, Role.TEACHER);
        routes.post("/teacher/import/confirm", controller::confirm, Role.TEACHER);
        routes.get("/teacher/export", controller::download, Role.TEACHER);
    }
}
