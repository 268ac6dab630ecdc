-- Crime outcomes (intake module, issue 9): the Home Office outcome of each offence recorded on an incident, by
-- its CrimeOutcome name; null while the investigation has none. Recording again replaces it (a correction).
ALTER TABLE intake.offence
    ADD COLUMN outcome             varchar(60),
    ADD COLUMN outcome_recorded_at timestamptz,
    ADD COLUMN outcome_recorded_by varchar(100),
    ADD CONSTRAINT offence_outcome_recorded CHECK ((outcome IS NULL) = (outcome_recorded_at IS NULL)
        AND (outcome IS NULL) = (outcome_recorded_by IS NULL));

-- Whether each victim was a repeat victim (the repeat-victim rule) when the incident was recorded: the incident's
-- repeat_victim flag says "any of its victims"; the dashboard counts repeat victims person by person from this.
-- A victim added to the incident later is recorded as not a repeat victim.
ALTER TABLE intake.party
    ADD COLUMN repeat_victim boolean NOT NULL DEFAULT false;
