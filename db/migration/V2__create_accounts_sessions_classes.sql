-- Accounts, sessions (server-side, survive restarts), login throttling, site settings, classes.
-- Times are ISO-8601 UTC text; ids of sessions are stored only as SHA-256 hashes.

CREATE TABLE account (
    id                   INTEGER PRIMARY KEY,
    username             VARCHAR(40)  NOT NULL UNIQUE,   -- stored lower-case
    display_name         VARCHAR(80)  NOT NULL,
    password_hash        TEXT         NOT NULL,
    role                 VARCHAR(10)  NOT NULL CHECK (role IN ('student', 'teacher', 'admin')),
    must_change_password INTEGER      NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    created_at           VARCHAR(30)  NOT NULL
);

CREATE TABLE web_session (
    id_hash      VARCHAR(64)  PRIMARY KEY,
    account_id   INTEGER      REFERENCES account (id) ON DELETE CASCADE,   -- NULL before sign-in
    csrf_token   VARCHAR(64)  NOT NULL,
    created_at   VARCHAR(30)  NOT NULL,
    last_seen_at VARCHAR(30)  NOT NULL
);

CREATE INDEX web_session_by_account ON web_session (account_id);

CREATE TABLE login_failure (
    throttle_key   VARCHAR(120) PRIMARY KEY,   -- 'account:<username>' or 'address:<ip>'
    failures       INTEGER      NOT NULL,
    last_failed_at VARCHAR(30)  NOT NULL
);

CREATE TABLE site_setting (
    name  VARCHAR(40) PRIMARY KEY,
    value TEXT        NOT NULL
);

CREATE TABLE school_class (
    id         INTEGER      PRIMARY KEY,
    name       VARCHAR(80)  NOT NULL,
    teacher_id INTEGER      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    join_code  VARCHAR(12)  NOT NULL UNIQUE,
    created_at VARCHAR(30)  NOT NULL
);

CREATE TABLE class_member (
    class_id   INTEGER     NOT NULL REFERENCES school_class (id) ON DELETE CASCADE,
    account_id INTEGER     NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    joined_at  VARCHAR(30) NOT NULL,
    PRIMARY KEY (class_id, account_id)
);
