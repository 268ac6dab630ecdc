-- Offences recorded on an incident (intake module): what the suspects are alleged to have done, by
-- group. The offender module weighs an incident by its most serious one (RFG gravity).
CREATE TABLE intake.offence (
    incident_id   bigint       NOT NULL REFERENCES intake.incident (id),
    offence_group varchar(40)  NOT NULL,
    recorded_by   varchar(100) NOT NULL,
    recorded_at   timestamptz  NOT NULL,
    PRIMARY KEY (incident_id, offence_group)
);
