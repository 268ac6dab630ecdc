-- The victim's case: its single point of contact, incidents, contacts, safety plan and tasks (safeguarding module).
CREATE SCHEMA safeguarding;

-- One open case per victim; exactly one named SPOC at every moment: the column is never null and holds one name.
CREATE TABLE safeguarding.victim_case (
    id                 bigserial PRIMARY KEY,
    victim_id          bigint       NOT NULL,
    victim_name        varchar(200) NOT NULL,
    status             varchar(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    opened_at          timestamptz  NOT NULL,
    closed_at          timestamptz,
    closed_by          varchar(100),
    closed_reason      varchar(1000),
    area               varchar(100),
    risk_level         varchar(20) CHECK (risk_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    risk_assessed_at   timestamptz,
    spoc_username      varchar(100) NOT NULL CHECK (length(trim(spoc_username)) > 0),
    spoc_name          varchar(200) NOT NULL,
    spoc_team          varchar(200),
    spoc_contact       varchar(300),
    spoc_since         timestamptz  NOT NULL,
    awaiting_handover  boolean      NOT NULL DEFAULT false,
    owning_agency      varchar(40)  NOT NULL,
    version            int          NOT NULL DEFAULT 0,
    CONSTRAINT case_closed_has_reason CHECK (status = 'OPEN' OR (closed_at IS NOT NULL AND closed_reason IS NOT NULL))
);
CREATE UNIQUE INDEX victim_case_one_open_idx ON safeguarding.victim_case (victim_id) WHERE status = 'OPEN';
CREATE INDEX victim_case_spoc_idx ON safeguarding.victim_case (spoc_username) WHERE status = 'OPEN';
CREATE INDEX victim_case_area_idx ON safeguarding.victim_case (area) WHERE status = 'OPEN';
CREATE INDEX victim_case_handover_idx ON safeguarding.victim_case (id) WHERE awaiting_handover AND status = 'OPEN';

-- Every change of SPOC: who, when, why and the handover note. The first row is the allocation when the case opened.
CREATE TABLE safeguarding.spoc_change (
    id             bigserial PRIMARY KEY,
    case_id        bigint       NOT NULL REFERENCES safeguarding.victim_case (id),
    from_username  varchar(100),
    to_username    varchar(100) NOT NULL,
    to_name        varchar(200) NOT NULL,
    changed_by     varchar(100) NOT NULL,
    changed_at     timestamptz  NOT NULL,
    reason         varchar(1000) NOT NULL CHECK (length(trim(reason)) > 0),
    handover_note  varchar(4000) NOT NULL CHECK (length(trim(handover_note)) > 0),
    automatic      boolean      NOT NULL DEFAULT false
);
CREATE INDEX spoc_change_case_idx ON safeguarding.spoc_change (case_id, changed_at);

CREATE TABLE safeguarding.case_incident (
    case_id      bigint      NOT NULL REFERENCES safeguarding.victim_case (id),
    incident_id  bigint      NOT NULL REFERENCES intake.incident (id),
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (case_id, incident_id)
);
CREATE INDEX case_incident_incident_idx ON safeguarding.case_incident (incident_id);

-- Every contact with the victim by any agency, in one log.
CREATE TABLE safeguarding.contact (
    id            bigserial PRIMARY KEY,
    case_id       bigint       NOT NULL REFERENCES safeguarding.victim_case (id),
    made_by       varchar(100) NOT NULL,
    made_by_name  varchar(200) NOT NULL,
    agency        varchar(200) NOT NULL,
    contacted_at  timestamptz  NOT NULL,
    channel       varchar(20)  NOT NULL,
    purpose       varchar(500) NOT NULL,
    outcome       varchar(2000) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    owning_agency varchar(40)  NOT NULL
);
CREATE INDEX contact_case_idx ON safeguarding.contact (case_id, contacted_at DESC);

CREATE TABLE safeguarding.safety_measure (
    id          bigserial PRIMARY KEY,
    case_id     bigint       NOT NULL REFERENCES safeguarding.victim_case (id),
    kind        varchar(40)  NOT NULL,
    detail      varchar(2000),
    owner       varchar(200) NOT NULL,
    status      varchar(20)  NOT NULL CHECK (status IN ('PROPOSED', 'IN_PLACE', 'DECLINED', 'ENDED')),
    updated_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    version     int          NOT NULL DEFAULT 0
);
CREATE INDEX safety_measure_case_idx ON safeguarding.safety_measure (case_id);

-- Every obligation: one owner, one due time. source_key makes a task from an event exactly once.
CREATE TABLE safeguarding.task (
    id            bigserial PRIMARY KEY,
    case_id       bigint       NOT NULL REFERENCES safeguarding.victim_case (id),
    kind          varchar(40)  NOT NULL,
    title         varchar(300) NOT NULL,
    owner         varchar(100) NOT NULL CHECK (length(trim(owner)) > 0),
    owner_team    varchar(200),
    due_at        timestamptz  NOT NULL,
    status        varchar(10)  NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    source_key    varchar(200),
    escalated_at  timestamptz,
    escalated_to  varchar(100),
    done_at       timestamptz,
    done_by       varchar(100),
    outcome       varchar(2000),
    version       int          NOT NULL DEFAULT 0,
    CONSTRAINT task_done_has_outcome CHECK (status = 'OPEN' OR (done_at IS NOT NULL AND done_by IS NOT NULL))
);
CREATE UNIQUE INDEX task_source_idx ON safeguarding.task (case_id, source_key) WHERE source_key IS NOT NULL;
CREATE INDEX task_owner_idx ON safeguarding.task (owner, due_at) WHERE status = 'OPEN';
CREATE INDEX task_due_idx ON safeguarding.task (due_at) WHERE status = 'OPEN';
CREATE INDEX task_case_idx ON safeguarding.task (case_id);
