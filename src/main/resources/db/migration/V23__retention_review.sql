-- Retention review (access module): each decision of an owning team on a record due for review. The only decision
-- is KEEP (with a reason, until the next review); nothing in Safeguard deletes a record, and a records manager acts on
-- the force's policy outside the system. The decisions themselves are never changed or removed.

CREATE TABLE access.retention_review (
    id             bigserial PRIMARY KEY,
    record_type    varchar(30)   NOT NULL,
    record_id      bigint        NOT NULL,
    decision       varchar(10)   NOT NULL CHECK (decision IN ('KEEP')),
    reason         varchar(1000) NOT NULL CHECK (length(btrim(reason)) > 0),
    reviewed_by    varchar(60)   NOT NULL,
    reviewed_at    timestamptz   NOT NULL,
    next_review_on date          NOT NULL,
    owning_agency  varchar(40)   NOT NULL
);
-- The records of a type kept and not due again yet (left out of the list), and a record's latest review.
CREATE INDEX retention_review_next_idx ON access.retention_review (record_type, next_review_on, record_id);
CREATE INDEX retention_review_record_idx ON access.retention_review (record_type, record_id, reviewed_at DESC);

-- A review is history: refuse changing or removing one, whoever asks.
CREATE FUNCTION access.retention_review_unchanged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'retention reviews are never changed or removed: % on % is not allowed', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER retention_review_append_only BEFORE UPDATE OR DELETE ON access.retention_review
    FOR EACH ROW EXECUTE FUNCTION access.retention_review_unchanged();
CREATE TRIGGER retention_review_no_truncate BEFORE TRUNCATE ON access.retention_review
    FOR EACH STATEMENT EXECUTE FUNCTION access.retention_review_unchanged();
