-- Throttle counters for sign-in, sign-up and join codes, replacing login_failure (whose times were ISO text).
-- Times are epoch milliseconds. A counter's back-off is kept beside its count so one INSERT ... ON CONFLICT
-- DO UPDATE can both test and advance it (no read-then-write race); see accounts/LoginThrottle.
-- Old login_failure rows are dropped: at worst a throttle running during the upgrade starts again from zero.

DROP TABLE login_failure;

CREATE TABLE throttle_counter (
    throttle_key   VARCHAR(120) PRIMARY KEY,   -- 'account:<username>', 'address:<ip>', 'signup:<ip>', 'join:<id>'
    failures       INTEGER      NOT NULL,
    backoff_ms     BIGINT       NOT NULL,      -- wait after last_failed_at before the next attempt is allowed
    last_failed_at BIGINT       NOT NULL
);

CREATE INDEX throttle_counter_by_last_failed ON throttle_counter (last_failed_at);
