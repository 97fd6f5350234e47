-- Quiz attempts and their responses. One response per question of an attempt (primary key): the first answer
-- wins, so double clicks, re-posted forms and client retries can never count twice.

CREATE TABLE quiz_attempt (
    id           INTEGER      PRIMARY KEY,
    account_id   INTEGER      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    article_slug VARCHAR(100),              -- NULL for a quiz over all articles
    seed         BIGINT       NOT NULL,     -- fixes this attempt's option order
    started_at   VARCHAR(30)  NOT NULL,
    finished_at  VARCHAR(30)
);

CREATE INDEX quiz_attempt_by_account ON quiz_attempt (account_id, started_at);

CREATE TABLE attempt_question (
    attempt_id  INTEGER      NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,      -- 1-based
    question_id VARCHAR(200) NOT NULL,
    shown_at    VARCHAR(30),                -- first time the question page was shown
    PRIMARY KEY (attempt_id, position)
);

CREATE TABLE attempt_response (
    attempt_id    INTEGER     NOT NULL,
    position      INTEGER     NOT NULL,
    answer        TEXT        NOT NULL,     -- JSON array of the chosen or typed values
    credit        REAL        NOT NULL,     -- 0 to 1
    correct       INTEGER     NOT NULL CHECK (correct IN (0, 1)),
    time_taken_ms BIGINT      NOT NULL,
    answered_at   VARCHAR(30) NOT NULL,
    PRIMARY KEY (attempt_id, position),
    FOREIGN KEY (attempt_id, position) REFERENCES attempt_question (attempt_id, position) ON DELETE CASCADE
);
