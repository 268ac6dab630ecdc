-- Referrals and MARAC: the directory of partner services (directory module), referrals routed to them by
-- rules kept as data (referral module), and the MARAC: areas, meetings, agendas, research, hearings, action
-- plans and transfers (marac module). People are identity person ids and staff are usernames, as elsewhere;
-- no foreign key crosses a module's schema.

CREATE SCHEMA directory;

-- A service a victim can be referred to: who runs it (an access agency code), where (intake areas; none
-- means everywhere), what it offers, how to refer, when it is open, and how soon it answers a referral.
CREATE TABLE directory.partner_service (
    id              bigserial     PRIMARY KEY,
    code            varchar(60)   NOT NULL UNIQUE,
    name            varchar(200)  NOT NULL,
    kind            varchar(40)   NOT NULL,
    agency_code     varchar(60)   NOT NULL,
    areas           varchar(100)[] NOT NULL DEFAULT '{}',
    offers          varchar(2000) NOT NULL,
    referral_route  varchar(1000) NOT NULL,
    hours           varchar(300)  NOT NULL,
    sla_hours       int           NOT NULL CHECK (sla_hours BETWEEN 1 AND 2160),
    active          boolean       NOT NULL DEFAULT true,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    version         int           NOT NULL DEFAULT 0
);
CREATE INDEX partner_service_kind_idx ON directory.partner_service (kind) WHERE active;

CREATE SCHEMA referral;

-- The routing rules, one row per version (YAML as an administrator published it); the highest version is in
-- force. Every referral records the version and the rule that made it.
CREATE TABLE referral.routing_rules (
    version     int           PRIMARY KEY CHECK (version > 0),
    rules_text  text          NOT NULL,
    note        varchar(500)  NOT NULL,
    created_at  timestamptz   NOT NULL,
    created_by  varchar(100)  NOT NULL
);

-- A referral of a victim to a partner service: made (by a rule or a person), received, accepted (with the worker
-- assigned) or declined (with a reason), closed. Consent is recorded; where the victim refused and the case is
-- high risk, the referral goes ahead only with the recorded justification for sharing without consent.
CREATE TABLE referral.referral (
    id                    bigserial     PRIMARY KEY,
    victim_id             bigint        NOT NULL,
    victim_name           varchar(200)  NOT NULL,
    incident_id           bigint,
    assessment_id         bigint,
    service_id            bigint        NOT NULL,
    service_name          varchar(200)  NOT NULL,
    service_kind          varchar(40)   NOT NULL,
    area                  varchar(100),
    risk_level            varchar(20),
    reason                varchar(2000) NOT NULL,
    source                varchar(30)   NOT NULL CHECK (source IN ('RISK_ASSESSED', 'INCIDENT_RECORDED', 'MANUAL')),
    source_key            varchar(100)  NOT NULL,
    rule_version          int,
    rule_id               varchar(80),
    status                varchar(20)   NOT NULL CHECK (status IN ('MADE', 'RECEIVED', 'ACCEPTED', 'DECLINED', 'CLOSED')),
    consent               varchar(20)   NOT NULL CHECK (consent IN ('NOT_YET_ASKED', 'GIVEN', 'REFUSED')),
    sharing_justification varchar(2000),
    made_at               timestamptz   NOT NULL,
    made_by               varchar(100)  NOT NULL,
    made_by_team          varchar(200),
    made_by_agency        varchar(60)   NOT NULL,
    due_by                timestamptz   NOT NULL,
    received_at           timestamptz,
    received_by           varchar(100),
    decided_at            timestamptz,
    decided_by            varchar(100),
    decline_reason        varchar(2000),
    assigned_to           varchar(100),
    closed_at             timestamptz,
    closed_by             varchar(100),
    close_reason          varchar(2000),
    version               int           NOT NULL DEFAULT 0,
    CHECK ((rule_id IS NULL) = (source = 'MANUAL')),
    CHECK ((rule_version IS NULL) = (rule_id IS NULL)),
    CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    CHECK (consent <> 'REFUSED' OR risk_level <> 'HIGH' OR status IN ('CLOSED', 'DECLINED') OR sharing_justification IS NOT NULL)
);
-- A rule refers a victim to a kind of service once per event that triggered it, however often the event comes.
CREATE UNIQUE INDEX referral_once_per_source_idx ON referral.referral (source_key, service_kind) WHERE source <> 'MANUAL';
CREATE INDEX referral_victim_idx ON referral.referral (victim_id, made_at DESC);
CREATE INDEX referral_service_open_idx ON referral.referral (service_id, due_by) WHERE status IN ('MADE', 'RECEIVED');
CREATE INDEX referral_made_by_open_idx ON referral.referral (made_by, due_by) WHERE status IN ('MADE', 'RECEIVED');
-- The victims a worker has taken on through a service (for the IDVA service: the victims whose IDVA they are).
CREATE INDEX referral_worker_accepted_idx ON referral.referral (assigned_to, service_kind) WHERE status = 'ACCEPTED';

