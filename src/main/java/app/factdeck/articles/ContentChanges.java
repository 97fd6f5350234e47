package app.factdeck.articles;

import app.factdeck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Which teacher's article changed, as a version per slug in the database, so that every instance sharing it can
 * tell that another one changed an article and rebuild its own copy (its library, questions and cards live in
 * memory). Nothing here is kept in the JVM.
 */
final class ContentChanges {

    private final Database database;

    ContentChanges(Database database) {
        this.database = database;
    }

    /** Bumps the article's version (one atomic upsert) and returns the new one. */
    long announce(String slug, long nowMillis) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO content_change (article_slug, version, changed_at) VALUES (?, 1, ?)
                    ON CONFLICT (article_slug) DO UPDATE SET version = content_change.version + 1,
                        changed_at = excluded.changed_at""")) {
                s.setString(1, slug);
                s.setLong(2, nowMillis);
                s.executeUpdate();
            }
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT version FROM content_change WHERE article_slug = ?")) {
                q.setString(1, slug);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Every article's version (a few hundred rows at most: one per teacher's article). */
    Map<String, Long> versions() {
        return database.read(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT article_slug, version FROM content_change");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
            return out;
        });
    }
}
