package app.factdeck.study;

import app.factdeck.db.Database;
import app.factdeck.study.fsrs.Card;
import app.factdeck.study.fsrs.CardState;
import app.factdeck.study.fsrs.MemoryState;
import app.factdeck.study.fsrs.Rating;
import app.factdeck.study.fsrs.Scheduler;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Each student's card states, review log and study settings. */
public final class CardStateRepository {

    /** The columns {@link #stored} reads, in its order. */
    private static final String CARD_COLUMNS = """
            card_id, article_slug, state, stability, difficulty, due_at, last_review_at, scheduled_days,
            learning_step, reps, lapses, first_review_at""";

    private final Database database;

    public CardStateRepository(Database database) {
        this.database = database;
    }

    /** A card a student has studied, with when it was first studied (for the daily new-card limit). */
    public record StoredCard(String cardId, String articleSlug, Card card, Instant firstReview) {
    }

    /** One review as the log holds it. */
    public record Review(long id, String cardId, Rating rating, Instant reviewedAt, CardState stateBefore) {
    }

    /** What a review did: stored, or refused because the card was already rated past the expected count. */
    public enum Outcome { STORED, ALREADY_RATED }

    public Map<String, StoredCard> cards(long accountId) {
        return database.read(c -> {
            Map<String, StoredCard> out = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT " + CARD_COLUMNS + " FROM card_state WHERE account_id = ?")) {
                q.setLong(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        StoredCard s = stored(rs);
                        out.put(s.cardId(), s);
                    }
                }
            }
            return out;
        });
    }

    private static StoredCard stored(ResultSet rs) throws SQLException {
        Card card = new Card(state(rs.getString(3)), new MemoryState(rs.getDouble(5), rs.getDouble(4)),
                Instant.ofEpochMilli(rs.getLong(6)), Optional.of(Instant.ofEpochMilli(rs.getLong(7))), rs.getInt(8),
                rs.getInt(9), rs.getInt(10), rs.getInt(11));
        return new StoredCard(rs.getString(1), rs.getString(2), card, Instant.ofEpochMilli(rs.getLong(12)));
    }

    /**
     * Stores a review and the card's new state in one transaction, unless the card has already been rated more
     * than {@code expectedReps} times (a re-posted form, a second tab): then nothing changes.
     */
    public Outcome record(long accountId, Flashcard flashcard, int expectedReps, Scheduler.Scheduling scheduling,
                          Rating rating, double desiredRetention) {
        Card before = scheduling.before();
        Card after = scheduling.outcome(rating);
        Instant now = scheduling.now();
        return database.write(c -> {
            Optional<StoredCard> current = find(c, accountId, flashcard.id());
            int reps = current.map(s -> s.card().reps()).orElse(0);
            if (reps != expectedReps || reps != before.reps()) {
                return Outcome.ALREADY_RATED;
            }
            Instant firstReview = current.map(StoredCard::firstReview).orElse(now);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO review_log (account_id, card_id, rating, reviewed_at, elapsed_days, retrievability,
                        desired_retention, state_before, stability_before, difficulty_before, due_before,
                        last_review_before, scheduled_days_before, learning_step_before, lapses_before,
                        first_review_before, state_after, stability_after, difficulty_after, due_after,
                        scheduled_days_after, learning_step_after)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                s.setLong(1, accountId);
                s.setString(2, flashcard.id());
                s.setInt(3, rating.grade());
                s.setLong(4, now.toEpochMilli());
                s.setInt(5, scheduling.elapsedDays());
                if (scheduling.retrievability().isPresent()) {
                    s.setDouble(6, scheduling.retrievability().getAsDouble());
                } else {
                    s.setNull(6, Types.DOUBLE);
                }
                s.setDouble(7, desiredRetention);
                s.setString(8, name(before.state()));
                s.setDouble(9, before.stability());
                s.setDouble(10, before.difficulty());
                s.setLong(11, before.due().toEpochMilli());
                if (before.lastReview().isPresent()) {
                    s.setLong(12, before.lastReview().get().toEpochMilli());
                } else {
                    s.setNull(12, Types.BIGINT);
                }
                s.setInt(13, before.scheduledDays());
                s.setInt(14, before.learningStep());
                s.setInt(15, before.lapses());
                if (current.isPresent()) {
                    s.setLong(16, current.get().firstReview().toEpochMilli());
                } else {
                    s.setNull(16, Types.BIGINT);
                }
                s.setString(17, name(after.state()));
                s.setDouble(18, after.stability());
                s.setDouble(19, after.difficulty());
                s.setLong(20, after.due().toEpochMilli());
                s.setInt(21, after.scheduledDays());
                s.setInt(22, after.learningStep());
                s.executeUpdate();
            }
            put(c, accountId, flashcard.id(), flashcard.articleSlug(), after, firstReview);
            return Outcome.STORED;
        });
    }

    private static void put(Connection c, long accountId, String cardId, String articleSlug, Card card,
                            Instant firstReview) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO card_state (account_id, card_id, article_slug, state, stability, difficulty, due_at,
                    last_review_at, scheduled_days, learning_step, reps, lapses, first_review_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, card_id) DO UPDATE SET
                    state = excluded.state, stability = excluded.stability, difficulty = excluded.difficulty,
                    due_at = excluded.due_at, last_review_at = excluded.last_review_at,
                    scheduled_days = excluded.scheduled_days, learning_step = excluded.learning_step,
                    reps = excluded.reps, lapses = excluded.lapses, first_review_at = excluded.first_review_at""")) {
            s.setLong(1, accountId);
            s.setString(2, cardId);
            s.setString(3, articleSlug);
            s.setString(4, name(card.state()));
            s.setDouble(5, card.stability());
            s.setDouble(6, card.difficulty());
            s.setLong(7, card.due().toEpochMilli());
            s.setLong(8, card.lastReview().orElseThrow().toEpochMilli());
            s.setInt(9, card.scheduledDays());
            s.setInt(10, card.learningStep());
            s.setInt(11, card.reps());
            s.setInt(12, card.lapses());
            s.setLong(13, firstReview.toEpochMilli());
            s.executeUpdate();
        }
    }

    private static Optional<StoredCard> find(Connection c, long accountId, String cardId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT " + CARD_COLUMNS + " FROM card_state WHERE account_id = ? AND card_id = ?")) {
            q.setLong(1, accountId);
            q.setString(2, cardId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        }
    }

    /** The student's latest review, which "Undo" takes back. */
    public Optional<Review> lastReview(long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT id, card_id, rating, reviewed_at, state_before FROM review_log
                     WHERE account_id = ? ORDER BY reviewed_at DESC, id DESC LIMIT 1""")) {
                q.setLong(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(new Review(rs.getLong(1), rs.getString(2), Rating.ofGrade(rs.getInt(3)),
                            Instant.ofEpochMilli(rs.getLong(4)), state(rs.getString(5)))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Takes back review {@code reviewId} if it is still the student's latest: the card returns to the state the
     * log kept from before it, and the review leaves the log (it did not happen, so it must not train weights).
     *
     * @return the card id, or empty when that review is not the latest any more (undone already, or followed by another)
     */
    public Optional<String> undo(long accountId, long reviewId) {
        return database.write(c -> {
            String cardId;
            CardState stateBefore;
            Card before;
            Long firstReviewBefore;
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT id, card_id, state_before, stability_before, difficulty_before, due_before,
                           last_review_before, scheduled_days_before, learning_step_before, lapses_before,
                           first_review_before
                      FROM review_log WHERE account_id = ? ORDER BY reviewed_at DESC, id DESC LIMIT 1""")) {
                q.setLong(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next() || rs.getLong(1) != reviewId) {
                        return Optional.<String>empty();
                    }
                    cardId = rs.getString(2);
                    stateBefore = state(rs.getString(3));
                    long lastReview = rs.getLong(7);
                    Optional<Instant> last = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastReview));
                    before = new Card(stateBefore, new MemoryState(rs.getDouble(5), rs.getDouble(4)),
                            Instant.ofEpochMilli(rs.getLong(6)), last, rs.getInt(8), rs.getInt(9), 0, rs.getInt(10));
                    long first = rs.getLong(11);
                    firstReviewBefore = rs.wasNull() ? null : first;
                }
            }
            Optional<StoredCard> current = find(c, accountId, cardId);
            if (stateBefore == CardState.NEW || current.isEmpty() || firstReviewBefore == null) {
                try (PreparedStatement d = c.prepareStatement(
                        "DELETE FROM card_state WHERE account_id = ? AND card_id = ?")) {
                    d.setLong(1, accountId);
                    d.setString(2, cardId);
                    d.executeUpdate();
                }
            } else {
                Card restored = new Card(before.state(), before.memory(), before.due(), before.lastReview(),
                        before.scheduledDays(), before.learningStep(), current.get().card().reps() - 1, before.lapses());
                put(c, accountId, cardId, current.get().articleSlug(), restored, Instant.ofEpochMilli(firstReviewBefore));
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM review_log WHERE id = ? AND account_id = ?")) {
                d.setLong(1, reviewId);
                d.setLong(2, accountId);
                d.executeUpdate();
            }
            return Optional.of(cardId);
        });
    }

    /** One review for the dashboard: when, how it was rated, and the card's state before it. */
    public record LoggedReview(Instant reviewedAt, Rating rating, CardState stateBefore) {
    }

    public List<LoggedReview> reviewsSince(long accountId, Instant since) {
        return database.read(c -> {
            List<LoggedReview> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT reviewed_at, rating, state_before FROM review_log
                     WHERE account_id = ? AND reviewed_at >= ? ORDER BY reviewed_at""")) {
                q.setLong(1, accountId);
                q.setLong(2, since.toEpochMilli());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(new LoggedReview(Instant.ofEpochMilli(rs.getLong(1)), Rating.ofGrade(rs.getInt(2)),
                                state(rs.getString(3))));
                    }
                }
            }
            return out;
        });
    }

    public StudySettings settings(long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT new_cards_per_day, desired_retention, maximum_interval, time_zone, day_starts_at
                      FROM study_settings WHERE account_id = ?""")) {
                q.setLong(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return StudySettings.DEFAULTS;
                    }
                    return new StudySettings(rs.getInt(1), rs.getDouble(2), rs.getInt(3), ZoneId.of(rs.getString(4)),
                            rs.getInt(5));
                }
            }
        });
    }

    public void saveSettings(long accountId, StudySettings s) {
        database.write(c -> {
            try (PreparedStatement u = c.prepareStatement("""
                    INSERT INTO study_settings (account_id, new_cards_per_day, desired_retention, maximum_interval,
                        time_zone, day_starts_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account_id) DO UPDATE SET new_cards_per_day = excluded.new_cards_per_day,
                        desired_retention = excluded.desired_retention, maximum_interval = excluded.maximum_interval,
                        time_zone = excluded.time_zone, day_starts_at = excluded.day_starts_at""")) {
                u.setLong(1, accountId);
                u.setInt(2, s.newCardsPerDay());
                u.setDouble(3, s.desiredRetention());
                u.setInt(4, s.maximumInterval());
                u.setString(5, s.zone().getId());
                u.setInt(6, s.dayStartsAt());
                return u.executeUpdate();
            }
        });
    }

    private static String name(CardState s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static CardState state(String s) {
        return CardState.valueOf(s.toUpperCase(Locale.ROOT));
    }
}
