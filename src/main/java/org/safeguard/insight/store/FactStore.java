package org.safeguard.insight.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safeguard.insight.rules.IncidentFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The facts the tallies are worked out from: one row per incident, locked while an event changes it, and the
 * assessments, referrals, tasks and contacts already counted.
 */
@Repository
public class FactStore {

    static final String INCIDENT_COLUMNS = "incident_id, recorded, received_at, area, agency, grade, domestic_abuse, "
            + "repeat_victim, repeat_victim_ids, victim_ids, suspect_ids, children, offences, outcomes, outcome_ats, "
            + "arrived_at, within_target, officers, body_worn_video, arrest, risk, risk_at";

    private final JdbcClient jdbc;

    FactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The incident's fact, locked until the transaction ends; an empty one (made now) when nothing has arrived. */
    public IncidentFact lock(long incidentId) {
        Optional<IncidentFact> found = locked(incidentId);
        if (found.isPresent()) {
            return found.get();
        }
        jdbc.sql("INSERT INTO insight.incident_fact (incident_id) VALUES (?) ON CONFLICT DO NOTHING")
                .param(incidentId).update();
        return locked(incidentId).orElseThrow();
    }

    private Optional<IncidentFact> locked(long incidentId) {
        return jdbc.sql("SELECT " + INCIDENT_COLUMNS + " FROM insight.incident_fact WHERE incident_id = ? FOR UPDATE")
                .param(incidentId).query((rs, n) -> incident(rs)).optional();
    }

    public void save(IncidentFact fact) {
        IncidentFact.Attendance a = fact.attendance();
        jdbc.sql("UPDATE insight.incident_fact SET recorded = ?, received_at = ?, area = ?, agency = ?, grade = ?, "
                        + "domestic_abuse = ?, repeat_victim = ?, repeat_victim_ids = ?, victim_ids = ?, suspect_ids = ?, "
                        + "children = ?, offences = ?, outcomes = ?, outcome_ats = CAST(? AS timestamptz[]), "
                        + "arrived_at = ?, within_target = ?, officers = ?, body_worn_video = ?, arrest = ?, risk = ?, "
                        + "risk_at = ? WHERE incident_id = ?")
                .params(fact.recorded(), timestamp(fact.receivedAt()), fact.area(), fact.agency(), fact.grade(),
                        fact.domesticAbuse(), fact.repeatVictim(), fact.repeatVictims().toArray(Long[]::new),
                        fact.victims().toArray(Long[]::new), fact.suspects().toArray(Long[]::new),
                        fact.children(), fact.offences().stream().map(IncidentFact.Offence::group).toArray(String[]::new),
                        fact.offences().stream().map(o -> o.outcome() == null ? "" : o.outcome()).toArray(String[]::new),
                        fact.offences().stream().map(o -> o.outcomeAt() == null ? null : o.outcomeAt().toString())
                                .toArray(String[]::new),
                        a == null ? null : timestamp(a.arrivedAt()), a == null ? null : a.withinTarget(),
                        a == null ? null : a.officers(), a == null ? null : a.bodyWornVideo(), a == null ? null : a.arrest(),
                        fact.risk(), timestamp(fact.riskAt()), fact.incidentId())
                .update();
    }

    /** The area and agency of an incident as far as known ('' when its recording has not arrived). */
    public String[] whereOf(long incidentId) {
        return jdbc.sql("SELECT area, agency FROM insight.incident_fact WHERE incident_id = ?").param(incidentId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional()
                .orElse(new String[] {"", ""});
    }

    /** Notes the completed assessment; false when it was noted before (a redelivered event). */
    public boolean firstAssessment(long assessmentId, long incidentId, Instant completedAt, String level, boolean raised,
                                   boolean allAsked) {
        return jdbc.sql("INSERT INTO insight.assessment_fact (assessment_id, incident_id, completed_at, level, raised, "
                        + "all_asked) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(assessmentId, incidentId, timestamp(completedAt), level, raised, allAsked).update() == 1;
    }

    /** The completed assessments of the incident already counted (area and agency left blank: the caller's). */
    public List<RebuildStore.AssessmentRow> assessmentsOf(long incidentId) {
        return jdbc.sql("SELECT completed_at, level, raised, all_asked FROM insight.assessment_fact WHERE incident_id = ? "
                        + "ORDER BY assessment_id")
                .param(incidentId)
                .query((rs, n) -> new RebuildStore.AssessmentRow(rs.getTimestamp(1).toInstant(), "", "", rs.getString(2),
                        rs.getBoolean(3), rs.getBoolean(4)))
                .list();
    }

    /** Notes the referral; false when it was noted before. */
    public boolean firstReferral(long referralId, Instant madeAt, String serviceKind) {
        return jdbc.sql("INSERT INTO insight.referral_fact (referral_id, made_at, service_kind) VALUES (?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")
                .params(referralId, timestamp(madeAt), serviceKind).update() == 1;
    }

    /** Notes the Victims' Code update done; false when it was noted before. */
    public boolean firstTask(long taskId, Instant doneAt, boolean onTime) {
        return jdbc.sql("INSERT INTO insight.task_fact (task_id, done_at, on_time) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(taskId, timestamp(doneAt), onTime).update() == 1;
    }

    /** Notes the contact; false when it was noted before. */
    public boolean firstContact(long contactId, Instant contactedAt) {
        return jdbc.sql("INSERT INTO insight.contact_fact (contact_id, contacted_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(contactId, timestamp(contactedAt)).update() == 1;
    }

    /** An incident fact from a row with {@link #INCIDENT_COLUMNS}. */
    static IncidentFact incident(ResultSet rs) throws SQLException {
        String[] groups = strings(rs.getArray("offences"));
        String[] outcomes = strings(rs.getArray("outcomes"));
        Array atsArray = rs.getArray("outcome_ats");
        Timestamp[] ats = atsArray == null ? new Timestamp[0] : (Timestamp[]) atsArray.getArray();
        List<IncidentFact.Offence> offences = new ArrayList<>(groups.length);
        for (int i = 0; i < groups.length; i++) {
            String outcome = i < outcomes.length && outcomes[i] != null && !outcomes[i].isEmpty() ? outcomes[i] : null;
            Instant at = outcome != null && i < ats.length ? instant(ats[i]) : null;
            offences.add(new IncidentFact.Offence(groups[i], outcome, at));
        }
        Timestamp arrived = rs.getTimestamp("arrived_at");
        IncidentFact.Attendance attendance = arrived == null ? null
                : new IncidentFact.Attendance(arrived.toInstant(), rs.getBoolean("within_target"), rs.getInt("officers"),
                        rs.getBoolean("body_worn_video"), rs.getBoolean("arrest"));
        return new IncidentFact(rs.getLong("incident_id"), rs.getBoolean("recorded"), instant(rs.getTimestamp("received_at")),
                rs.getString("area"), rs.getString("agency"), rs.getString("grade"), rs.getBoolean("domestic_abuse"),
                rs.getBoolean("repeat_victim"), longs(rs.getArray("repeat_victim_ids")), longs(rs.getArray("victim_ids")), longs(rs.getArray("suspect_ids")), rs.getInt("children"), offences,
                attendance, rs.getString("risk"), instant(rs.getTimestamp("risk_at")));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static List<Long> longs(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static Timestamp timestamp(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
