-- Agencies, teams and staff accounts (access module). Created by an ADMIN; no self-registration.
CREATE SCHEMA access;

CREATE TABLE access.agency (
    id         bigserial PRIMARY KEY,
    code       varchar(40)  NOT NULL,
    name       varchar(200) NOT NULL,
    kind       varchar(40)  NOT NULL,
    version    int          NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX agency_code_uq ON access.agency (lower(code));
CREATE UNIQUE INDEX agency_name_uq ON access.agency (lower(name));

CREATE TABLE access.team (
    id         bigserial PRIMARY KEY,
    agency_id  bigint       NOT NULL REFERENCES access.agency (id),
    name       varchar(200) NOT NULL,
    area       varchar(100),
    version    int          NOT NULL DEFAULT 0,
    created_at timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (id, agency_id)
);
CREATE UNIQUE INDEX team_name_uq ON access.team (agency_id, lower(name));

-- Staff are people too: their accounts carry the owning agency like every table of personal data.
CREATE TABLE access.staff_account (
    id            bigserial PRIMARY KEY,
    username      varchar(60)  NOT NULL,
    display_name  varchar(200) NOT NULL,
    email         varchar(254),
    agency_id     bigint       NOT NULL REFERENCES access.agency (id),
    team_id       bigint,
    roles         text[]       NOT NULL CHECK (cardinality(roles) > 0),
    password_hash varchar(200) NOT NULL,
    enabled       boolean      NOT NULL DEFAULT true,
    version       int          NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    -- a member of a team belongs to that team's agency
    FOREIGN KEY (team_id, agency_id) REFERENCES access.team (id, agency_id)
);
CREATE UNIQUE INDEX staff_account_username_uq ON access.staff_account (lower(username));

-- Failed sign-ins per typed username, whether or not such an account exists, so that lockout
-- behaves the same for real and made-up usernames and says nothing about which exist.
CREATE TABLE access.sign_in_throttle (
    username_key     varchar(60) PRIMARY KEY,
    failures         int         NOT NULL,
    first_failure_at timestamptz NOT NULL,
    locked_until     timestamptz
);
