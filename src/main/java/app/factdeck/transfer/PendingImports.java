package app.factdeck.transfer;

import app.factdeck.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Uploaded files waiting for their teacher to import the valid questions (table {@code pending_import}). The
 * report's confirm form carries only the file's token (random: a SQLite rowid is reused once its row is deleted,
 * and an old form must not confirm a newer file); {@link #claim} consumes it once, inside the transaction that stores
 * the questions, so confirming twice imports once.
 */
final class PendingImports {

    /** How long a report's "import the valid ones" stays possible. */
    static final Duration KEPT = Duration.ofHours(1);
    /** Files one teacher may have waiting at once (each up to 1 MB); the oldest goes first. */
    static final int PER_ACCOUNT = 5;

    private static final java.security.SecureRandom TOKENS = new java.security.SecureRandom();

    private final Database database;

    PendingImports(Database database) {
        this.database = database;
    }

    /** A file waiting to be imported, or one already imported ({@code importedAt} present, content gone). */
    record Pending(String token, long accountId, String articleSlug, QuestionFormat format, String fileName,
                   String content, Instant createdAt, Optional<Instant> importedAt) {

        boolean expired(Instant now) {
            return createdAt.plus(KEPT).isBefore(now);
        }
    }

    /** Thrown inside the importing transaction when the file was imported already: nothing more is written. */
    static final class AlreadyImported extends RuntimeException {
        AlreadyImported() {
            super("already imported");
        }
    }

    /**
     * Keeps a file for its teacher to confirm and returns its token; drops files older than {@link #KEPT} and the
     * teacher's oldest.
     */
    String save(long accountId, String articleSlug, QuestionFormat format, String fileName, String content,
              Instant now) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM pending_import WHERE created_at < ?")) {
                s.setLong(1, now.minus(KEPT).toEpochMilli());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    DELETE FROM pending_import
                     WHERE account_id = ? AND id NOT IN (
                           SELECT id FROM pending_import WHERE account_id = ? ORDER BY id DESC LIMIT ?)""")) {
                s.setLong(1, accountId);
                s.setLong(2, accountId);
                s.setInt(3, PER_ACCOUNT - 1);
                s.executeUpdate();
            }
            byte[] random = new byte[16];
            TOKENS.nextBytes(random);
            String token = java.util.HexFormat.of().formatHex(random);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO pending_import (token, account_id, article_slug, format, file_name, content, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
                s.setString(1, token);
                s.setLong(2, accountId);
                s.setString(3, articleSlug);
                s.setString(4, format.slug());
                s.setString(5, fileName.length() > 255 ? fileName.substring(0, 255) : fileName);
                s.setString(6, content);
                s.setLong(7, now.toEpochMilli());
                s.executeUpdate();
            }
            return token;
        });
    }

    /** The teacher's pending file {@code token}; another teacher's is as absent as one never made. */
    Optional<Pending> find(String token, long accountId) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT article_slug, format, file_name, content, created_at, imported_at
                      FROM pending_import WHERE token = ? AND account_id = ?""")) {
                q.setString(1, token);
                q.setLong(2, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long imported = rs.getLong(6);
                    Optional<Instant> importedAt = rs.wasNull() ? Optional.empty()
                            : Optional.of(Instant.ofEpochMilli(imported));
                    return Optional.of(new Pending(token, accountId, rs.getString(1),
                            Formats.question(rs.getString(2)).orElseThrow(), rs.getString(3), rs.getString(4),
                            Instant.ofEpochMilli(rs.getLong(5)), importedAt));
                }
            }
        });
    }

    /**
     * Marks the file imported, to run first in the transaction that stores its questions: throws
     * {@link AlreadyImported} (rolling that transaction back) when another confirm got there first.
     */
    Database.SqlWork<Void> claim(String token, long accountId, Instant now) {
        return c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE pending_import SET imported_at = ?, content = ''
                     WHERE token = ? AND account_id = ? AND imported_at IS NULL""")) {
                s.setLong(1, now.toEpochMilli());
                s.setString(2, token);
                s.setLong(3, accountId);
                if (s.executeUpdate() != 1) {
                    throw new AlreadyImported();
                }
            }
            return null;
        };
    }
}
