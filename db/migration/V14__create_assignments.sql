-- Assignments: a teacher gives a class an article quiz (N questions drawn per student, or a fixed set), with
-- optional open, due and late-until times and Moodle's attempt and review settings. Times are epoch milliseconds
-- (UTC instants); time_zone is the teacher's zone, in which the times were typed and are shown.

CREATE TABLE assignment (
    id               INTEGER      PRIMARY KEY,
    class_id         INTEGER      NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    title            VARCHAR(120) NOT NULL,
    article_slug     VARCHAR(120) NOT NULL,
    drawn            INTEGER      CHECK (drawn IS NULL OR drawn BETWEEN 1 AND 50),   -- NULL: the fixed set below
    opens_at         BIGINT,
    due_at           BIGINT,
    late_until       BIGINT,                   -- the cut-off: after it no attempt starts, one in progress is closed
    time_zone        VARCHAR(64)  NOT NULL,
    attempts_allowed INTEGER      NOT NULL CHECK (attempts_allowed BETWEEN 0 AND 20),   -- 0: unlimited
    counts           VARCHAR(10)  NOT NULL CHECK (counts IN ('best', 'first', 'last')),
    answers_shown    VARCHAR(20)  NOT NULL CHECK (answers_shown IN ('immediately', 'after-last-attempt', 'after-due')),
    created_by       INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    created_at       BIGINT       NOT NULL,
    CHECK (opens_at IS NULL OR due_at IS NULL OR opens_at < due_at),
    CHECK (late_until IS NULL OR (due_at IS NOT NULL AND late_until >= due_at)),
    CHECK (answers_shown <> 'after-due' OR due_at IS NOT NULL)
);

CREATE INDEX assignment_by_class ON assignment (class_id, id);

-- The fixed set, in the teacher's order (every student gets these, each in their own option order).
CREATE TABLE assignment_question (
    assignment_id INTEGER      NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL CHECK (position BETWEEN 1 AND 50),
    question_id   VARCHAR(200) NOT NULL,
    PRIMARY KEY (assignment_id, position)
);

-- A quiz attempt made for an assignment. Deleting the assignment deletes these links only: the attempts stay
-- as the students' ordinary quizzes. ended is NULL while the attempt is in progress or once the student has
-- answered every question (quiz_attempt.finished_at tells which); 'closed' when the cut-off closed it, with how
-- many of its questions were answered by then.
CREATE TABLE assignment_attempt (
    attempt_id    INTEGER     PRIMARY KEY REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    assignment_id INTEGER     NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    account_id    INTEGER     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    ended         VARCHAR(10) CHECK (ended IS NULL OR ended = 'closed'),
    answered      INTEGER     CHECK (answered IS NULL OR answered >= 0),
    questions     INTEGER     CHECK (questions IS NULL OR questions >= 0),
    CHECK (ended IS NULL OR (answered IS NOT NULL AND questions IS NOT NULL AND answered <= questions))
);

-- The gradebook reads a class's attempts by assignment; a student's home reads their own.
CREATE INDEX assignment_attempt_by_assignment ON assignment_attempt (assignment_id, account_id);
CREATE INDEX assignment_attempt_by_student ON assignment_attempt (account_id, assignment_id);
