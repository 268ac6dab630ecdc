-- The history panel's lookups at a million people and two million incidents (issue 3). Each index
-- below answers a lookup from the index alone (an index-only scan), so a lookup reads a few index
-- pages instead of one table page per row; a phone number from the drama ranges is shared by about
-- a thousand person records and over a thousand calls, so per-row table reads were most of a lookup.
-- The indexes they make redundant (same leading columns) go, so writes pay for no more indexes.

-- People with a phone number, lowest id first (PersonStore.withPhone stops after the limit).
CREATE INDEX phone_number_person_idx ON identity.phone (number, person_id);
DROP INDEX IF EXISTS identity.phone_number_idx;

-- Calls from a number and incidents at addresses, newest first (HistoryStore.byCallerPhone, byAddresses).
CREATE INDEX incident_caller_phone_idx ON intake.incident (caller_phone, received_at DESC) INCLUDE (id);
DROP INDEX IF EXISTS intake.incident_phone_idx;
CREATE INDEX incident_at_address_idx ON intake.incident (address_id, received_at DESC) INCLUDE (id);
DROP INDEX IF EXISTS intake.incident_address_idx;

-- A person's incidents, as any party or in one role (HistoryStore.byPeople, victimIncidentTimes, suspectCounts) ...
CREATE INDEX party_person_role_incident_idx ON intake.party (person_id, role, incident_id);
DROP INDEX IF EXISTS intake.party_person_idx;
-- ... and when each was received and whether it was domestic abuse, without reading the incident.
CREATE UNIQUE INDEX incident_received_by_id_idx ON intake.incident (id) INCLUDE (received_at, domestic_abuse);

-- People by name without a date of birth, lowest id first (PersonStore.named stops after the limit):
-- the commonest names ("Olivia Smith") have thousands of records.
CREATE INDEX person_name_by_id_idx ON identity.person (lower(family_name), lower(given_name), id);
