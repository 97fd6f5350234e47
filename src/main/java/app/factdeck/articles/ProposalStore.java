package app.factdeck.articles;

import app.factdeck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The teacher's decision on each proposed fact of an article (table teacher_proposal_decision, migration V13). */
final class ProposalStore {

    enum Decision {
        ACCEPTED, EDITED, REJECTED;

        String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One decision as stored. */
    record Decided(String key, Decision decision, Optional<String> factId, long decidedAt) {
    }

    private final Database database;

    ProposalStore(Database database) {
        this.database = database;
    }

    /** Records a decision, replacing an earlier one on the same proposal (a rejected one brought back). */
    void decide(long articleId, String key, Decision decision, String factId, long accountId, long now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO teacher_proposal_decision (article_id, proposal_key, decision, fact_id, decided_by,
                                                           decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (article_id, proposal_key)
                    DO UPDATE SET decision = excluded.decision, fact_id = excluded.fact_id,
                                  decided_by = excluded.decided_by, decided_at = excluded.decided_at""")) {
                s.setLong(1, articleId);
                s.setString(2, key);
                s.setString(3, decision.slug());
                s.setString(4, factId);
                if (accountId <= 0) {
                    s.setNull(5, Types.INTEGER);
                } else {
                    s.setLong(5, accountId);
                }
                s.setLong(6, now);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The article's decisions by proposal key. */
    Map<String, Decided> decisions(long articleId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT proposal_key, decision, fact_id, decided_at
                      FROM teacher_proposal_decision
                     WHERE article_id = ?
                     ORDER BY decided_at, proposal_key""")) {
                q.setLong(1, articleId);
                Map<String, Decided> out = new LinkedHashMap<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Decided(rs.getString(1),
                                Decision.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                                Optional.ofNullable(rs.getString(3)), rs.getLong(4)));
                    }
                }
                return Map.copyOf(out);
            }
        });
    }
}
