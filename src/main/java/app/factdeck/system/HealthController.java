package app.factdeck.system;

import app.factdeck.db.Database;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /health}: JSON for load balancers and uptime checks; 503 with the reason when the database does not
 * answer or its last write failed for a storage reason (disk full, I/O error, read-only, damaged) and no write has
 * succeeded since. {@code GET /health?deep} also runs {@code PRAGMA quick_check}, which reads the whole file, so
 * its result is reused for {@link #DEEP_CHECK_REUSE} and anyone may ask without making the server read its disk
 * in a loop.
 */
public final class HealthController {

    static final Duration DEEP_CHECK_REUSE = Duration.ofMinutes(1);

    private final Database database;
    private final String version;
    private final Clock clock;
    private Instant deepCheckedAt; // guarded by this
    private List<String> deepProblems = List.of();

    public HealthController(Database database, String version, Clock clock) {
        this.database = database;
        this.version = version;
        this.clock = clock;
    }

    public void showHealth(Context ctx) {
        Optional<String> problem = database.isHealthy()
                ? database.lastWriteFailure().map(f -> "writes are failing (" + f.kind().label() + "): " + f.message())
                : Optional.of("unavailable: the database does not answer");
        boolean sqlite = database.engine() == app.factdeck.db.DatabaseLocation.Engine.SQLITE;
        // PostgreSQL checks its own pages (data checksums; amcheck for an admin): quick_check is SQLite's.
        Optional<List<String>> deep = ctx.queryParamMap().containsKey("deep") && sqlite
                ? Optional.of(quickCheck()) : Optional.empty();
        if (problem.isEmpty() && deep.isPresent() && !deep.get().isEmpty()) {
            problem = Optional.of("damaged: PRAGMA quick_check found " + deep.get().get(0)
                    + ". Restore the database from a backup.");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", problem.isEmpty() ? "ok" : "unavailable");
        body.put("database", problem.orElse("ok"));
        // Which engine answered: behind a load balancer, every instance should say the same.
        body.put("engine", database.engine().label());
        deep.ifPresent(found -> body.put("quick_check", found.isEmpty() ? "ok" : String.join("; ", found)));
        body.put("version", version);
        ctx.status(problem.isEmpty() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
    }

    private synchronized List<String> quickCheck() {
        Instant now = clock.instant();
        if (deepCheckedAt == null || !now.isBefore(deepCheckedAt.plus(DEEP_CHECK_REUSE))) {
            try {
                deepProblems = database.quickCheckProblems();
            } catch (RuntimeException e) {
                deepProblems = List.of("the check could not run: " + e.getMessage());
            }
            deepCheckedAt = now;
        }
        return deepProblems;
    }
}
