package org.safeguard.insight.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.safeguard.insight.rules.IncidentFact;
import org.safeguard.insight.rules.PeriodPeople;
import org.safeguard.insight.rules.Tally;
import org.safeguard.platform.CopyRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rebuild's SQL: the one place the insight module reads other modules' tables (intake, risk, referral,
 * safeguarding, identity), read-only, to work its facts out again after a bulk load that published no events.
 * Facts are copied with INSERT … SELECT; the facts and people are then streamed (a cursor, a few thousand rows at a
 * time) to the rules, and the tallies they give are written with COPY.
 */
@Repository
public class RebuildStore {

    private static final int FETCH_SIZE = 5_000;
    private static final String TALLY_COPY = "COPY insight.tally (counter, agency, risk, area, month, slot, value) FROM STDIN";
    private static final String PEOPLE_COPY = "COPY insight.person_period (person_id, role, kind, period_start, area, sex, "
            + "age_band) FROM STDIN";

    /** A completed assessment to count, with its incident's area and agency. */
    public record AssessmentRow(Instant completedAt, String area, String agency, String level, boolean raised,
                                boolean allAsked) {
    }

    /** A referral to count. */
    public record ReferralRow(Instant madeAt, String area, String agency, String risk, String serviceKind) {
    }

    /** A Victims' Code update done, or a contact (dueAt null), with its case's area and agency. */
    public record JourneyRow(Instant at, Instant dueAt, String area, String agency) {
    }

    /** A person's first appearance in a role, period kind, period and area, with what identity knows of them. */
    public record PersonRow(long personId, PeriodPeople.Role role, PeriodPeople.Kind kind, LocalDate periodStart,
                            String area, Instant firstAt, String sex, LocalDate dateOfBirth) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final DataSource dataSource;

    RebuildStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.dataSource = jdbcTemplate.getDataSource();
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** Whether insight has never been built while incidents exist: the start-up rebuild's question. */
    public boolean neverBuiltButIncidentsExist() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM insight.rebuild) AND EXISTS (SELECT 1 FROM intake.incident)")
                .query(Boolean.class).single();
    }

    /**
     * Holds off every event listener until the rebuild commits. Taken before anything is read, so the rebuild's
     * snapshot (repeatable read: taken at its first read) holds everything the listeners committed before it.
     */
    public void lock() {
        jdbc.sql("LOCK TABLE insight.incident_fact, insight.assessment_fact, insight.referral_fact, insight.task_fact, "
                + "insight.contact_fact, insight.tally, insight.person_period, insight.filter_choice IN ACCESS EXCLUSIVE MODE")
                .update();
    }

    /** Holds off every event listener until the rebuild commits, then empties the facts, tallies and people. */
    public void clear() {
        lock();
        jdbc.sql("TRUNCATE insight.incident_fact, insight.assessment_fact, insight.referral_fact, insight.task_fact, "
                + "insight.contact_fact, insight.tally, insight.person_period, insight.filter_choice").update();
    }

    /**
     * Every incident's facts from intake (parties, offences with outcomes, attendance) and risk (the latest completed
     * assessment at the incident); within target from the grades' response targets (seconds).
     */
    public long copyIncidentFacts(Map<String, Long> targetSeconds) {
        return jdbc.sql("INSERT INTO insight.incident_fact (" + FactStore.INCIDENT_COLUMNS + ") "
                        + "WITH people AS (SELECT incident_id, "
                        + "  coalesce(array_agg(person_id ORDER BY person_id) FILTER (WHERE role = 'VICTIM'), '{}') AS victims, "
                        + "  coalesce(array_agg(person_id ORDER BY person_id) FILTER (WHERE role = 'VICTIM' AND repeat_victim), "
                        + "    '{}') AS repeat_victims, "
                        + "  coalesce(array_agg(person_id ORDER BY person_id) FILTER (WHERE role = 'SUSPECT'), '{}') AS suspects, "
                        + "  count(*) FILTER (WHERE role = 'CHILD') AS children FROM intake.party GROUP BY incident_id), "
                        + "crimes AS (SELECT incident_id, array_agg(offence_group ORDER BY offence_group) AS offences, "
                        + "  array_agg(coalesce(outcome, '') ORDER BY offence_group) AS outcomes, "
                        + "  array_agg(outcome_recorded_at ORDER BY offence_group) AS outcome_ats "
                        + "  FROM intake.offence GROUP BY incident_id), "
                        + "assessed AS (SELECT DISTINCT ON (incident_id) incident_id, final_level, completed_at "
                        + "  FROM risk.assessment WHERE status = 'COMPLETED' ORDER BY incident_id, completed_at DESC, id DESC), "
                        + "targets AS (SELECT * FROM unnest(CAST(:grades AS varchar[]), CAST(:seconds AS bigint[])) AS t(grade, seconds)) "
                        + "SELECT i.id, true, i.received_at, coalesce(i.area, ''), i.owning_agency, i.grade, i.domestic_abuse, "
                        + "  i.repeat_victim, coalesce(p.repeat_victims, '{}'), "
                        + "  coalesce(p.victims, '{}'), coalesce(p.suspects, '{}'), coalesce(p.children, 0), "
                        + "  coalesce(c.offences, '{}'), coalesce(c.outcomes, '{}'), coalesce(c.outcome_ats, '{}'), a.arrived_at, "
                        + "  CASE WHEN a.arrived_at IS NULL THEN NULL "
                        + "       ELSE coalesce(extract(epoch FROM a.arrived_at - i.received_at) <= t.seconds, false) END, "
                        + "  a.officers_attending, a.body_worn_video, a.arrest, coalesce(r.final_level, 'NONE'), r.completed_at "
                        + "FROM intake.incident i LEFT JOIN people p ON p.incident_id = i.id "
                        + "LEFT JOIN crimes c ON c.incident_id = i.id LEFT JOIN intake.attendance a ON a.incident_id = i.id "
                        + "LEFT JOIN assessed r ON r.incident_id = i.id LEFT JOIN targets t ON t.grade = i.grade")
                .param("grades", targetSeconds.keySet().toArray(String[]::new))
                .param("seconds", targetSeconds.values().stream().mapToLong(Long::longValue).toArray())
                .update();
    }

    /** The completed assessments, referrals, Victims' Code updates done and contacts, noted as counted. */
    public void copyRecordFacts() {
        jdbc.sql("INSERT INTO insight.assessment_fact (assessment_id, incident_id, completed_at, level, raised, all_asked) "
                + "SELECT id, incident_id, completed_at, final_level, " + RAISED + ", coalesce(all_asked, false) "
                + "FROM risk.assessment WHERE status = 'COMPLETED'").update();
        jdbc.sql("INSERT INTO insight.referral_fact (referral_id, made_at, service_kind) "
                + "SELECT id, made_at, service_kind FROM referral.referral").update();
        jdbc.sql("INSERT INTO insight.task_fact (task_id, done_at, on_time) SELECT id, done_at, done_at <= due_at "
                + "FROM safeguarding.task WHERE kind = 'VICTIMS_CODE_UPDATE' AND status = 'DONE'").update();
        jdbc.sql("INSERT INTO insight.contact_fact (contact_id, contacted_at) SELECT id, contacted_at FROM safeguarding.contact")
                .update();
    }

    private static final String RAISED = "coalesce(array_position(ARRAY['STANDARD','MEDIUM','HIGH']::varchar[], final_level) "
            + "> array_position(ARRAY['STANDARD','MEDIUM','HIGH']::varchar[], suggested_level), false)";

    /** Every incident's fact, month by month (UK months, oldest first). */
    public void incidentFacts(Consumer<IncidentFact> each) {
        streaming.query("SELECT " + FactStore.INCIDENT_COLUMNS + " FROM insight.incident_fact WHERE recorded "
                + "ORDER BY received_at", rs -> {
                    each.accept(FactStore.incident(rs));
                });
    }

    /** Completed assessments in order of completion, at their incident's area and agency (as events count them). */
    public void assessments(Consumer<AssessmentRow> each) {
        streaming.query("SELECT a.completed_at, coalesce(f.area, ''), coalesce(f.agency, ''), a.level, a.raised, a.all_asked "
                + "FROM insight.assessment_fact a LEFT JOIN insight.incident_fact f ON f.incident_id = a.incident_id "
                + "ORDER BY a.completed_at", rs -> {
                    each.accept(new AssessmentRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBoolean(5), rs.getBoolean(6)));
                });
    }

    /** Referrals in the order made. */
    public void referrals(Consumer<ReferralRow> each) {
        streaming.query("SELECT made_at, coalesce(area, ''), made_by_agency, risk_level, service_kind FROM referral.referral "
                + "ORDER BY made_at", rs -> {
                    each.accept(new ReferralRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                });
    }

    /** Victims' Code updates done, in the order done, in their case's area. */
    public void victimsCodeUpdates(Consumer<JourneyRow> each) {
        streaming.query("SELECT t.done_at, t.due_at, coalesce(c.area, '') FROM safeguarding.task t "
                + "JOIN safeguarding.victim_case c ON c.id = t.case_id "
                + "WHERE t.kind = 'VICTIMS_CODE_UPDATE' AND t.status = 'DONE' ORDER BY t.done_at", rs -> {
                    each.accept(new JourneyRow(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                            rs.getString(3), ""));
                });
    }

    /** Contacts in the order made, in their case's area, by the contact's owning agency. */
    public void contacts(Consumer<JourneyRow> each) {
        streaming.query("SELECT t.contacted_at, coalesce(c.area, ''), t.owning_agency FROM safeguarding.contact t "
                + "JOIN safeguarding.victim_case c ON c.id = t.case_id ORDER BY t.contacted_at", rs -> {
                    each.accept(new JourneyRow(rs.getTimestamp(1).toInstant(), null, rs.getString(2), rs.getString(3)));
                });
    }

    /**
     * Each person's first appearance per role, period kind, period and area (and in every area, '*'): victims,
     * repeat victims and suspects of recorded domestic abuse incidents, and victims contacted; with the person's sex
     * and date of birth from identity.
     */
    public void firstAppearances(Consumer<PersonRow> each) {
        streaming.query("WITH seen AS ("
                + "  SELECT v AS person_id, 'VICTIM' AS role, f.received_at AS at, f.area FROM insight.incident_fact f, "
                + "    unnest(f.victim_ids) v WHERE f.recorded AND f.domestic_abuse "
                + "  UNION ALL SELECT v, 'REPEAT_VICTIM', f.received_at, f.area FROM insight.incident_fact f, "
                + "    unnest(f.repeat_victim_ids) v WHERE f.recorded AND f.domestic_abuse "
                + "  UNION ALL SELECT s, 'SUSPECT', f.received_at, f.area FROM insight.incident_fact f, "
                + "    unnest(f.suspect_ids) s WHERE f.recorded AND f.domestic_abuse "
                + "  UNION ALL SELECT c.victim_id, 'CONTACTED', t.contacted_at, coalesce(c.area, '') "
                + "    FROM safeguarding.contact t JOIN safeguarding.victim_case c ON c.id = t.case_id), "
                + "keyed AS (SELECT s.person_id, s.role, k.kind, "
                + "    date_trunc(k.unit, s.at AT TIME ZONE 'Europe/London')::date AS period_start, w.area, s.at "
                + "  FROM seen s CROSS JOIN (VALUES ('M', 'month'), ('Q', 'quarter'), ('Y', 'year')) AS k(kind, unit) "
                + "  CROSS JOIN LATERAL (VALUES (s.area), ('*')) AS w(area)), "
                + "firsts AS (SELECT person_id, role, kind, period_start, area, min(at) AS first_at FROM keyed "
                + "  GROUP BY person_id, role, kind, period_start, area) "
                + "SELECT f.person_id, f.role, f.kind, f.period_start, f.area, f.first_at, p.sex, p.date_of_birth "
                + "FROM firsts f LEFT JOIN identity.person p ON p.id = f.person_id", rs -> {
                    java.sql.Date born = rs.getDate(8);
                    each.accept(new PersonRow(rs.getLong(1), PeriodPeople.Role.valueOf(rs.getString(2)),
                            PeriodPeople.Kind.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getString(5),
                            rs.getTimestamp(6).toInstant(), rs.getString(7), born == null ? null : born.toLocalDate()));
                });
    }

    /** Writes tallies (each key at most once across the whole rebuild) with COPY. */
    public void copyTallies(Collection<Tally> tallies) {
        CopyRows rows = new CopyRows();
        for (Tally t : tallies) {
            rows.value(t.counter()).value(t.agency()).value(t.risk()).value(t.area()).value(t.month()).value(t.slot())
                    .value(t.value()).endRow();
        }
        rows.copyInto(dataSource, TALLY_COPY);
    }

    /** Writes people rows with COPY. */
    public void copyPeople(List<PeriodPeople.Row> people) {
        CopyRows rows = new CopyRows();
        for (PeriodPeople.Row r : people) {
            rows.value(r.personId()).value(r.role().name()).value(r.kind().name()).value(r.periodStart()).value(r.area())
                    .value(r.sex()).value(r.ageBand()).endRow();
        }
        rows.copyInto(dataSource, PEOPLE_COPY);
    }

    /** The areas and agencies the filters offer, worked out once from the tallies written (as the events note them). */
    public void copyFilterChoices() {
        jdbc.sql("INSERT INTO insight.filter_choice (kind, value) "
                + "SELECT DISTINCT 'AREA', area FROM insight.tally WHERE counter = 'INCIDENTS' AND agency = '*' "
                + "AND risk = '*' AND area NOT IN ('*', '') "
                + "UNION SELECT DISTINCT 'AGENCY', agency FROM insight.tally WHERE counter IN ('INCIDENTS', 'ASSESSMENTS', "
                + "'REFERRALS', 'CONTACTS') AND risk = '*' AND area = '*' AND agency NOT IN ('*', '') "
                + "ON CONFLICT DO NOTHING").update();
    }

    /** Notes the rebuild and that the tallies changed now. */
    public void recordRebuild(Instant startedAt, Duration took, long incidents, long tallies, long people) {
        jdbc.sql("INSERT INTO insight.rebuild (started_at, took_ms, incidents, tallies, people) VALUES (?, ?, ?, ?, ?)")
                .params(Timestamp.from(startedAt), took.toMillis(), incidents, tallies, people).update();
        jdbc.sql("INSERT INTO insight.freshness (id, updated_at) VALUES (1, clock_timestamp()) "
                + "ON CONFLICT (id) DO UPDATE SET updated_at = EXCLUDED.updated_at").update();
    }

    /**
     * Adds a generated count to a town's adult female population while the town's current figure is synthetic (or it
     * has none); an administrator's figure is never added to or replaced. Returns whether it added.
     */
    public boolean addAdultWomen(String area, long count, String source, Instant at) {
        return new PopulationStore(jdbc).addSynthetic(area, count, source, at);
    }
}
