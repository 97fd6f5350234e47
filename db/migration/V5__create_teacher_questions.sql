-- Teachers' work on the question bank. Generated questions are not stored (they are rebuilt from the content at
-- start-up); what is stored is each one's review status, the teachers' own questions with every version they
-- had, and an audit trail of who changed what and when. Times are epoch milliseconds (BIGINT).

-- A generated question's review status; no row means approved (the default).
CREATE TABLE question_review (
    question_id  VARCHAR(200) PRIMARY KEY,
    article_slug VARCHAR(100) NOT NULL,
    status       VARCHAR(12)  NOT NULL CHECK (status IN ('approved', 'hidden')),
    changed_by   INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    changed_at   BIGINT       NOT NULL
);

-- A teacher's question. Its versions are never changed or deleted, so a stored quiz response (which names the
-- version, "a/<id>/<version>") always shows the question as the student answered it.
CREATE TABLE authored_question (
    id              INTEGER      PRIMARY KEY,
    article_slug    VARCHAR(100) NOT NULL,
    overrides       VARCHAR(200),            -- the generated question this one replaces, or NULL
    current_version INTEGER      NOT NULL,
    deleted_at      BIGINT,                  -- deleted: no longer in quizzes; past answers still read it
    created_by      INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    created_at      BIGINT       NOT NULL
);

CREATE INDEX authored_question_by_article ON authored_question (article_slug);

CREATE TABLE authored_question_version (
    question_id INTEGER      NOT NULL REFERENCES authored_question (id),
    version     INTEGER      NOT NULL,
    type        VARCHAR(30)  NOT NULL,
    draft       TEXT         NOT NULL,       -- JSON: the teacher's input as typed (see QuestionDraft)
    author_id   INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    created_at  BIGINT       NOT NULL,
    PRIMARY KEY (question_id, version)
);

-- Who did what to which question: approved, hidden, authored, edited, overridden, deleted, imported.
CREATE TABLE question_audit (
    id           INTEGER      PRIMARY KEY,
    question_id  VARCHAR(200) NOT NULL,      -- a generated id, or "a/<id>" for a teacher's question
    article_slug VARCHAR(100) NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    detail       TEXT         NOT NULL,
    account_id   INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    at           BIGINT       NOT NULL
);

CREATE INDEX question_audit_by_question ON question_audit (question_id, at);
CREATE INDEX question_audit_by_article ON question_audit (article_slug, at);
