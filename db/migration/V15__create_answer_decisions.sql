-- A teacher's regrade of a typed answer: the answer (normalised as the grader compares it) to a question is
-- accepted (credit 1) or marked wrong (credit 0). The grader honours it for every stored response to that question
-- and for every future one; each change is audited. Times are epoch milliseconds.

CREATE TABLE answer_decision (
    question_id VARCHAR(200) NOT NULL,
    answer      VARCHAR(200) NOT NULL,           -- normalised typed answer
    credit      REAL         NOT NULL CHECK (credit IN (0, 1)),
    decided_by  INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    decided_at  BIGINT       NOT NULL,
    PRIMARY KEY (question_id, answer)
);

CREATE TABLE answer_regrade (
    id                INTEGER      PRIMARY KEY,
    question_id       VARCHAR(200) NOT NULL,
    answer            VARCHAR(200) NOT NULL,
    old_credit        REAL,                      -- NULL when no stored response had the answer
    new_credit        REAL         NOT NULL,
    responses_changed INTEGER      NOT NULL CHECK (responses_changed >= 0),
    decided_by        INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    decided_at        BIGINT       NOT NULL
);

CREATE INDEX answer_regrade_by_question ON answer_regrade (question_id, id);

-- Which responses a regrade changed, so a student's summary can say their mark was regraded.
CREATE TABLE regraded_response (
    regrade_id INTEGER NOT NULL REFERENCES answer_regrade (id) ON DELETE CASCADE,
    attempt_id INTEGER NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (regrade_id, attempt_id, position)
);

CREATE INDEX regraded_response_by_attempt ON regraded_response (attempt_id);
