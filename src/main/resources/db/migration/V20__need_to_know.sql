-- Need to know (access module): restrictions on a person's records, the specialists named on them, access
-- requests and grants, break-glass and its review, and the notices staff are sent. Person ids are identity's;
-- like every table of personal data each row carries its owning agency.

CREATE TABLE access.record_restriction (
    id            bigserial PRIMARY KEY,
    person_id     bigint        NOT NULL,
    kind          varchar(30)   NOT NULL CHECK (kind IN ('STAFF_INVOLVED', 'RESTRICTED_VICTIM', 'CONFIDENTIAL_ADDRESS')),
    reason        varchar(1000) NOT NULL CHECK (length(btrim(reason)) > 0),
    marked_by     varchar(100)  NOT NULL,
    marked_at     timestamptz   NOT NULL,
    lifted_by     varchar(60),
    lifted_at     timestamptz,
    lift_reason   varchar(1000),
    owning_agency varchar(40)   NOT NULL,
    version       int           NOT NULL DEFAULT 0,
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL)),
    CHECK (lifted_at IS NULL OR length(btrim(coalesce(lift_reason, ''))) > 0)
);
-- One restriction of a kind in force per person record; lifted ones stay as history.
CREATE UNIQUE INDEX record_restriction_in_force_uq ON access.record_restriction (person_id, kind) WHERE lifted_at IS NULL;

CREATE TABLE access.named_reader (
    restriction_id bigint      NOT NULL REFERENCES access.record_restriction (id),
    username       varchar(60) NOT NULL,
    named_by       varchar(60) NOT NULL,
    named_at       timestamptz NOT NULL,
    PRIMARY KEY (restriction_id, username)
);

CREATE TABLE access.access_request (
    id                bigserial PRIMARY KEY,
    record_type       varchar(20)   NOT NULL,
    person_id         bigint        NOT NULL,
    requested_by      varchar(60)   NOT NULL,
    requester_agency  varchar(40)   NOT NULL,
    reason            varchar(1000) NOT NULL CHECK (length(btrim(reason)) > 0),
    requested_at      timestamptz   NOT NULL,
    -- the owner it was sent to; null: the specialist team's supervisors
    sent_to           varchar(60),
    status            varchar(10)   NOT NULL CHECK (status IN ('PENDING', 'GRANTED', 'REFUSED', 'WITHDRAWN')),
    decided_by        varchar(60),
    decided_at        timestamptz,
    decision_note     varchar(1000),
    granted_until     timestamptz,
    owning_agency     varchar(40)   NOT NULL,
    version           int           NOT NULL DEFAULT 0,
    CHECK ((status = 'PENDING') = (decided_at IS NULL)),
    CHECK ((status = 'GRANTED') = (granted_until IS NOT NULL))
);
-- One request waiting per reader and person.
CREATE UNIQUE INDEX access_request_pending_uq ON access.access_request (lower(requested_by), person_id)
    WHERE status = 'PENDING';
CREATE INDEX access_request_sent_to_idx ON access.access_request (lower(sent_to), status);
CREATE INDEX access_request_granted_idx ON access.access_request (lower(requested_by), person_id, granted_until)
    WHERE status = 'GRANTED';

CREATE TABLE access.break_glass (
    id               bigserial PRIMARY KEY,
    record_type      varchar(20)   NOT NULL,
    person_id        bigint        NOT NULL,
    opened_by        varchar(60)   NOT NULL,
    opened_by_agency varchar(40)   NOT NULL,
    reason           varchar(1000) NOT NULL CHECK (length(btrim(reason)) > 0),
    opened_at        timestamptz   NOT NULL,
    until            timestamptz   NOT NULL CHECK (until > opened_at),
    owner_told       varchar(60),
    supervisor_told  varchar(60),
    review           varchar(13) CHECK (review IN ('JUSTIFIED', 'NOT_JUSTIFIED')),
    reviewed_by      varchar(60),
    reviewed_at      timestamptz,
    review_note      varchar(1000),
    owning_agency    varchar(40)   NOT NULL,
    version          int           NOT NULL DEFAULT 0,
    CHECK ((review IS NULL) = (reviewed_at IS NULL))
);
CREATE INDEX break_glass_open_idx ON access.break_glass (lower(opened_by), person_id, until);
CREATE INDEX break_glass_unreviewed_idx ON access.break_glass (opened_at) WHERE review IS NULL;

CREATE TABLE access.staff_notice (
    id         bigserial PRIMARY KEY,
    username   varchar(60)   NOT NULL,
    subject    varchar(200)  NOT NULL,
    body       varchar(2000) NOT NULL,
    link       varchar(300),
    created_at timestamptz   NOT NULL,
    read_at    timestamptz
);
CREATE INDEX staff_notice_username_idx ON access.staff_notice (lower(username), created_at DESC);

-- Staff marked in the offender module until now are restrictions here from now on (offender's table stays as
-- it was, read by nothing).
INSERT INTO access.record_restriction (person_id, kind, reason, marked_by, marked_at, owning_agency)
SELECT person_id, 'STAFF_INVOLVED', reason, marked_by, marked_at, 'POLICE'
FROM offender.staff_involvement;
