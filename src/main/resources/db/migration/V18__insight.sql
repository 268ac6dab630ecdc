-- The performance dashboard (insight module): facts worked out from other modules' events, the tallies the
-- measures are summed from, the distinct people per period, the population the MARAC volume is divided by, and
-- a record of each rebuild. Nothing here names a person except by id; pages show aggregates only.
CREATE SCHEMA IF NOT EXISTS insight;

-- One row per incident: every fact its tallies are worked out from (rules.IncidentTallies). recorded is false
-- while only later facts (an attendance, an offence) have arrived before IncidentRecorded.
CREATE TABLE insight.incident_fact (
    incident_id     bigint       PRIMARY KEY,
    recorded        boolean      NOT NULL DEFAULT false,
    received_at     timestamptz,
    area            varchar(100) NOT NULL DEFAULT '',
    agency          varchar(60)  NOT NULL DEFAULT '',
    grade           varchar(40),
    domestic_abuse  boolean      NOT NULL DEFAULT false,
    repeat_victim   boolean      NOT NULL DEFAULT false,
    repeat_victim_ids bigint[]   NOT NULL DEFAULT '{}',
    victim_ids      bigint[]     NOT NULL DEFAULT '{}',
    suspect_ids     bigint[]     NOT NULL DEFAULT '{}',
    children        int          NOT NULL DEFAULT 0,
    offences        text[]       NOT NULL DEFAULT '{}',
    outcomes        text[]       NOT NULL DEFAULT '{}',
    outcome_ats     timestamptz[] NOT NULL DEFAULT '{}',
    arrived_at      timestamptz,
    within_target   boolean,
    officers        int,
    body_worn_video boolean,
    arrest          boolean,
    risk            varchar(10)  NOT NULL DEFAULT 'NONE',
    risk_at         timestamptz
);

-- Completed risk assessments, referrals, Victims' Code update tasks and contacts already counted: a
-- redelivered event finds its row and adds nothing.
CREATE TABLE insight.assessment_fact (
    assessment_id bigint       PRIMARY KEY,
    incident_id   bigint       NOT NULL,
    completed_at  timestamptz  NOT NULL,
    level         varchar(10)  NOT NULL,
    raised        boolean      NOT NULL,
    all_asked     boolean      NOT NULL
);
-- An incident recorded after its assessment was counted moves that count to its area and agency.
CREATE INDEX assessment_fact_incident ON insight.assessment_fact (incident_id);
CREATE TABLE insight.referral_fact (
    referral_id   bigint       PRIMARY KEY,
    made_at       timestamptz  NOT NULL,
    service_kind  varchar(40)  NOT NULL
);
CREATE TABLE insight.task_fact (
    task_id       bigint       PRIMARY KEY,
    done_at       timestamptz  NOT NULL,
    on_time       boolean      NOT NULL
);
CREATE TABLE insight.contact_fact (
    contact_id    bigint       PRIMARY KEY,
    contacted_at  timestamptz  NOT NULL
);

-- The tallies. month = first day of the UK month; '*' in area, agency or risk is the sum over every value
-- (kept as its own row so a page reads a handful of rows, never sums a dimension away); counter names a
-- rules.Counter, distinct counters with their period kind (VICTIMS/M, VICTIMS/Q, VICTIMS/Y, month = the
-- period's first day, agency and risk '*'). The key's order serves every read: counter, then the filters, then
-- the months.
CREATE TABLE insight.tally (
    counter varchar(40)  NOT NULL,
    agency  varchar(60)  NOT NULL,
    risk    varchar(10)  NOT NULL,
    area    varchar(100) NOT NULL,
    month   date         NOT NULL,
    slot    int          NOT NULL,
    value   bigint       NOT NULL,
    PRIMARY KEY (counter, agency, risk, area, month, slot)
);

-- A person counted once per period (kind M, Q or Y; period_start its first day), per area and in '*' (every
-- area), per role (VICTIM, REPEAT_VICTIM, SUSPECT, CONTACTED): inserting a new row is what counts them. sex and
-- age_band are the slots they were counted in (identity Sex and rules.AgeBand ordinals).
CREATE TABLE insight.person_period (
    person_id    bigint       NOT NULL,
    role         varchar(20)  NOT NULL,
    kind         char(1)      NOT NULL,
    period_start date         NOT NULL,
    area         varchar(100) NOT NULL,
    sex          smallint     NOT NULL,
    age_band     smallint     NOT NULL,
    PRIMARY KEY (person_id, role, kind, period_start, area)
);

-- The adult (16 and over) female population per town, with where the figure comes from.
CREATE TABLE insight.adult_women (
    area        varchar(100) NOT NULL,
    source      varchar(200) NOT NULL,
    count       bigint       NOT NULL CHECK (count >= 0),
    recorded_at timestamptz  NOT NULL,
    PRIMARY KEY (area, source)
);

-- When the tallies last changed (one row), to within 5 seconds: an event moves it on only when it is older than
-- that, and skips it while another event holds it, so the listeners never queue on it.
CREATE TABLE insight.freshness (
    id         int          PRIMARY KEY CHECK (id = 1),
    updated_at timestamptz  NOT NULL
);

-- The areas and agencies the filters offer (kind AREA or AGENCY): added as the tallies first meet them, filled
-- again by a rebuild, so a page does not look for them among the tallies.
CREATE TABLE insight.filter_choice (
    kind  varchar(10)  NOT NULL,
    value varchar(100) NOT NULL,
    PRIMARY KEY (kind, value)
);

-- Every rebuild: when, how long, how many rows.
CREATE TABLE insight.rebuild (
    id           bigserial    PRIMARY KEY,
    started_at   timestamptz  NOT NULL,
    took_ms      bigint       NOT NULL,
    incidents    bigint       NOT NULL,
    tallies      bigint       NOT NULL,
    people       bigint       NOT NULL
);
