-- The figures the performance dashboard (insight, issue 9) reads live from other modules: the victims' journey now
-- (safeguarding), IDVA caseloads (referral, with the directory's full-time workers) and the MARAC's cases heard.
-- Each is a count kept as cases change or a count over an index of the rows it counts only, so a dashboard page
-- stays fast with millions of cases, tasks and referrals.

-- How many full-time-equivalent workers a service has (for an IDVA service: caseload per worker). Null: not given.
ALTER TABLE directory.partner_service ADD COLUMN full_time_workers numeric(5,1)
    CHECK (full_time_workers IS NULL OR full_time_workers BETWEEN 0 AND 500);

-- Open cases by area ('' for none) and whether the SPOC is only holding the case until the specialist team takes it
-- over, kept as counts: with hundreds of thousands of cases open, counting them at every dashboard view would read
-- them all. Kept by triggers, so every path that writes a case (the service, the bulk import's COPY, a migration)
-- keeps it true; each statement adds its difference once, in a fixed order of rows (no deadlock between two).
CREATE TABLE safeguarding.open_cases (
    area               varchar(100) NOT NULL,
    awaiting_handover  boolean      NOT NULL,
    cases              bigint       NOT NULL,
    PRIMARY KEY (area, awaiting_handover)
);
INSERT INTO safeguarding.open_cases (area, awaiting_handover, cases)
SELECT coalesce(area, ''), awaiting_handover, count(*) FROM safeguarding.victim_case WHERE status = 'OPEN'
GROUP BY 1, 2;

CREATE FUNCTION safeguarding.count_open_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO safeguarding.open_cases AS counted (area, awaiting_handover, cases)
        SELECT coalesce(area, ''), awaiting_handover, count(*) FROM added WHERE status = 'OPEN'
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (area, awaiting_handover) DO UPDATE SET cases = counted.cases + excluded.cases;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO safeguarding.open_cases AS counted (area, awaiting_handover, cases)
        SELECT area, awaiting_handover, sum(n) FROM (
            SELECT coalesce(area, '') AS area, awaiting_handover, 1 AS n FROM added WHERE status = 'OPEN'
            UNION ALL
            SELECT coalesce(area, ''), awaiting_handover, -1 FROM removed WHERE status = 'OPEN') moved
        GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2
        ON CONFLICT (area, awaiting_handover) DO UPDATE SET cases = counted.cases + excluded.cases;
    ELSE
        INSERT INTO safeguarding.open_cases AS counted (area, awaiting_handover, cases)
        SELECT coalesce(area, ''), awaiting_handover, -count(*) FROM removed WHERE status = 'OPEN'
        GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (area, awaiting_handover) DO UPDATE SET cases = counted.cases + excluded.cases;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER victim_case_opened AFTER INSERT ON safeguarding.victim_case
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION safeguarding.count_open_cases();
CREATE TRIGGER victim_case_changed AFTER UPDATE ON safeguarding.victim_case
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION safeguarding.count_open_cases();
CREATE TRIGGER victim_case_deleted AFTER DELETE ON safeguarding.victim_case
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION safeguarding.count_open_cases();
CREATE FUNCTION safeguarding.forget_open_cases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM safeguarding.open_cases;
    RETURN NULL;
END
$$;
CREATE TRIGGER victim_case_emptied AFTER TRUNCATE ON safeguarding.victim_case
    FOR EACH STATEMENT EXECUTE FUNCTION safeguarding.forget_open_cases();

-- Open tasks by due time with their case, and open cases by area with their id: tasks past due now, for every area
-- from the first index alone, for one area joined to its open cases from the two. They replace V10's open-tasks-by-
-- due-time and open-cases-by-area indexes.
CREATE INDEX task_open_due_case_idx ON safeguarding.task (due_at, case_id) WHERE status = 'OPEN';
DROP INDEX IF EXISTS safeguarding.task_due_idx;
CREATE INDEX victim_case_open_area_id_idx ON safeguarding.victim_case (area) INCLUDE (id) WHERE status = 'OPEN';
DROP INDEX IF EXISTS safeguarding.victim_case_area_idx;

-- A service's live caseload (accepted, not closed) and the referrals made to it in a period.
CREATE INDEX referral_service_accepted_idx ON referral.referral (service_id) WHERE status = 'ACCEPTED';
CREATE INDEX referral_service_made_idx ON referral.referral (service_id, made_at);

-- Cases heard in a period (the quarterly return and the dashboard), with every column they are counted by.
CREATE INDEX marac_case_heard_idx ON marac.marac_case (heard_at)
    INCLUDE (area_id, meeting_id, repeat_of, referring_agency, children, victim_sex, victim_age, victim_bme,
             victim_lgbt, victim_disability)
    WHERE status IN ('HEARD', 'TRANSFERRED');
