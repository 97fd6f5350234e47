package app.factdeck.articles;

import app.factdeck.content.Entity;
import app.factdeck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Teachers' articles, their flipped lines, facts and entities in the database. */
final class ArticleStore {

    /** A fact as stored: the teacher's marking and the entity ids it resolved to. */
    record StoredFact(String id, long articleId, int position, MarkedFact fact, List<String> answerIds, String roleId,
                      boolean withdrawn) {
    }

    private static final String ARTICLE_COLUMNS = "id, slug, state, title, publisher, author, published_on, "
            + "source_url, language, page_text, page_format, created_by, created_at, updated_at";

    private final Database database;

    ArticleStore(Database database) {
        this.database = database;
    }

    long create(String slug, TeacherArticle.Details d, String pageText, boolean html, String pageHash, long accountId,
                long now) {
        return database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO teacher_article (slug, state, title, publisher, author, published_on, source_url,
                                                 language, page_text, page_format, page_hash, created_by, created_at,
                                                 updated_at)
                    VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, slug);
                bindDetails(s, 2, d);
                s.setString(8, pageText);
                s.setString(9, html ? "html" : "text");
                s.setString(10, pageHash);
                setAccount(s, 11, accountId);
                s.setLong(12, now);
                s.setLong(13, now);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private static void bindDetails(PreparedStatement s, int from, TeacherArticle.Details d) throws SQLException {
        s.setString(from, d.title());
        s.setString(from + 1, d.publisher());
        s.setString(from + 2, d.authorIfAny().orElse(null));
        s.setString(from + 3, d.published() == null ? null : d.published().toString());
        s.setString(from + 4, d.urlIfAny().orElse(null));
        s.setString(from + 5, d.language());
    }

