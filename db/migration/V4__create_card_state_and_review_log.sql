-- Flashcards with FSRS-6: each student's scheduling state per card, every review (enough to re-fit the
-- weights later: card, rating, time, elapsed days, state before and after), and each student's study settings.
-- Times are epoch milliseconds (BIGINT) so due-date comparisons are numeric in SQLite and PostgreSQL alike.

CREATE TABLE card_state (
    account_id        INTEGER       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    card_id           VARCHAR(200)  NOT NULL,     -- the flashcard's stable id (its source question's id)
    article_slug      VARCHAR(100)  NOT NULL,
    state             VARCHAR(12)   NOT NULL CHECK (state IN ('learning', 'review', 'relearning')),
    stability         DOUBLE PRECISION NOT NULL,
    difficulty        DOUBLE PRECISION NOT NULL,
    due_at            BIGINT        NOT NULL,
    last_review_at    BIGINT        NOT NULL,
    scheduled_days    INTEGER       NOT NULL,
    learning_step     INTEGER       NOT NULL,
    reps              INTEGER       NOT NULL,
    lapses            INTEGER       NOT NULL,
    first_review_at   BIGINT        NOT NULL,     -- counts new cards against the daily limit
    PRIMARY KEY (account_id, card_id)
);

CREATE INDEX card_state_due ON card_state (account_id, due_at);

CREATE TABLE review_log (
    id                      INTEGER       PRIMARY KEY,
    account_id              INTEGER       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    card_id                 VARCHAR(200)  NOT NULL,
    rating                  INTEGER       NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at             BIGINT        NOT NULL,
    elapsed_days            INTEGER       NOT NULL,
    retrievability          DOUBLE PRECISION,      -- NULL for a new card
    desired_retention       DOUBLE PRECISION NOT NULL,
    state_before            VARCHAR(12)   NOT NULL,
    stability_before        DOUBLE PRECISION NOT NULL,
    difficulty_before       DOUBLE PRECISION NOT NULL,
    due_before              BIGINT        NOT NULL,
    last_review_before      BIGINT,
    scheduled_days_before   INTEGER       NOT NULL,
    learning_step_before    INTEGER       NOT NULL,
    lapses_before           INTEGER       NOT NULL,
    first_review_before     BIGINT,
    state_after             VARCHAR(12)   NOT NULL,
    stability_after         DOUBLE PRECISION NOT NULL,
    difficulty_after        DOUBLE PRECISION NOT NULL,
    due_after               BIGINT        NOT NULL,
    scheduled_days_after    INTEGER       NOT NULL,
    learning_step_after     INTEGER       NOT NULL
);

CREATE INDEX review_log_by_account ON review_log (account_id, reviewed_at);

CREATE TABLE study_settings (
    account_id         INTEGER          PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    new_cards_per_day  INTEGER          NOT NULL,
    desired_retention  DOUBLE PRECISION NOT NULL,
    maximum_interval   INTEGER          NOT NULL,
    time_zone          VARCHAR(64)      NOT NULL,
    day_starts_at      INTEGER          NOT NULL     -- hour 0–23 in time_zone
);
