-- Perpetrators (offender module): the RFG priority list, orders and bail conditions with their breaches,
-- custody events, perpetrator programmes with their reviews, 'right to know' prompts and staff-involved records.
CREATE SCHEMA offender;

-- The RFG score of each perpetrator (a person: every record linked to theirs counts as one, keyed by the
-- smallest record id, identity's person_key), with its parts (offender.rules.RfgScoring explains them).
-- Rewritten whole by a full run, one person at a time after an incident, an offence or a link.
CREATE TABLE offender.rfg_score (
    person_key        bigint        PRIMARY KEY,
    recency           int           NOT NULL CHECK (recency >= 0),
    frequency         int           NOT NULL CHECK (frequency >= 0),
    gravity           int           NOT NULL CHECK (gravity >= 0),
    victims           int           NOT NULL CHECK (victims >= 0),
    score             numeric(12,2) NOT NULL,
    incidents         int           NOT NULL CHECK (incidents > 0),
    latest_incident_at timestamptz  NOT NULL,
    area              varchar(100),
    computed_at       timestamptz   NOT NULL
);
-- The priority list: highest score first, ties to the latest incident.
CREATE INDEX rfg_score_rank_idx ON offender.rfg_score (score DESC, latest_incident_at DESC, person_key);
CREATE INDEX rfg_score_area_rank_idx ON offender.rfg_score (area, score DESC, latest_incident_at DESC, person_key);

-- Each full recomputation: when, how long, how many, with which settings.
CREATE TABLE offender.rfg_run (
    id             bigserial PRIMARY KEY,
    started_at     timestamptz  NOT NULL,
    finished_at    timestamptz,
    started_by     varchar(100) NOT NULL,
    perpetrators   int,
    incidents_read int,
    settings       varchar(2000) NOT NULL
);

-- The person records refreshed one at a time since the last full run, noted after each refresh read them: a
-- full run applies again those refreshed while it was reading, so neither loses the other's work.
CREATE TABLE offender.rfg_refreshed (
    record_id     bigint      NOT NULL,
    refreshed_at  timestamptz NOT NULL
);
CREATE INDEX rfg_refreshed_at_idx ON offender.rfg_refreshed (refreshed_at);

-- Orders and notices protecting a victim from a perpetrator, and bail conditions: DVPN, DVPO, DAPN, DAPO,
-- non-molestation order, restraining order, pre-charge or court bail. Person ids are the records as chosen;
-- rules that compare people (overlaps, lists) read every record linked to them.
CREATE TABLE offender.protective_order (
    id                   bigserial PRIMARY KEY,
    kind                 varchar(30)   NOT NULL,
    perpetrator_id       bigint        NOT NULL,
    protected_id         bigint,
    incident_id          bigint,
    incident_reference   varchar(20),
    reference            varchar(60),
    starts_at            timestamptz   NOT NULL,
    ends_at              timestamptz   NOT NULL,
    ended_early_at       timestamptz,
    ended_early_reason   varchar(1000),
    expiry_notified_at   timestamptz,
    recorded_by          varchar(100)  NOT NULL,
    recorded_at          timestamptz   NOT NULL,
    version              int           NOT NULL DEFAULT 0,
    CONSTRAINT order_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT order_protects_someone_else CHECK (protected_id IS NULL OR protected_id <> perpetrator_id),
    CONSTRAINT order_ended_early_with_reason CHECK (ended_early_at IS NULL OR length(trim(ended_early_reason)) > 0),
    CONSTRAINT order_incident_with_reference CHECK ((incident_id IS NULL) = (incident_reference IS NULL))
);
CREATE INDEX protective_order_perpetrator_idx ON offender.protective_order (perpetrator_id, ends_at DESC);
CREATE INDEX protective_order_protected_idx ON offender.protective_order (protected_id, ends_at DESC);
-- The calendar of endings, soonest first.
CREATE INDEX protective_order_ends_idx ON offender.protective_order (ends_at) WHERE ended_early_at IS NULL;
-- Orders still to be announced as ending (OrderExpiring), soonest first.
CREATE INDEX protective_order_expiry_idx ON offender.protective_order (ends_at) WHERE expiry_notified_at IS NULL AND ended_early_at IS NULL;

-- One condition of an order or of bail: no contact, exclusion zone, not to enter an address, curfew, residence...
CREATE TABLE offender.order_condition (
    order_id   bigint        NOT NULL REFERENCES offender.protective_order (id),
    position   int           NOT NULL,
    kind       varchar(30)   NOT NULL,
    detail     varchar(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (order_id, position)
);

-- A breach of an order, linked to the incident that recorded it; one per incident and order.
CREATE TABLE offender.order_breach (
    id                  bigserial PRIMARY KEY,
    order_id            bigint        NOT NULL REFERENCES offender.protective_order (id),
    incident_id         bigint        NOT NULL,
    incident_reference  varchar(20)   NOT NULL,
    occurred_at         timestamptz   NOT NULL,
    detail              varchar(2000) NOT NULL,
    recorded_by         varchar(100)  NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    UNIQUE (order_id, incident_id)
);

-- Custody events about a person: arrested, charged, bailed, released under investigation, remanded, released.
-- reference is the custody record or the import's id: a repeated import adds nothing.
CREATE TABLE offender.custody_event (
    id           bigserial PRIMARY KEY,
    person_id    bigint        NOT NULL,
    decision     varchar(40)   NOT NULL,
    decided_at   timestamptz   NOT NULL,
    detail       varchar(1000) NOT NULL DEFAULT '',
    reference    varchar(100)  NOT NULL UNIQUE,
    source       varchar(10)   NOT NULL CHECK (source IN ('PAGE', 'IMPORT')),
    recorded_by  varchar(100)  NOT NULL,
    recorded_at  timestamptz   NOT NULL
);
CREATE INDEX custody_event_person_idx ON offender.custody_event (person_id, decided_at DESC);

-- A referral of a perpetrator to a programme (e.g. a behaviour-change programme), its suitability assessment
-- and the pathway chosen: ENGAGE (offender management, support, programme) or CONVICT (catch and convict).
CREATE TABLE offender.programme_referral (
    id                 bigserial PRIMARY KEY,
    person_id          bigint        NOT NULL,
    programme          varchar(200)  NOT NULL,
    referred_at        timestamptz   NOT NULL,
    referred_by        varchar(100)  NOT NULL,
    motivation         varchar(10)   NOT NULL,
    accountability     varchar(10)   NOT NULL,
    awareness_of_harm  varchar(10)   NOT NULL,
    mental_health      varchar(10)   NOT NULL,
    substance_misuse   varchar(10)   NOT NULL,
    risk               varchar(10)   NOT NULL,
    assessment_notes   varchar(4000) NOT NULL DEFAULT '',
    pathway            varchar(10)   CHECK (pathway IN ('ENGAGE', 'CONVICT')),
    pathway_reason     varchar(2000),
    status             varchar(20)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'COMPLETED', 'WITHDRAWN')),
    closed_at          timestamptz,
    closed_reason      varchar(1000),
    version            int           NOT NULL DEFAULT 0,
    CONSTRAINT pathway_has_reason CHECK (pathway IS NULL OR length(trim(pathway_reason)) > 0)
);
CREATE INDEX programme_referral_person_idx ON offender.programme_referral (person_id);