    void saveCleaning(long id, TeacherArticle.Details d, Set<Integer> flipped, long now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE teacher_article
                       SET title = ?, publisher = ?, author = ?, published_on = ?, source_url = ?, language = ?,
                           updated_at = ?
                     WHERE id = ?""")) {
                bindDetails(s, 1, d);
                s.setLong(7, now);
                s.setLong(8, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM teacher_article_flip WHERE article_id = ?")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO teacher_article_flip (article_id, line_number) VALUES (?, ?)")) {
                for (int line : flipped) {
                    s.setLong(1, id);
                    s.setInt(2, line);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    void setState(long id, TeacherArticle.State state, long now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE teacher_article
                       SET state = ?, updated_at = ?,
                           published_at = CASE WHEN ? = 'published' THEN ? ELSE published_at END
                     WHERE id = ?""")) {
                s.setString(1, state.slug());
                s.setLong(2, now);
                s.setString(3, state.slug());
                s.setLong(4, now);
                s.setLong(5, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    Optional<TeacherArticle> find(long id) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM teacher_article WHERE id = ?")) {
                q.setLong(1, id);
                List<TeacherArticle> found = articles(c, q);
                return found.stream().findFirst();
            }
        });
    }

    /** Every teacher's article, newest first. */
    List<TeacherArticle> all() {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM teacher_article ORDER BY created_at DESC, id DESC")) {
                return articles(c, q);
            }
        });
    }

    /** The article already made from a page with these words, if any (deleted ones do not count). */
    Optional<TeacherArticle> withHash(String pageHash) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + ARTICLE_COLUMNS
                    + " FROM teacher_article WHERE page_hash = ? AND state <> 'deleted'")) {
                q.setString(1, pageHash);
                return articles(c, q).stream().findFirst();
            }
        });
    }

    boolean slugTaken(String slug) {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT 1 FROM teacher_article WHERE slug = ?
                    UNION SELECT 1 FROM article WHERE slug = ?""")) {
                q.setString(1, slug);
                q.setString(2, slug);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static List<TeacherArticle> articles(Connection c, PreparedStatement q) throws SQLException {
        List<TeacherArticle> out = new ArrayList<>();
        try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String published = rs.getString("published_on");
                long createdBy = rs.getLong("created_by");
                Optional<Long> by = rs.wasNull() ? Optional.empty() : Optional.of(createdBy);
                out.add(new TeacherArticle(rs.getLong("id"), rs.getString("slug"),
                        TeacherArticle.State.valueOf(rs.getString("state").toUpperCase(java.util.Locale.ROOT)),
                        new TeacherArticle.Details(rs.getString("title"), rs.getString("publisher"),
                                rs.getString("author"), published == null ? null : LocalDate.parse(published),
                                rs.getString("source_url"), rs.getString("language")),
                        rs.getString("page_text"), "html".equals(rs.getString("page_format")), Set.of(), by,
                        rs.getLong("created_at"), rs.getLong("updated_at")));
            }
        }
        List<TeacherArticle> withFlips = new ArrayList<>();
        try (PreparedStatement f = c.prepareStatement(
                "SELECT line_number FROM teacher_article_flip WHERE article_id = ? ORDER BY line_number")) {
            for (TeacherArticle a : out) {
                f.setLong(1, a.id());
                Set<Integer> flipped = new LinkedHashSet<>();
                try (ResultSet rs = f.executeQuery()) {
                    while (rs.next()) {
                        flipped.add(rs.getInt(1));
                    }
                }
                withFlips.add(new TeacherArticle(a.id(), a.slug(), a.state(), a.details(), a.pageText(), a.html(),
                        Set.copyOf(flipped), a.createdBy(), a.createdAt(), a.updatedAt()));
            }
        }
        return withFlips;
    }

    // --- facts -------------------------------------------------------------------------------------------------

    /** Every stored fact, withdrawn ones too, in article and position order. */
    List<StoredFact> facts() {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT fact_id, article_id, position, kind, sentence, answer_type, answer_words, answer_ids,
                           role_words, role_id, question, statement, event, date_value, number_value, contradiction,
                           accepted, deleted_at
                      FROM teacher_fact
                     ORDER BY article_id, position""");
                 ResultSet rs = q.executeQuery()) {
                List<StoredFact> out = new ArrayList<>();
                while (rs.next()) {
                    MarkedFact f = new MarkedFact(rs.getString("fact_id"),
                            MarkedFact.Kind.ofSlug(rs.getString("kind")).orElse(MarkedFact.Kind.WHAT),
                            rs.getString("sentence"), lines(rs.getString("answer_words")), rs.getString("answer_type"),
                            null, rs.getString("accepted"), rs.getString("role_words"), rs.getString("question"),
                            rs.getString("statement"), rs.getString("event"), rs.getString("date_value"),
                            rs.getString("number_value"), rs.getString("contradiction"));
                    rs.getLong("deleted_at");
                    boolean withdrawn = !rs.wasNull();
                    out.add(new StoredFact(f.id(), rs.getLong("article_id"), rs.getInt("position"), f,
                            lines(rs.getString("answer_ids")), rs.getString("role_id"), withdrawn));
                }
                return out;
            }
        });
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    /** The next fact id of an article: ids are never reused, also after a delete. */
    String nextFactId(Connection c, long articleId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM teacher_fact WHERE article_id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return "t" + articleId + "-" + (rs.getInt(1) + 1);
            }
        }
    }

    /**
     * Saves a new fact (null id) or a changed one, with the entities it needs that nobody had yet.
     *
     * @return the fact's id
     */
    String saveFact(long articleId, MarkedFact f, List<String> answerIds, String roleId, List<Entity> newEntities,
                    List<Map.Entry<String, String>> newAliases, long accountId, long now) {
        return database.write(c -> {
            for (Entity e : newEntities) {
                insertEntity(c, e, now);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (var alias : newAliases) {
                    s.setString(1, alias.getKey());
                    s.setString(2, alias.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            String id = f.id();
            if (id == null) {
                id = nextFactId(c, articleId);
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO teacher_fact (fact_id, article_id, position, kind, sentence, answer_type,
                                                  answer_words, answer_ids, role_words, role_id, question, statement,
                                                  event, date_value, number_value, contradiction, accepted,
                                                  created_by, created_at, updated_at)
                        VALUES (?, ?, (SELECT COUNT(*) FROM teacher_fact WHERE article_id = ?) + 1,
                                ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    s.setString(1, id);
                    s.setLong(2, articleId);
                    s.setLong(3, articleId);
                    bindFact(s, 4, f, answerIds, roleId);
                    setAccount(s, 18, accountId);
                    s.setLong(19, now);
                    s.setLong(20, now);
                    s.executeUpdate();
                }
            } else {
                try (PreparedStatement s = c.prepareStatement("""
                        UPDATE teacher_fact
                           SET kind = ?, sentence = ?, answer_type = ?, answer_words = ?, answer_ids = ?,
                               role_words = ?, role_id = ?, question = ?, statement = ?, event = ?, date_value = ?,
                               number_value = ?, contradiction = ?, accepted = ?, updated_at = ?
                         WHERE fact_id = ? AND article_id = ?""")) {
                    bindFact(s, 1, f, answerIds, roleId);
                    s.setLong(15, now);
                    s.setString(16, id);
                    s.setLong(17, articleId);
                    s.executeUpdate();
                }
            }
            return id;
        });
    }

    private static void bindFact(PreparedStatement s, int from, MarkedFact f, List<String> answerIds, String roleId)
            throws SQLException {
        s.setString(from, f.kind().slug());
        s.setString(from + 1, f.sentence());
        s.setString(from + 2, f.answerType() == null ? "" : f.answerType());
        s.setString(from + 3, String.join("\n", f.answerWords()));
        s.setString(from + 4, String.join("\n", answerIds));
        s.setString(from + 5, f.roleWords());
        s.setString(from + 6, roleId);
        s.setString(from + 7, f.question());
        s.setString(from + 8, f.statement());
        s.setString(from + 9, f.event());
        s.setString(from + 10, f.date());
        s.setString(from + 11, f.number());
        s.setString(from + 12, f.contradiction());
        // Only a key phrase keeps its accepted wordings here; an entity's other names live with the entity.
        boolean phrase = f.kind() == MarkedFact.Kind.PHRASE && f.aliases() != null && !f.aliases().isBlank();
        s.setString(from + 13, phrase ? f.aliases() : null);
    }

    /** Withdraws a fact: it leaves the article, its questions stay findable for answers already given. */
    void withdrawFact(long articleId, String factId, long now) {
        database.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE teacher_fact SET deleted_at = ? WHERE fact_id = ? AND article_id = ? AND deleted_at IS NULL")) {
                s.setLong(1, now);
                s.setString(2, factId);
                s.setLong(3, articleId);
                s.executeUpdate();
            }
            return null;
        });
    }

    // --- entities ----------------------------------------------------------------------------------------------

    private static void insertEntity(Connection c, Entity e, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO entity (id, type, name, created_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, e.id());
            s.setString(2, e.type());
            s.setString(3, e.name());
            s.setLong(4, now);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?)")) {
            for (String alias : new LinkedHashSet<>(e.aliases())) {
                s.setString(1, e.id());
                s.setString(2, alias);
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO entity_tag (entity_id, tag) VALUES (?, ?)")) {
            for (String tag : e.tags()) {
                s.setString(1, e.id());
                s.setString(2, tag);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Every entity teachers' facts added, with aliases and tags. */
    Map<String, Entity> entities() {
        return database.read(c -> {
            Map<String, String[]> heads = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT id, type, name FROM entity ORDER BY id");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            Map<String, List<String>> aliases = grouped(c, "SELECT entity_id, alias FROM entity_alias ORDER BY alias");
            Map<String, List<String>> tags = grouped(c, "SELECT entity_id, tag FROM entity_tag ORDER BY tag");
            Map<String, Entity> out = new LinkedHashMap<>();
            heads.forEach((id, h) -> out.put(id, new Entity(id, h[0], h[1], aliases.getOrDefault(id, List.of()),
                    Set.copyOf(tags.getOrDefault(id, List.of())), true,
                    // A role reads "the ISRO chief" inside a sentence, as the catalogue's roles do.
                    h[0].equals("role") ? "the" : "")));
            return out;
        });
    }

    private static Map<String, List<String>> grouped(Connection c, String sql) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    /** Account 0 is the command line: nobody signed in added it. */
    private static void setAccount(PreparedStatement s, int i, long accountId) throws SQLException {
        if (accountId <= 0) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setLong(i, accountId);
        }
    }
}
