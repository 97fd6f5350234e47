-- Articles mirrored from content/ at start-up (ContentLoader -> ArticleRepository.sync).
-- Keys are the slug and the sentence anchor, so later tables (facts, questions, responses) can cite a
-- sentence and keep citing it across restarts. Plain types only: the same DDL runs on PostgreSQL.

CREATE TABLE article (
    slug         VARCHAR(100) PRIMARY KEY,
    title        TEXT         NOT NULL,
    publisher    TEXT         NOT NULL,
    author       TEXT,
    published_on VARCHAR(10)  NOT NULL,  -- ISO date, YYYY-MM-DD
    source_url   TEXT,
    language     VARCHAR(20)  NOT NULL,
    position     INTEGER      NOT NULL,  -- order in the content tree
    listed       INTEGER      NOT NULL DEFAULT 1 CHECK (listed IN (0, 1))
);

CREATE TABLE article_block (
    article_slug VARCHAR(100) NOT NULL REFERENCES article (slug) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    kind         VARCHAR(10)  NOT NULL CHECK (kind IN ('heading', 'paragraph')),
    heading      TEXT,
    PRIMARY KEY (article_slug, position)
);

CREATE TABLE sentence (
    article_slug   VARCHAR(100) NOT NULL REFERENCES article (slug) ON DELETE CASCADE,
    anchor         VARCHAR(20)  NOT NULL,  -- s-1, s-2, ... the HTML id in the reader
    block_position INTEGER      NOT NULL,
    position       INTEGER      NOT NULL,
    text           TEXT         NOT NULL,
    PRIMARY KEY (article_slug, anchor)
);

CREATE INDEX sentence_by_position ON sentence (article_slug, position);
