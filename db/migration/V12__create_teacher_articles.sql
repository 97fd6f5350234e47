-- Articles teachers bring (issue 18): the page as pasted, the lines the teacher flipped against the cleaner, the
-- facts they marked and the entities those facts name. The reader's copy of a teacher's article (its sentences with
-- their anchors) goes to article/article_block/sentence like the content tree's, listed only once published.
-- Plain types and ids only: the same DDL runs on PostgreSQL (where issue 21 makes the ids identities).

CREATE TABLE teacher_article (
    id           INTEGER       PRIMARY KEY,
    slug         VARCHAR(100)  NOT NULL UNIQUE,
    state        VARCHAR(10)   NOT NULL CHECK (state IN ('draft', 'published', 'deleted')),
    title        VARCHAR(300)  NOT NULL,
    publisher    VARCHAR(200)  NOT NULL,
    author       VARCHAR(200),
    published_on VARCHAR(10),              -- ISO date; NULL until the teacher gives it
    source_url   VARCHAR(2000),
    language     VARCHAR(20)   NOT NULL,
    page_text    TEXT          NOT NULL,   -- the page as pasted or uploaded
    page_format  VARCHAR(10)   NOT NULL CHECK (page_format IN ('text', 'html')),
    page_hash    VARCHAR(64)   NOT NULL,   -- SHA-256 of the page's words, to refuse the same page twice
    created_by   INTEGER       REFERENCES account (id) ON DELETE SET NULL,
    created_at   BIGINT        NOT NULL,
    updated_at   BIGINT        NOT NULL,
    published_at BIGINT
);

CREATE INDEX teacher_article_by_hash ON teacher_article (page_hash);

-- A line number here means "the opposite of what the cleaner decided".
CREATE TABLE teacher_article_flip (
    article_id  INTEGER NOT NULL REFERENCES teacher_article (id) ON DELETE CASCADE,
    line_number INTEGER NOT NULL,
    PRIMARY KEY (article_id, line_number)
);

CREATE TABLE teacher_fact (
    fact_id       VARCHAR(40)   PRIMARY KEY,   -- t<article id>-<n>: never reused, like a file's fact ids
    article_id    INTEGER       NOT NULL REFERENCES teacher_article (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,      -- the form's kind: role, said, when, where, how-many, which, phrase, what
    sentence      TEXT          NOT NULL,      -- the cited sentence, exactly as the reader shows it
    answer_type   VARCHAR(20)   NOT NULL,
    answer_words  TEXT          NOT NULL,      -- the marked words, one answer per line, as the sentence writes them
    answer_ids    TEXT          NOT NULL,      -- the entity ids they resolved to, one per line ('' for dates, numbers, phrases)
    role_words    VARCHAR(300),
    role_id       VARCHAR(100),
    question      VARCHAR(500),
    statement     VARCHAR(500),
    event         VARCHAR(300),
    date_value    VARCHAR(10),
    number_value  VARCHAR(20),
    contradiction VARCHAR(500),
    created_by    INTEGER       REFERENCES account (id) ON DELETE SET NULL,
    created_at    BIGINT        NOT NULL,
    updated_at    BIGINT        NOT NULL,
    deleted_at    BIGINT                       -- withdrawn: its questions stay findable for past answers
);

CREATE INDEX teacher_fact_by_article ON teacher_fact (article_id, position);

-- Entities teachers' facts name that the content tree's catalogue and the country gazetteer do not know; shared by
-- every article (one person in two articles is one entity).
CREATE TABLE entity (
    id         VARCHAR(100) PRIMARY KEY,
    type       VARCHAR(20)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at BIGINT       NOT NULL
);

CREATE TABLE entity_alias (
    entity_id VARCHAR(100) NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (entity_id, alias)
);

CREATE TABLE entity_tag (
    entity_id VARCHAR(100) NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
    tag       VARCHAR(60)  NOT NULL,
    PRIMARY KEY (entity_id, tag)
);
