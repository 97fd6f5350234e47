package app.factdeck.system;

import app.factdeck.db.Database;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.config.RoutesConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;

/**
 * The capacity benchmark's yardsticks: the least a request can cost on this server, measured in the same run
 * and JVM as the real pages so the report can state ratios that hold on a noisy machine. Registered only when
 * FACTDECK_BENCHMARK_BASELINES=true; a production server has none of these routes.
 *
 * <ul>
 *   <li>{@code GET /bench/bare}: Javalin and Jetty alone, a fixed text body;</li>
 *   <li>{@code GET /bench/page}: one indexed SELECT and a minimal Thymeleaf template;</li>
 *   <li>{@code GET /bench/layout-page}: the same in the site layout (navigation, sign-out form), the least any
 *       Factdeck page costs;</li>
 *   <li>{@code POST /bench/insert}: one form field read and one INSERT in its own write transaction.</li>
 * </ul>
 */
public final class Baselines {

    private final Database database;
    private final Clock clock;

    private Baselines(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Creates the baseline's own table (outside the migrations: it exists only in benchmark data dirs). */
    public static Baselines install(Database database, Clock clock) {
        database.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE IF NOT EXISTS bench_baseline (
                            body       VARCHAR(200) NOT NULL,
                            created_at BIGINT       NOT NULL
                        )""");
                return null;
            }
        });
        return new Baselines(database, clock);
    }

    public void routes(RoutesConfig routes) {
        routes.get("/bench/bare", ctx -> ctx.result("ok"));
        routes.get("/bench/page", ctx -> page(ctx, "system/baseline"));
        routes.get("/bench/layout-page", ctx -> page(ctx, "system/baseline-layout"));
        routes.post("/bench/insert", this::insert);
    }

    private void page(Context ctx, String template) {
        String slug = ctx.queryParamAsClass("slug", String.class).getOrDefault("");
        String title = database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT title FROM article WHERE slug = ?")) {
                q.setString(1, slug);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "(none)";
                }
            }
        });
        ctx.render(template, Map.of("heading", title));
    }

    private void insert(Context ctx) {
        String body = ctx.formParam("body");
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO bench_baseline (body, created_at) VALUES (?, ?)")) {
                s.setString(1, body == null ? "" : body);
                s.setLong(2, clock.instant().toEpochMilli());
                return s.executeUpdate();
            }
        });
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
