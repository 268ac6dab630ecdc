-- The audit log (audit module). Append-only: the triggers below refuse UPDATE, DELETE and TRUNCATE
-- for every database user the application connects as, so history cannot be rewritten through it.
CREATE SCHEMA audit;

CREATE TABLE audit.event (
    seq          bigint PRIMARY KEY,
    occurred_at  timestamptz NOT NULL,
    username     varchar(100),
    agency       varchar(40),
    action       varchar(60) NOT NULL,
    subject_type varchar(60),
    subject_id   varchar(100),
    reason       varchar(1000),
    request_id   varchar(64),
    prev_hash    char(64) NOT NULL,
    hash         char(64) NOT NULL
);

CREATE INDEX event_subject_idx ON audit.event (subject_type, subject_id, seq);
CREATE INDEX event_username_idx ON audit.event (lower(username), seq);

-- The newest row's number and hash; its row lock serialises appends so the chain has no forks.
CREATE TABLE audit.chain_head (
    id   int PRIMARY KEY CHECK (id = 1),
    seq  bigint NOT NULL,
    hash char(64) NOT NULL
);
INSERT INTO audit.chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER event_append_only
    BEFORE UPDATE OR DELETE ON audit.event
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER event_no_truncate
    BEFORE TRUNCATE ON audit.event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER chain_head_not_removed
    BEFORE DELETE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();

CREATE TRIGGER chain_head_no_truncate
    BEFORE TRUNCATE ON audit.chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

-- The head only moves forward, one row at a time.
CREATE FUNCTION audit.head_moves_forward() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq <> OLD.seq + 1 THEN
        RAISE EXCEPTION 'the audit chain head may only move forward by one row'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER chain_head_forward_only
    BEFORE UPDATE ON audit.chain_head
    FOR EACH ROW EXECUTE FUNCTION audit.head_moves_forward();
