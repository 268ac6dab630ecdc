-- Record linkage (identity module): which person records are the same real person.
-- Nothing here is ever deleted: a link that is undone keeps its row with who undid it and why.

-- The person a record belongs to: the smallest id among the records linked together (its own id when
-- linked to none). Kept by the identity module on every link and unlink.
ALTER TABLE identity.person ADD COLUMN person_key bigint;
UPDATE identity.person SET person_key = id;
CREATE FUNCTION identity.person_key_default() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.person_key := COALESCE(NEW.person_key, NEW.id);
    RETURN NEW;
END $$;
CREATE TRIGGER person_key_default BEFORE INSERT ON identity.person
    FOR EACH ROW EXECUTE FUNCTION identity.person_key_default();
ALTER TABLE identity.person ALTER COLUMN person_key SET NOT NULL;
CREATE INDEX person_key_idx ON identity.person (person_key);

-- The blocking keys of each record (linkage.BlockingRule), to find candidates for a record typed at intake.
CREATE TABLE identity.person_match_key (
    key       varchar(120) NOT NULL,
    person_id bigint       NOT NULL REFERENCES identity.person (id),
    PRIMARY KEY (key, person_id)
);
CREATE INDEX person_match_key_person_idx ON identity.person_match_key (person_id);

-- Trained models (m and u probabilities, prior, name frequencies) as JSON, by version.
CREATE TABLE identity.linkage_model (
    version      serial       PRIMARY KEY,
    trained_at   timestamptz  NOT NULL DEFAULT now(),
    trained_by   varchar(60)  NOT NULL,
    record_count int          NOT NULL,
    parameters   text         NOT NULL
);

-- Two records joined as one person: automatically (score above the upper threshold), after a
-- specialist's review, or by hand. Undone by setting unlinked_*; the row stays.
CREATE TABLE identity.person_link (
    id            bigserial    PRIMARY KEY,
    first_id      bigint       NOT NULL REFERENCES identity.person (id),
    second_id     bigint       NOT NULL REFERENCES identity.person (id),
    how           varchar(10)  NOT NULL CHECK (how IN ('AUTOMATIC', 'REVIEWED', 'BY_HAND')),
    probability   double precision,
    weight        double precision,
    reasons       varchar(1000),
    model_version int REFERENCES identity.linkage_model (version),
    linked_by     varchar(60)  NOT NULL,
    linked_at     timestamptz  NOT NULL DEFAULT now(),
    unlinked_by   varchar(60),
    unlinked_at   timestamptz,
    unlink_reason varchar(1000),
    version       int          NOT NULL DEFAULT 0,
    CHECK (first_id < second_id),
    CHECK ((unlinked_at IS NULL) = (unlinked_by IS NULL))
);
CREATE UNIQUE INDEX person_link_live_idx ON identity.person_link (first_id, second_id) WHERE unlinked_at IS NULL;
CREATE INDEX person_link_second_idx ON identity.person_link (second_id);

-- Pairs scored between the thresholds, for a specialist to judge. A pair is proposed once: a decision
-- of DIFFERENT is remembered so the pair is never proposed, nor linked automatically, again.
CREATE TABLE identity.link_review (
    id            bigserial    PRIMARY KEY,
    first_id      bigint       NOT NULL REFERENCES identity.person (id),
    second_id     bigint       NOT NULL REFERENCES identity.person (id),
    probability   double precision NOT NULL,
    weight        double precision NOT NULL,
    evidence      text         NOT NULL,
    model_version int REFERENCES identity.linkage_model (version),
    proposed_by   varchar(60)  NOT NULL,
    proposed_at   timestamptz  NOT NULL DEFAULT now(),
    decision      varchar(10)  CHECK (decision IN ('SAME', 'DIFFERENT')),
    decided_by    varchar(60),
    decided_at    timestamptz,
    note          varchar(1000),
    version       int          NOT NULL DEFAULT 0,
    CHECK (first_id < second_id),
    UNIQUE (first_id, second_id)
);
CREATE INDEX link_review_open_idx ON identity.link_review (probability DESC) WHERE decision IS NULL;
CREATE INDEX link_review_second_idx ON identity.link_review (second_id);

-- Batch linkage runs, partition by partition, so a run can start again after a crash where it stopped.
CREATE TABLE identity.linkage_run (
    id            bigserial    PRIMARY KEY,
    model_version int          NOT NULL REFERENCES identity.linkage_model (version),
    partitions    int          NOT NULL,
    records       int          NOT NULL,
    started_by    varchar(60)  NOT NULL,
    started_at    timestamptz  NOT NULL DEFAULT now(),
    finished_at   timestamptz
);
-- One run is unfinished at a time: a node starting one while another runs joins it instead.
CREATE UNIQUE INDEX linkage_run_one_unfinished_idx ON identity.linkage_run ((true)) WHERE finished_at IS NULL;
CREATE TABLE identity.linkage_run_partition (
    run_id    bigint      NOT NULL REFERENCES identity.linkage_run (id),
    partition int         NOT NULL,
    pairs     bigint      NOT NULL,
    linked    int         NOT NULL,
    queued    int         NOT NULL,
    done_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, partition)
);
