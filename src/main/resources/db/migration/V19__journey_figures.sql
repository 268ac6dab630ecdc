-- The figures the performance dashboard (insight, issue 9) reads live from other modules: the victims' journey now
-- (safeguarding), IDVA caseloads (referral, with the directory's full-time workers) and the MARAC's cases heard.
-- Each is a count over an index of the rows it counts only, so a dashboard page stays fast with millions of cases,
-- tasks and referrals.

-- How many full-time-equivalent workers a service has (for an IDVA service: caseload per worker). Null: not given.
ALTER TABLE directory.partner_service ADD COLUMN full_time_workers numeric(5,1)
    CHECK (full_time_workers IS NULL OR full_time_workers BETWEEN 0 AND 500);

-- Open cases by area and whether the SPOC is only holding the case until the specialist team takes it over: the
-- open-case and named-SPOC counts read this index alone. It answers what V10's open-cases-by-area index did and
-- replaces it.
CREATE INDEX victim_case_open_area_handover_idx ON safeguarding.victim_case (area, awaiting_handover)
    WHERE status = 'OPEN';
DROP INDEX IF EXISTS safeguarding.victim_case_area_idx;

-- Open tasks by due time with their case: tasks past due now, for every area from the index alone, for one area
-- joined to their cases. It replaces V10's open-tasks-by-due-time index.
CREATE INDEX task_open_due_case_idx ON safeguarding.task (due_at, case_id) WHERE status = 'OPEN';
DROP INDEX IF EXISTS safeguarding.task_due_idx;

-- A service's live caseload (accepted, not closed) and the referrals made to it in a period.
CREATE INDEX referral_service_accepted_idx ON referral.referral (service_id) WHERE status = 'ACCEPTED';
CREATE INDEX referral_service_made_idx ON referral.referral (service_id, made_at);

-- Cases heard in a period (the quarterly return and the dashboard), with every column they are counted by.
CREATE INDEX marac_case_heard_idx ON marac.marac_case (heard_at)
    INCLUDE (area_id, meeting_id, repeat_of, referring_agency, children, victim_sex, victim_age, victim_bme,
             victim_lgbt, victim_disability)
    WHERE status IN ('HEARD', 'TRANSFERRED');
