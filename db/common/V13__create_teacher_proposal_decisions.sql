-- What a teacher decided about each fact Factdeck proposed for an article (issue 19): accepted as proposed, edited
-- (saved through the fact form), or rejected. Proposals themselves are computed again from the article's text, not
-- stored; their key is stable for the same sentence, kind and answer, so a decision outlives a restart and a new
-- proposer. One decision per proposal: deciding again (bringing back a rejected one) replaces it.
-- Plain types only: the same DDL runs on PostgreSQL.

CREATE TABLE teacher_proposal_decision (
    article_id   INTEGER      NOT NULL REFERENCES teacher_article (id) ON DELETE CASCADE,
    proposal_key VARCHAR(200) NOT NULL,
    decision     VARCHAR(10)  NOT NULL CHECK (decision IN ('accepted', 'edited', 'rejected')),
    fact_id      VARCHAR(40),              -- the fact it became (accepted, edited); NULL when rejected
    decided_by   INTEGER      REFERENCES account (id) ON DELETE SET NULL,
    decided_at   BIGINT       NOT NULL,    -- epoch milliseconds
    PRIMARY KEY (article_id, proposal_key)
);