-- Every change of a referral's status or consent, with who and why.
CREATE TABLE referral.referral_step (
    id           bigserial     PRIMARY KEY,
    referral_id  bigint        NOT NULL REFERENCES referral.referral (id),
    step         varchar(30)   NOT NULL,
    at           timestamptz   NOT NULL,
    by_username  varchar(100)  NOT NULL,
    note         varchar(2000)
);
CREATE INDEX referral_step_referral_idx ON referral.referral_step (referral_id, at);

-- A referral a rule called for that could not be made: no active service of the kind covers the victim's area. Shown
-- to the person whose work triggered it, their team and their agency's supervisors until a referral of the kind is
-- made for the victim.
CREATE TABLE referral.unrouted (
    id              bigserial     PRIMARY KEY,
    victim_id       bigint        NOT NULL,
    victim_name     varchar(200)  NOT NULL,
    incident_id     bigint,
    service_kind    varchar(40)   NOT NULL,
    area            varchar(100),
    rule_id         varchar(80)   NOT NULL,
    rule_version    int           NOT NULL,
    source_key      varchar(100)  NOT NULL,
    at              timestamptz   NOT NULL,
    made_by         varchar(100)  NOT NULL,
    made_by_team    varchar(200),
    made_by_agency  varchar(60)   NOT NULL,
    UNIQUE (source_key, service_kind)
);
CREATE INDEX unrouted_made_by_idx ON referral.unrouted (made_by_agency, at DESC);

CREATE SCHEMA marac;

-- A MARAC: the intake areas (towns) it covers, when it meets (monthly, on the nth weekday at a time), how many
-- cases a meeting hears, its chair and coordinator (usernames) and the core agencies expected at every meeting.
CREATE TABLE marac.area (
    id              bigserial     PRIMARY KEY,
    name            varchar(100)  NOT NULL UNIQUE,
    covers          varchar(100)[] NOT NULL,
    week_of_month   int           NOT NULL CHECK (week_of_month BETWEEN 1 AND 4),
    day_of_week     int           NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    starts_at       time          NOT NULL,
    capacity        int           NOT NULL DEFAULT 20 CHECK (capacity BETWEEN 1 AND 100),
    chair           varchar(100)  NOT NULL,
    coordinator     varchar(100)  NOT NULL,
    core_agencies   varchar(60)[] NOT NULL,
    version         int           NOT NULL DEFAULT 0
);

-- The named representative of each agency at an area's MARAC (they see its research and minutes).
CREATE TABLE marac.representative (
    area_id      bigint        NOT NULL REFERENCES marac.area (id),
    username     varchar(100)  NOT NULL,
    agency_code  varchar(60)   NOT NULL,
    PRIMARY KEY (area_id, username)
);

-- A meeting of an area's MARAC. Created when a case first needs it, from the area's schedule.
CREATE TABLE marac.meeting (
    id          bigserial     PRIMARY KEY,
    area_id     bigint        NOT NULL REFERENCES marac.area (id),
    held_at     timestamptz   NOT NULL,
    capacity    int           NOT NULL CHECK (capacity BETWEEN 1 AND 100),
    status      varchar(20)   NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'HELD')),
    minutes     text,
    closed_at   timestamptz,
    closed_by   varchar(100),
    version     int           NOT NULL DEFAULT 0,
    UNIQUE (area_id, held_at)
);

