-- An uploaded question file that had rejected questions, waiting for its teacher to import the valid ones. The
-- confirm form carries only the token (random, never reused as a rowid can be), so a 1 MB file is not posted back; confirming sets imported_at (once: the
-- update is conditional on it being NULL, in the transaction that stores the questions) and empties the content,
-- so a second confirm can say "already imported". Rows older than an hour go when a new one is made.
-- Times are epoch milliseconds (BIGINT).
CREATE TABLE pending_import (
    id           INTEGER      PRIMARY KEY,
    token        VARCHAR(32)  NOT NULL UNIQUE,
    account_id   INTEGER      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    article_slug VARCHAR(100) NOT NULL,
    format       VARCHAR(10)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content      TEXT         NOT NULL,
    created_at   BIGINT       NOT NULL,
    imported_at  BIGINT
);

CREATE INDEX pending_import_by_account ON pending_import (account_id, created_at);