-- Case-management reviews of a programme referral: monthly, and within 24 hours of a risk alert.
CREATE TABLE offender.programme_review (
    id           bigserial PRIMARY KEY,
    referral_id  bigint        NOT NULL REFERENCES offender.programme_referral (id),
    kind         varchar(20)   NOT NULL CHECK (kind IN ('MONTHLY', 'RISK_ALERT')),
    reason       varchar(2000) NOT NULL DEFAULT '',
    due_at       timestamptz   NOT NULL,
    done_at      timestamptz,
    done_by      varchar(100),
    outcome      varchar(4000)
);
CREATE INDEX programme_review_due_idx ON offender.programme_review (due_at) WHERE done_at IS NULL;
CREATE INDEX programme_review_referral_idx ON offender.programme_review (referral_id, due_at);

-- A perpetrator near the top of the RFG list was recorded with a new partner: the specialist team considers
-- a 'right to know' disclosure. One prompt per perpetrator and new victim (perpetrator_key: the smallest of
-- their linked record ids when prompted; victim_id: the victim's record on the incident).
CREATE TABLE offender.disclosure_prompt (
    id               bigserial PRIMARY KEY,
    perpetrator_key  bigint        NOT NULL,
    victim_id        bigint        NOT NULL,
    incident_id      bigint        NOT NULL,
    incident_reference varchar(20) NOT NULL,
    rank_at_prompt   int           NOT NULL,
    prompted_at      timestamptz   NOT NULL,
    decision         varchar(20)   CHECK (decision IN ('REFER', 'NOT_NEEDED')),
    decision_reason  varchar(2000),
    decided_by       varchar(100),
    decided_at       timestamptz,
    version          int           NOT NULL DEFAULT 0,
    UNIQUE (perpetrator_key, victim_id),
    CONSTRAINT prompt_decision_has_reason CHECK (decision IS NULL OR length(trim(decision_reason)) > 0)
);
CREATE INDEX disclosure_prompt_open_idx ON offender.disclosure_prompt (prompted_at) WHERE decision IS NULL;

-- People who are members of the organisation's own staff: records involving them (as perpetrator or victim)
-- are restricted to professional standards and the specialist team.
CREATE TABLE offender.staff_involvement (
    person_id   bigint        PRIMARY KEY,
    reason      varchar(1000) NOT NULL CHECK (length(trim(reason)) > 0),
    marked_by   varchar(100)  NOT NULL,
    marked_at   timestamptz   NOT NULL
);
