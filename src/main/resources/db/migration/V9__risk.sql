-- Risk assessments (DASH and its supplements), dip sampling and re-assessments (risk module).
CREATE SCHEMA risk;

-- Instrument versions an administrator uploaded; those shipped with the service are resource files.
CREATE TABLE risk.instrument_version (
    code       varchar(20)  NOT NULL,
    version    int          NOT NULL CHECK (version >= 1),
    name       varchar(1000) NOT NULL,
    source     text         NOT NULL,
    added_by   varchar(100) NOT NULL,
    added_at   timestamptz  NOT NULL,
    PRIMARY KEY (code, version)
);

CREATE FUNCTION risk.level_rank(level varchar) RETURNS int LANGUAGE sql IMMUTABLE AS
$$ SELECT CASE level WHEN 'STANDARD' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 END $$;

CREATE TABLE risk.assessment (
    id                     bigserial PRIMARY KEY,
    incident_id            bigint       NOT NULL REFERENCES intake.incident (id),
    victim_id              bigint       NOT NULL,
    victim_name            varchar(200) NOT NULL,
    instrument_code        varchar(20)  NOT NULL,
    instrument_version     int          NOT NULL,
    supplements            varchar(200) NOT NULL DEFAULT '',
    status                 varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'COMPLETED')),
    victim_view            varchar(4000),
    assessor               varchar(100) NOT NULL,
    assessor_name          varchar(200) NOT NULL,
    assessor_team          varchar(200),
    started_at             timestamptz  NOT NULL,
    updated_at             timestamptz  NOT NULL,
    completed_at           timestamptz,
    yes_count              int,
    questions_asked        int,
    questions_total        int,
    all_asked              boolean,
    supplement_yes         int,
    suggested_level        varchar(20) CHECK (suggested_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    final_level            varchar(20) CHECK (final_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    judgement_rationale    varchar(4000),
    visible_high_risk      boolean,
    professional_judgement boolean,
    potential_escalation   boolean,
    call_outs_in_window    int,
    owning_agency          varchar(40)  NOT NULL,
    version                int          NOT NULL DEFAULT 0,
    CONSTRAINT assessment_completed_has_levels CHECK (status = 'DRAFT' OR (completed_at IS NOT NULL
        AND suggested_level IS NOT NULL AND final_level IS NOT NULL AND yes_count IS NOT NULL)),
    -- Professional judgement may raise the level, never lower it (DOMAIN.md).
    CONSTRAINT assessment_never_lowered CHECK (final_level IS NULL OR suggested_level IS NULL
        OR risk.level_rank(final_level) >= risk.level_rank(suggested_level)),
    CONSTRAINT assessment_raise_has_rationale CHECK (final_level IS NULL OR final_level = suggested_level
        OR length(trim(judgement_rationale)) > 0)
);
-- One assessment in progress per victim per incident.
CREATE UNIQUE INDEX assessment_one_draft_idx ON risk.assessment (incident_id, victim_id) WHERE status = 'DRAFT';
CREATE INDEX assessment_incident_idx ON risk.assessment (incident_id);
CREATE INDEX assessment_victim_idx ON risk.assessment (victim_id, completed_at DESC) WHERE status = 'COMPLETED';
CREATE INDEX assessment_completed_idx ON risk.assessment (completed_at) WHERE status = 'COMPLETED';

CREATE TABLE risk.answer (
    assessment_id    bigint       NOT NULL REFERENCES risk.assessment (id),
    instrument_code  varchar(20)  NOT NULL,
    question_id      varchar(40)  NOT NULL,
    answer           varchar(20)  NOT NULL CHECK (answer IN ('YES', 'NO', 'NOT_KNOWN', 'NOT_ASKED')),
    not_asked_reason varchar(500),
    PRIMARY KEY (assessment_id, instrument_code, question_id),
    CONSTRAINT answer_not_asked_has_reason CHECK (answer <> 'NOT_ASKED' OR length(trim(not_asked_reason)) > 0)
);
CREATE INDEX answer_not_asked_idx ON risk.answer (question_id) WHERE answer = 'NOT_ASKED';

-- The weekly dip sample: which week, what share, the seed it was drawn with.
CREATE TABLE risk.dip_sample (
    id          bigserial PRIMARY KEY,
    week_start  date         NOT NULL UNIQUE,
    share       numeric(5,4) NOT NULL,
    seed        bigint       NOT NULL,
    candidates  int          NOT NULL,
    drawn_at    timestamptz  NOT NULL,
    drawn_by    varchar(100) NOT NULL
);

CREATE TABLE risk.dip_review (
    id              bigserial PRIMARY KEY,
    sample_id       bigint       NOT NULL REFERENCES risk.dip_sample (id),
    assessment_id   bigint       NOT NULL UNIQUE REFERENCES risk.assessment (id),
    assigned_to     varchar(100),
    reviewer        varchar(100),
    reviewer_level  varchar(20) CHECK (reviewer_level IN ('STANDARD', 'MEDIUM', 'HIGH')),
    comment         varchar(4000),
    reviewed_at     timestamptz,
    version         int          NOT NULL DEFAULT 0,
    CONSTRAINT dip_review_complete CHECK (reviewed_at IS NULL OR (reviewer IS NOT NULL AND reviewer_level IS NOT NULL))
);
CREATE INDEX dip_review_sample_idx ON risk.dip_review (sample_id);
CREATE INDEX dip_review_assigned_idx ON risk.dip_review (assigned_to) WHERE reviewed_at IS NULL;

-- A victim whose risk must be assessed again (a dip-sample upgrade), until an assessment is completed.
CREATE TABLE risk.reassessment (
    id              bigserial PRIMARY KEY,
    victim_id       bigint       NOT NULL,
    victim_name     varchar(200) NOT NULL,
    incident_id     bigint       NOT NULL REFERENCES intake.incident (id),
    assessment_id   bigint       NOT NULL REFERENCES risk.assessment (id),
    reason          varchar(4000) NOT NULL,
    owner           varchar(100) NOT NULL,
    requested_by    varchar(100) NOT NULL,
    requested_at    timestamptz  NOT NULL,
    done_by         bigint REFERENCES risk.assessment (id),
    done_at         timestamptz
);
CREATE INDEX reassessment_open_idx ON risk.reassessment (victim_id) WHERE done_at IS NULL;