-- A victim's case at MARAC: one per referral (or transfer in), listed at a meeting or waiting for space. A case
-- re-referred within 12 months of the victim's last hearing is a repeat, linked to that hearing. The equality
-- fields are as recorded on the referral form (null: not recorded) and feed the quarterly data return. A case
-- from an area no MARAC covers has no area until a coordinator places it.
CREATE TABLE marac.marac_case (
    id                  bigserial     PRIMARY KEY,
    area_id             bigint        REFERENCES marac.area (id),
    meeting_id          bigint        REFERENCES marac.meeting (id),
    victim_id           bigint        NOT NULL,
    victim_name         varchar(200)  NOT NULL,
    perpetrator_ids     bigint[]      NOT NULL DEFAULT '{}',
    referral_id         bigint,
    referred_at         timestamptz   NOT NULL,
    referring_agency    varchar(60)   NOT NULL,
    risk_level          varchar(20),
    children            int           NOT NULL DEFAULT 0 CHECK (children >= 0),
    victim_sex          varchar(10),
    victim_age          int,
    victim_bme          boolean,
    victim_lgbt         boolean,
    victim_disability   boolean,
    urgent              boolean       NOT NULL DEFAULT false,
    interim_plan        varchar(4000),
    interim_plan_by     varchar(100),
    interim_plan_at     timestamptz,
    repeat_of           bigint        REFERENCES marac.marac_case (id),
    transferred_from    bigint        REFERENCES marac.marac_case (id),
    status              varchar(20)   NOT NULL CHECK (status IN ('WAITING', 'LISTED', 'HEARD', 'TRANSFERRED', 'WITHDRAWN')),
    idva_summary        varchar(4000),
    case_minutes        text,
    heard_at            timestamptz,
    urgent_task_id      bigint,
    withdrawn_reason    varchar(1000),
    withdrawn_at        timestamptz,
    withdrawn_by        varchar(100),
    created_at          timestamptz   NOT NULL,
    version             int           NOT NULL DEFAULT 0,
    CHECK (status <> 'LISTED' OR meeting_id IS NOT NULL),
    CHECK (status <> 'HEARD' OR heard_at IS NOT NULL),
    CHECK (status <> 'WITHDRAWN' OR withdrawn_reason IS NOT NULL)
);
CREATE UNIQUE INDEX marac_case_referral_idx ON marac.marac_case (referral_id) WHERE referral_id IS NOT NULL;
CREATE UNIQUE INDEX marac_case_transfer_idx ON marac.marac_case (transferred_from) WHERE transferred_from IS NOT NULL;
CREATE INDEX marac_case_meeting_idx ON marac.marac_case (meeting_id);
CREATE INDEX marac_case_victim_idx ON marac.marac_case (victim_id, heard_at DESC);
CREATE INDEX marac_case_area_status_idx ON marac.marac_case (area_id, status);

-- What each agency on the agenda holds about the victim, the children and the perpetrator, before the meeting.
CREATE TABLE marac.research (
    case_id           bigint        NOT NULL REFERENCES marac.marac_case (id),
    agency_code       varchar(60)   NOT NULL,
    holds_information boolean       NOT NULL,
    about_victim      varchar(4000),
    about_children    varchar(4000),
    about_perpetrator varchar(4000),
    returned_by       varchar(100)  NOT NULL,
    returned_at       timestamptz   NOT NULL,
    version           int           NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, agency_code)
);

-- Who came to a meeting, agency by agency.
CREATE TABLE marac.attendance (
    meeting_id      bigint        NOT NULL REFERENCES marac.meeting (id),
    agency_code     varchar(60)   NOT NULL,
    representative  varchar(100),
    present         boolean       NOT NULL,
    PRIMARY KEY (meeting_id, agency_code)
);

-- The action plan: each action has an owner agency, a named owner, a due date and a status; it is a task on the
-- owner's board (safeguarding), whose completion marks the action done.
CREATE TABLE marac.action (
    id            bigserial     PRIMARY KEY,
    case_id       bigint        NOT NULL REFERENCES marac.marac_case (id),
    description   varchar(1000) NOT NULL,
    owner_agency  varchar(60)   NOT NULL,
    owner         varchar(100)  NOT NULL,
    due_on        date          NOT NULL,
    status        varchar(20)   NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    task_id       bigint,
    created_at    timestamptz   NOT NULL,
    created_by    varchar(100)  NOT NULL,
    done_at       timestamptz,
    outcome       varchar(2000),
    version       int           NOT NULL DEFAULT 0
);
CREATE INDEX action_case_idx ON marac.action (case_id);
CREATE UNIQUE INDEX action_task_idx ON marac.action (task_id) WHERE task_id IS NOT NULL;
CREATE INDEX action_open_due_idx ON marac.action (due_on) WHERE status = 'OPEN';

-- A case sent to another area's MARAC when the victim moves; the receiving coordinator accepts it onto an agenda.
CREATE TABLE marac.transfer (
    id            bigserial     PRIMARY KEY,
    case_id       bigint        NOT NULL REFERENCES marac.marac_case (id),
    from_area     bigint        NOT NULL REFERENCES marac.area (id),
    to_area       bigint        NOT NULL REFERENCES marac.area (id),
    reason        varchar(2000) NOT NULL,
    sent_at       timestamptz   NOT NULL,
    sent_by       varchar(100)  NOT NULL,
    status        varchar(20)   NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'ACCEPTED')),
    accepted_at   timestamptz,
    accepted_by   varchar(100),
    new_case_id   bigint        REFERENCES marac.marac_case (id),
    CHECK (from_area <> to_area)
);
CREATE UNIQUE INDEX transfer_one_open_idx ON marac.transfer (case_id) WHERE status = 'SENT';
