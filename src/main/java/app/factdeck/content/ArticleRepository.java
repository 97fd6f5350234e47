package app.factdeck.content;

import app.factdeck.content.Article.Block;
import app.factdeck.content.Article.Heading;
import app.factdeck.content.Article.Paragraph;
import app.factdeck.content.Article.Sentence;
import app.factdeck.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Articles in the database. {@link #sync} mirrors the content tree idempotently, keyed by slug and
 * sentence anchor, so later tables can point at a sentence and keep pointing at it across restarts.
 */
public final class ArticleRepository {

    private final Database database;

    public ArticleRepository(Database database) {
        this.database = database;
    }

    /** Makes the stored articles equal {@code articles}: upserts each, drops blocks past the new end. */
    void sync(List<Article> articles) {
        database.write(c -> {
            for (int i = 0; i < articles.size(); i++) {
                upsert(c, articles.get(i), i);
            }
            // An article removed from content/ is unlisted, not deleted: progress may still point at it.
            var current = articles.stream().map(Article::slug).collect(java.util.stream.Collectors.toSet());
            List<String> stored = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT slug FROM article
                     WHERE listed = 1 AND slug NOT IN (SELECT slug FROM teacher_article)""");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            for (String slug : stored) {
                if (!current.contains(slug)) {
                    try (PreparedStatement u = c.prepareStatement("UPDATE article SET listed = 0 WHERE slug = ?")) {
                        u.setString(1, slug);
                        u.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /**
     * Stores a teacher's article for the reader (its sentences keep their anchors, so answers citing them stay
     * readable); {@code listed} is false for a draft or a deleted article, which students never see.
     */
    public void save(Article article, boolean listed) {
        database.write(c -> {
            upsert(c, article, Integer.MAX_VALUE / 2);
            try (PreparedStatement u = c.prepareStatement("UPDATE article SET listed = ? WHERE slug = ?")) {
                u.setInt(1, listed ? 1 : 0);
                u.setString(2, article.slug());
                u.executeUpdate();
            }
            return null;
        });
    }

    /** Takes an article off every list students see, keeping its rows for past answers. */
    public void unlist(String slug) {
        database.write(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE article SET listed = 0 WHERE slug = ?")) {
                u.setString(1, slug);
                u.executeUpdate();
            }
            return null;
        });
    }

    List<ArticleSummary> findAll() {
        return database.read(c -> {
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT slug, title, publisher, author, published_on
                      FROM article
                     WHERE listed = 1
                     ORDER BY published_on DESC, position""");
                 ResultSet rs = q.executeQuery()) {
                List<ArticleSummary> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(new ArticleSummary(rs.getString("slug"), rs.getString("title"), rs.getString("publisher"),
                            Optional.ofNullable(rs.getString("author")), LocalDate.parse(rs.getString("published_on"))));
                }
                return list;
            }
        });
    }

    Optional<Article> find(String slug) {
        return database.read(c -> {
            Article head;
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT slug, title, publisher, author, published_on, source_url, language
                      FROM article
                     WHERE slug = ? AND listed = 1""")) {
                q.setString(1, slug);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    head = new Article(rs.getString("slug"), rs.getString("title"), rs.getString("publisher"),
                            Optional.ofNullable(rs.getString("author")), LocalDate.parse(rs.getString("published_on")),
                            Optional.ofNullable(rs.getString("source_url")), rs.getString("language"), List.of());
                }
            }
            Map<Integer, List<Sentence>> sentences = new LinkedHashMap<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT block_position, anchor, text
                      FROM sentence
                     WHERE article_slug = ?
                     ORDER BY position""")) {
                q.setString(1, slug);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        sentences.computeIfAbsent(rs.getInt("block_position"), k -> new ArrayList<>())
                                .add(new Sentence(rs.getString("anchor"), rs.getString("text")));
                    }
                }
            }
            List<Block> blocks = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT position, kind, heading
                      FROM article_block
                     WHERE article_slug = ?
                     ORDER BY position""")) {
                q.setString(1, slug);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        blocks.add("heading".equals(rs.getString("kind"))
                                ? new Heading(rs.getString("heading"))
                                : new Paragraph(List.copyOf(sentences.getOrDefault(rs.getInt("position"), List.of()))));
                    }
                }
            }
            return Optional.of(new Article(head.slug(), head.title(), head.publisher(), head.author(),
                    head.published(), head.sourceUrl(), head.language(), List.copyOf(blocks)));
        });
    }

    private static void upsert(Connection c, Article a, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO article (slug, title, publisher, author, published_on, source_url, language, position, listed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (slug) DO UPDATE SET
                    title = excluded.title, publisher = excluded.publisher, author = excluded.author,
                    published_on = excluded.published_on, source_url = excluded.source_url,
                    language = excluded.language, position = excluded.position, listed = 1""")) {
            s.setString(1, a.slug());
            s.setString(2, a.title());
            s.setString(3, a.publisher());
            s.setString(4, a.author().orElse(null));
            s.setString(5, a.published().toString());
            s.setString(6, a.sourceUrl().orElse(null));
            s.setString(7, a.language());
            s.setInt(8, position);
            s.executeUpdate();
        }
        int sentencePosition = 0;
        for (int b = 0; b < a.blocks().size(); b++) {
            Block block = a.blocks().get(b);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO article_block (article_slug, position, kind, heading)
                    VALUES (?, ?, ?, ?)
                    ON CONFLICT (article_slug, position) DO UPDATE SET
                        kind = excluded.kind, heading = excluded.heading""")) {
                s.setString(1, a.slug());
                s.setInt(2, b);
                s.setString(3, block instanceof Heading ? "heading" : "paragraph");
                s.setString(4, block instanceof Heading h ? h.text() : null);
                s.executeUpdate();
            }
            if (block instanceof Paragraph p) {
                for (Sentence sentence : p.sentences()) {
                    try (PreparedStatement s = c.prepareStatement("""
                            INSERT INTO sentence (article_slug, anchor, block_position, position, text)
                            VALUES (?, ?, ?, ?, ?)
                            ON CONFLICT (article_slug, anchor) DO UPDATE SET
                                block_position = excluded.block_position, position = excluded.position,
                                text = excluded.text""")) {
                        s.setString(1, a.slug());
                        s.setString(2, sentence.anchor());
                        s.setInt(3, b);
                        s.setInt(4, sentencePosition++);
                        s.setString(5, sentence.text());
                        s.executeUpdate();
                    }
                }
            }
        }
        deleteBeyond(c, "DELETE FROM sentence WHERE article_slug = ? AND position >= ?", a.slug(), sentencePosition);
        deleteBeyond(c, "DELETE FROM article_block WHERE article_slug = ? AND position >= ?", a.slug(),
                a.blocks().size());
    }

    private static void deleteBeyond(Connection c, String sql, String slug, int from) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, slug);
            s.setInt(2, from);
            s.executeUpdate();
        }
    }
}
