package app.factdeck.accounts;

import app.factdeck.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.factdeck.db.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("database")
class SessionStoreTest {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSessionLastsWhileUsedAndEndsAfterTheIdleLimit() {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            long account = new AccountRepository(db).create("ana", "Ana", "x", Role.STUDENT, false, T).orElseThrow().id();
            SessionStore store = new SessionStore(db);
            String id = store.create(Optional.of(account), T);
            assertEquals(Optional.of(account), store.find(id, T.plus(SessionStore.IDLE_LIMIT.minusHours(1)))
                    .flatMap(SessionStore.Session::accountId));
            // Used just now, so the clock restarts from this request.
            Instant later = T.plus(SessionStore.IDLE_LIMIT.minusHours(1)).plus(SessionStore.IDLE_LIMIT.minusHours(1));
            assertTrue(store.find(id, later).isPresent());
            assertTrue(store.find(id, later.plus(SessionStore.IDLE_LIMIT).plusSeconds(1)).isEmpty(), "expired");
            assertTrue(store.find(id, later).isEmpty(), "and deleted");
        }
    }

    @Test
    void creatingASessionSweepsAwayExpiredOnes() {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            SessionStore store = new SessionStore(db);
            store.create(Optional.empty(), T);
            store.create(Optional.empty(), T);
            store.create(Optional.empty(), T.plus(SessionStore.ANONYMOUS_IDLE_LIMIT).plusSeconds(61));
            int left = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM web_session")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(1, left);
        }
    }

    @Test
    void anAnonymousSessionEndsSoonerAndTheDatabaseHoldsNoCookieValue() {
        try (Database db = TestDatabases.open(dir.resolve("f.db"))) {
            SessionStore store = new SessionStore(db);
            String id = store.create(Optional.empty(), T);
            assertTrue(store.find(id, T.plus(SessionStore.ANONYMOUS_IDLE_LIMIT).plusSeconds(1)).isEmpty());
            String other = store.create(Optional.empty(), T);
            String stored = db.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT id_hash FROM web_session")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals(SessionStore.hash(other), stored);
            assertTrue(!stored.equals(other));
            assertTrue(store.find("not-a-valid-cookie", T).isEmpty());
        }
    }
}
