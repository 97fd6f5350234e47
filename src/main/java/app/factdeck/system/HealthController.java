package app.factdeck.system;

import app.factdeck.db.Database;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: JSON for load balancers and uptime checks; 503 when the database does not answer. */
public final class HealthController {

    private final Database database;
    private final String version;

    public HealthController(Database database, String version) {
        this.database = database;
        this.version = version;
    }

    public void showHealth(Context ctx) {
        boolean databaseOk = database.isHealthy();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseOk ? "ok" : "unavailable");
        body.put("database", databaseOk ? "ok" : "unavailable");
        body.put("version", version);
        ctx.status(databaseOk ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }
}
