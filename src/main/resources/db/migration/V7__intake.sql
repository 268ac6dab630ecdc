-- Incidents from the control room, front counter, online and partners (intake module).
CREATE SCHEMA intake;

CREATE TABLE intake.incident (
    id                   bigserial PRIMARY KEY,
    reference            varchar(20)  NOT NULL UNIQUE,
    received_at          timestamptz  NOT NULL,
    channel              varchar(30)  NOT NULL,
    caller_name          varchar(200),
    caller_phone         varchar(20),
    caller_phone_typed   varchar(40),
    location_typed       varchar(300) NOT NULL,
    address_id           bigint,
    area                 varchar(100),
    relationship         varchar(40),
    both_16_or_over      boolean,
    personally_connected boolean,
    domestic_abuse       boolean      NOT NULL,
    children_present     int          NOT NULL DEFAULT 0,
    children_living      int          NOT NULL DEFAULT 0,
    child_ages           varchar(100),
    weapon               boolean      NOT NULL DEFAULT false,
    injury               boolean      NOT NULL DEFAULT false,
    threat_to_life       boolean      NOT NULL DEFAULT false,
    grade                varchar(40)  NOT NULL,
    summary              varchar(4000),
    repeat_victim        boolean      NOT NULL DEFAULT false,
    specialist_review    boolean      NOT NULL DEFAULT false,
    status               varchar(20)  NOT NULL DEFAULT 'OPEN',
    recorded_by          varchar(100) NOT NULL,
    recorded_at          timestamptz  NOT NULL DEFAULT now(),
    closed_at            timestamptz,
    closed_by            varchar(100),
    owning_agency        varchar(40)  NOT NULL,
    version              int          NOT NULL DEFAULT 0
);
CREATE INDEX incident_received_idx ON intake.incident (received_at DESC);
CREATE INDEX incident_phone_idx ON intake.incident (caller_phone, received_at DESC);
CREATE INDEX incident_address_idx ON intake.incident (address_id, received_at DESC);
CREATE INDEX incident_open_idx ON intake.incident (status, grade) WHERE status = 'OPEN';
CREATE SEQUENCE intake.incident_reference_seq;

CREATE TABLE intake.party (
    incident_id   bigint       NOT NULL REFERENCES intake.incident (id),
    person_id     bigint       NOT NULL,
    role          varchar(20)  NOT NULL,
    name_given    varchar(200) NOT NULL,
    date_of_birth date,
    phone_typed   varchar(40),
    PRIMARY KEY (incident_id, person_id, role)
);
CREATE INDEX party_person_idx ON intake.party (person_id, role);

-- The checks that ran on the incident's people, phone and address, recorded for the attending officer.
CREATE TABLE intake.intelligence_check (
    id           bigserial PRIMARY KEY,
    incident_id  bigint       NOT NULL REFERENCES intake.incident (id),
    kind         varchar(60)  NOT NULL,
    subject      varchar(300) NOT NULL,
    ran_at       timestamptz  NOT NULL,
    ran_for      varchar(100) NOT NULL,
    found        int          NOT NULL,
    summary      varchar(2000) NOT NULL,
    completed    boolean      NOT NULL DEFAULT true
);
CREATE INDEX intelligence_check_incident_idx ON intake.intelligence_check (incident_id);

-- Officers' domestic abuse skills, for deployment.
CREATE TABLE intake.officer_skill (
    account_id        bigint PRIMARY KEY,
    dvero_trained_until date,
    specialist        boolean     NOT NULL DEFAULT false,
    available         boolean     NOT NULL DEFAULT true,
    version           int         NOT NULL DEFAULT 0
);

CREATE TABLE intake.deployment (
    incident_id   bigint       NOT NULL REFERENCES intake.incident (id),
    account_id    bigint       NOT NULL,
    officer_name  varchar(200) NOT NULL,
    dvero         boolean      NOT NULL,
    dispatched_at timestamptz  NOT NULL,
    dispatched_by varchar(100) NOT NULL,
    PRIMARY KEY (incident_id, account_id)
);

CREATE TABLE intake.attendance (
    incident_id          bigint PRIMARY KEY REFERENCES intake.incident (id),
    arrived_at           timestamptz  NOT NULL,
    officers_attending   int          NOT NULL,
    body_worn_video      boolean      NOT NULL,
    offence_disclosed    boolean      NOT NULL,
    arrest               boolean      NOT NULL,
    dvpn                 boolean      NOT NULL,
    referral             boolean      NOT NULL,
    safety_advice        boolean      NOT NULL,
    no_arrest_reason     varchar(1000),
    recorded_by          varchar(100) NOT NULL,
    recorded_at          timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE intake.close_out (
    incident_id             bigint PRIMARY KEY REFERENCES intake.incident (id),
    victim_safe             boolean       NOT NULL,
    suspect_dealt_with      boolean       NOT NULL,
    suspect_reason          varchar(1000),
    risk_assessed           boolean       NOT NULL,
    risk_reason             varchar(1000),
    children_safeguarded    boolean,
    children_reason         varchar(1000),
    positive_action_recorded boolean      NOT NULL,
    closed_by               varchar(100)  NOT NULL,
    closed_at               timestamptz   NOT NULL
);
