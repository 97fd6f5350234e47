-- Several instances on one PostgreSQL database (issue 21) each hold the teachers' articles and their generated
-- questions in memory. A change to an article bumps its row here, in every engine; each instance polls this table
-- and rebuilds what changed elsewhere. Plain types only: both engines run this file as it is.
CREATE TABLE content_change (
    article_slug VARCHAR(100) PRIMARY KEY,
    version      BIGINT       NOT NULL,
    changed_at   BIGINT       NOT NULL    -- epoch milliseconds
);
