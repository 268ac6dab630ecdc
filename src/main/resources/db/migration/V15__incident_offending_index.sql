-- Perpetrators' offending (the offender module's RFG list, issue 8) read through intake: a suspect's incidents
-- are found by party, then each incident's time, whether it was domestic abuse and its area. This index answers
-- the second step from the index alone, as V8's did for time and domestic abuse only; it replaces that one.
CREATE UNIQUE INDEX incident_by_id_for_offending_idx ON intake.incident (id) INCLUDE (received_at, domestic_abuse, area);
DROP INDEX IF EXISTS intake.incident_received_by_id_idx;
