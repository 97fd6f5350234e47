package app.factdeck;

import app.factdeck.articles.TeacherArticles;
import app.factdeck.db.Database;
import app.factdeck.db.DatabaseLocation;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where several instances share a PostgreSQL database, each one looks every second for teachers' articles another
 * instance changed ({@link TeacherArticles#catchUp}) and rebuilds its copy. On SQLite one process owns the file, so
 * nothing runs.
 */
final class CatchUp {

    static final long PERIOD_MS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);

    private final ScheduledExecutorService timer;

    private CatchUp(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static CatchUp start(Database database, TeacherArticles articles) {
        if (database.engine() != DatabaseLocation.Engine.POSTGRESQL) {
            return new CatchUp(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factdeck-catch-up");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                var changed = articles.catchUp();
                if (!changed.isEmpty()) {
                    LOG.info("Rebuilt {} after a change on another instance", changed);
                }
            } catch (app.factdeck.db.DatabaseException e) {
                // The database may be restarting: say so, and look again next time.
                LOG.warn("Looking for articles changed on other instances failed: {}", e.getMessage());
            } catch (RuntimeException | Error e) {
                // Anything else is a fault; an exception escaping here would silently end the looking.
                LOG.error("Rebuilding an article changed on another instance failed", e);
            }
        }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        return new CatchUp(timer);
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
