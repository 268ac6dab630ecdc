-- Matching people and addresses typed at the first call (identity module).
-- normalised / building_key are written by AddressNormaliser (Java), filled for existing rows by V6.
ALTER TABLE identity.address ADD COLUMN normalised varchar(420), ADD COLUMN building_key varchar(420);
CREATE INDEX address_postcode_line_idx ON identity.address (postcode, normalised);
CREATE INDEX address_building_idx ON identity.address (postcode, building_key);
CREATE INDEX address_line_idx ON identity.address (normalised);

DROP INDEX identity.person_name_idx;
CREATE INDEX person_name_idx ON identity.person (lower(family_name), lower(given_name), date_of_birth);

-- References for person records first made in Safeguard itself (source system SAFEGUARD).
CREATE SEQUENCE identity.person_source_ref_seq;

-- Warning markers: facts about a person that keep officers and others safe (weapons, violence…).
CREATE TABLE identity.warning_marker (
    id            bigserial PRIMARY KEY,
    person_id     bigint       NOT NULL REFERENCES identity.person (id),
    kind          varchar(40)  NOT NULL,
    note          varchar(500),
    recorded_at   timestamptz  NOT NULL DEFAULT now(),
    owning_agency varchar(40)  NOT NULL
);
CREATE INDEX warning_marker_person_idx ON identity.warning_marker (person_id);
