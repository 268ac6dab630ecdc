-- People, addresses and phone numbers (identity module). Every row carries the agency that owns it.
CREATE SCHEMA identity;

CREATE TABLE identity.address (
    id            bigserial PRIMARY KEY,
    line1         varchar(200) NOT NULL,
    line2         varchar(200),
    town          varchar(100) NOT NULL,
    postcode      varchar(8)   NOT NULL,
    uprn          bigint,
    owning_agency varchar(40)  NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX address_postcode_idx ON identity.address (postcode);

CREATE TABLE identity.person (
    id            bigserial PRIMARY KEY,
    given_name    varchar(100) NOT NULL,
    family_name   varchar(100) NOT NULL,
    date_of_birth date,
    sex           varchar(10)  NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'NOT_KNOWN')),
    source_system varchar(40)  NOT NULL,
    source_ref    varchar(60)  NOT NULL,
    owning_agency varchar(40)  NOT NULL,
    version       int          NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (source_system, source_ref)
);
CREATE INDEX person_name_idx ON identity.person (lower(family_name), lower(given_name));

CREATE TABLE identity.person_address (
    person_id     bigint      NOT NULL REFERENCES identity.person (id),
    address_id    bigint      NOT NULL REFERENCES identity.address (id),
    from_date     date,
    to_date       date,
    owning_agency varchar(40) NOT NULL
);
CREATE INDEX person_address_person_idx ON identity.person_address (person_id);
CREATE INDEX person_address_address_idx ON identity.person_address (address_id);

CREATE TABLE identity.phone (
    id            bigserial PRIMARY KEY,
    person_id     bigint      NOT NULL REFERENCES identity.person (id),
    number        varchar(20) NOT NULL,
    as_recorded   varchar(40) NOT NULL,
    owning_agency varchar(40) NOT NULL
);
CREATE INDEX phone_number_idx ON identity.phone (number);
CREATE INDEX phone_person_idx ON identity.phone (person_id);
