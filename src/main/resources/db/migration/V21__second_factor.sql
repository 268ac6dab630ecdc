-- Second factor (issue 10): each staff account's TOTP secret (RFC 6238), encrypted with AES-GCM by the
-- service before it is stored, so a copy of the database alone does not give anyone's codes.
CREATE TABLE access.second_factor (
    account_id       bigint      PRIMARY KEY REFERENCES access.staff_account (id),
    secret_encrypted bytea       NOT NULL,
    -- null while the member of staff is setting up their app: the secret is not in force until a first code proves it
    enrolled_at      timestamptz,
    -- the 30-second step of the last code accepted; that step and earlier ones are spent (no replay)
    last_step        bigint,
    created_at       timestamptz NOT NULL DEFAULT now()
);

-- Ten single-use recovery codes per account, kept only as BCrypt hashes; shown once, at enrolment.
CREATE TABLE access.recovery_code (
    id         bigserial   PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES access.staff_account (id),
    code_hash  varchar(100) NOT NULL,
    used_at    timestamptz
);
CREATE INDEX recovery_code_account_idx ON access.recovery_code (account_id) WHERE used_at IS NULL;

-- Sessions in PostgreSQL (Spring Session JDBC's own layout) so any node can serve any signed-in person.
CREATE TABLE access.spring_session (
    primary_id            char(36)     NOT NULL,
    session_id            char(36)     NOT NULL,
    creation_time         bigint       NOT NULL,
    last_access_time      bigint       NOT NULL,
    max_inactive_interval int          NOT NULL,
    expiry_time           bigint       NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON access.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON access.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON access.spring_session (principal_name);

CREATE TABLE access.spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES access.spring_session (primary_id) ON DELETE CASCADE
);
