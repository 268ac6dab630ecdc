package org.safeguard.safeguarding.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeguard.risk.RiskLevel;
import org.safeguard.safeguarding.CaseContact;
import org.safeguard.safeguarding.ContactChannel;
import org.safeguard.safeguarding.SafetyMeasure;
import org.safeguard.safeguarding.Spoc;
import org.safeguard.safeguarding.SpocChange;
import org.safeguard.safeguarding.VictimCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Victims' cases, their SPOC history, incidents, contacts and safety plans. Changes check {@code version}. */
@Repository
public class CaseStore {

    private static final String CASE = "SELECT id, victim_id, victim_name, status, opened_at, closed_at, closed_reason, area, "
            + "risk_level, risk_assessed_at, spoc_username, spoc_name, spoc_team, spoc_contact, spoc_since, "
            + "awaiting_handover, version FROM safeguarding.victim_case ";

    private final JdbcClient jdbc;

    public CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A SPOC as stored on the case. */
    public record SpocRow(String username, String name, String team, String contact) {
    }

    /** Opens a case; empty when the victim already has an open one (two incidents at once). */
    public Optional<Long> open(long victimId, String victimName, String area, Instant at, SpocRow spoc,
                               boolean awaitingHandover, String agency) {
        return jdbc.sql("INSERT INTO safeguarding.victim_case (victim_id, victim_name, opened_at, area, spoc_username, "
                        + "spoc_name, spoc_team, spoc_contact, spoc_since, awaiting_handover, owning_agency) "
                        + "VALUES (:victim, :name, :at, :area, :spoc, :spocName, :team, :contact, :at, :handover, :agency) "
                        + "ON CONFLICT (victim_id) WHERE status = 'OPEN' DO NOTHING RETURNING id")
                .param("victim", victimId).param("name", victimName).param("at", Timestamp.from(at)).param("area", area)
                .param("spoc", spoc.username()).param("spocName", spoc.name()).param("team", spoc.team())
                .param("contact", spoc.contact()).param("handover", awaitingHandover).param("agency", agency)
                .query(Long.class).optional();
    }

    public Optional<VictimCase> find(long id) {
        return jdbc.sql(CASE + "WHERE id = :id").param("id", id).query((rs, n) -> victimCase(rs)).optional();
    }

    /** The case locked for a change (SELECT … FOR UPDATE), so concurrent changes queue rather than interleave. */
    public Optional<VictimCase> lock(long id) {
        return jdbc.sql(CASE + "WHERE id = :id FOR UPDATE").param("id", id).query((rs, n) -> victimCase(rs)).optional();
    }

    public Optional<VictimCase> openFor(long victimId) {
        return jdbc.sql(CASE + "WHERE victim_id = :victim AND status = 'OPEN'").param("victim", victimId)
                .query((rs, n) -> victimCase(rs)).optional();
    }

    public Map<Long, VictimCase> openFor(Collection<Long> victimIds) {
        Map<Long, VictimCase> cases = new HashMap<>();
        if (victimIds.isEmpty()) {
            return cases;
        }
        jdbc.sql(CASE + "WHERE victim_id = ANY(:ids) AND status = 'OPEN'")
                .param("ids", victimIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    VictimCase found = victimCase(rs);
                    cases.put(found.victimId(), found);
                });
        return cases;
    }

    /** The agency that owns each open case of these victims (the agency that recorded what opened it). */
    public Map<Long, String> owningAgencyOfOpenCases(Collection<Long> victimIds) {
        Map<Long, String> agencies = new HashMap<>();
        if (!victimIds.isEmpty()) {
            jdbc.sql("SELECT victim_id, owning_agency FROM safeguarding.victim_case WHERE victim_id = ANY(:ids) "
                            + "AND status = 'OPEN'")
                    .param("ids", victimIds.stream().mapToLong(Long::longValue).toArray())
                    .query(rs -> {
                        agencies.put(rs.getLong("victim_id"), rs.getString("owning_agency"));
                    });
        }
        return agencies;
    }

    /** The victim of each of these cases. */
    public Map<Long, Long> victimsOf(Collection<Long> caseIds) {
        Map<Long, Long> victims = new HashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.sql("SELECT id, victim_id FROM safeguarding.victim_case WHERE id = ANY(:ids)")
                    .param("ids", caseIds.stream().mapToLong(Long::longValue).toArray())
                    .query(rs -> {
                        victims.put(rs.getLong("id"), rs.getLong("victim_id"));
                    });
        }
        return victims;
    }

    /** Open cases linked to any of the incidents. */
    public List<VictimCase> openForIncidents(Collection<Long> incidentIds) {
        if (incidentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CASE + "WHERE status = 'OPEN' AND id IN (SELECT case_id FROM safeguarding.case_incident "
                        + "WHERE incident_id = ANY(:ids)) ORDER BY id")
                .param("ids", incidentIds.stream().mapToLong(Long::longValue).toArray())
                .query((rs, n) -> victimCase(rs)).list();
    }

    /** The victims of the open cases whose SPOC the user is (the partial index on the SPOC answers it). */
    public List<Long> victimsWithSpoc(String username) {
        return jdbc.sql("SELECT victim_id FROM safeguarding.victim_case WHERE spoc_username = :user AND status = 'OPEN' "
                        + "ORDER BY victim_id")
                .param("user", username).query(Long.class).list();
    }

    public List<VictimCase> openWithSpoc(String username, int limit) {
        return jdbc.sql(CASE + "WHERE spoc_username = :user AND status = 'OPEN' ORDER BY "
                        + "CASE risk_level WHEN 'HIGH' THEN 0 WHEN 'MEDIUM' THEN 1 ELSE 2 END, opened_at LIMIT :limit")
                .param("user", username).param("limit", limit).query((rs, n) -> victimCase(rs)).list();
    }

    public List<VictimCase> awaitingHandover() {
        return jdbc.sql(CASE + "WHERE awaiting_handover AND status = 'OPEN' ORDER BY id")
                .query((rs, n) -> victimCase(rs)).list();
    }

    /** Open high-risk cases, and open cases with more than one incident in the window, in an area. */
    public List<VictimCase> forBriefing(String area, Instant repeatSince, int limit) {
        return jdbc.sql(CASE + "WHERE status = 'OPEN' AND lower(area) = lower(:area) AND (risk_level = 'HIGH' OR "
                        + "(SELECT count(*) FROM safeguarding.case_incident ci WHERE ci.case_id = victim_case.id "
                        + "AND ci.received_at >= :since) > 1) ORDER BY CASE risk_level WHEN 'HIGH' THEN 0 ELSE 1 END, "
                        + "victim_name LIMIT :limit")
                .param("area", area).param("since", Timestamp.from(repeatSince)).param("limit", limit)
                .query((rs, n) -> victimCase(rs)).list();
    }

    /** How many open cases each of these people holds as SPOC. */
    public Map<String, Integer> openCaseCounts(Collection<String> usernames) {
        Map<String, Integer> counts = new HashMap<>();
        usernames.forEach(u -> counts.put(u, 0));
        if (usernames.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT spoc_username, count(*) FROM safeguarding.victim_case WHERE status = 'OPEN' "
                        + "AND spoc_username = ANY(:users) GROUP BY spoc_username")
                .param("users", usernames.toArray(String[]::new))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Replaces the SPOC on the version given; false when someone else changed the case first. */
    public boolean changeSpoc(long caseId, int version, SpocRow spoc, boolean awaitingHandover, Instant at) {
        return jdbc.sql("UPDATE safeguarding.victim_case SET spoc_username = :spoc, spoc_name = :name, spoc_team = :team, "
                        + "spoc_contact = :contact, spoc_since = :at, awaiting_handover = :handover, version = version + 1 "
                        + "WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("id", caseId).param("version", version).param("spoc", spoc.username()).param("name", spoc.name())
                .param("team", spoc.team()).param("contact", spoc.contact()).param("handover", awaitingHandover)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    public void recordSpocChange(long caseId, String from, SpocRow to, String by, Instant at, String reason,
                                 String note, boolean automatic) {
        jdbc.sql("INSERT INTO safeguarding.spoc_change (case_id, from_username, to_username, to_name, changed_by, "
                        + "changed_at, reason, handover_note, automatic) VALUES (:case, :from, :to, :toName, :by, :at, "
                        + ":reason, :note, :automatic)")
                .param("case", caseId).param("from", from).param("to", to.username()).param("toName", to.name())
                .param("by", by).param("at", Timestamp.from(at)).param("reason", reason).param("note", note)
                .param("automatic", automatic).update();
    }

    public List<SpocChange> spocChanges(long caseId) {
        return jdbc.sql("SELECT id, from_username, to_username, to_name, changed_by, changed_at, reason, handover_note, "
                        + "automatic FROM safeguarding.spoc_change WHERE case_id = :case ORDER BY changed_at DESC, id DESC")
                .param("case", caseId)
                .query((rs, n) -> new SpocChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                        rs.getBoolean(9))).list();
    }

    public boolean setRisk(long caseId, RiskLevel level, Instant at) {
        // Never an older assessment over a newer one (events can arrive out of order after a retry).
        return jdbc.sql("UPDATE safeguarding.victim_case SET risk_level = :level, risk_assessed_at = :at, "
                        + "version = version + 1 WHERE id = :id AND (risk_assessed_at IS NULL OR risk_assessed_at <= :at)")
                .param("id", caseId).param("level", level.name()).param("at", Timestamp.from(at)).update() == 1;
    }

    public boolean close(long caseId, int version, String by, String reason, Instant at) {
        return jdbc.sql("UPDATE safeguarding.victim_case SET status = 'CLOSED', closed_at = :at, closed_by = :by, "
                        + "closed_reason = :reason, version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("id", caseId).param("version", version).param("by", by).param("reason", reason)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Links the incident to the case; false when it is linked already. */
    public boolean linkIncident(long caseId, long incidentId, Instant receivedAt) {
        return jdbc.sql("INSERT INTO safeguarding.case_incident (case_id, incident_id, received_at) "
                        + "VALUES (:case, :incident, :at) ON CONFLICT DO NOTHING")
                .param("case", caseId).param("incident", incidentId).param("at", Timestamp.from(receivedAt)).update() == 1;
    }

    public List<Long> incidentIds(long caseId) {
        return jdbc.sql("SELECT incident_id FROM safeguarding.case_incident WHERE case_id = :case ORDER BY received_at DESC")
                .param("case", caseId).query(Long.class).list();
    }

    /** Gives the case the area of its incident when it has none (a case opened by a risk assessment). */
    public void setAreaIfMissing(long caseId, String area) {
        jdbc.sql("UPDATE safeguarding.victim_case SET area = :area WHERE id = :id AND area IS NULL AND CAST(:area AS varchar) IS NOT NULL")
                .param("id", caseId).param("area", area).update();
    }

    public int incidentsSince(long caseId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM safeguarding.case_incident WHERE case_id = :case AND received_at >= :since")
                .param("case", caseId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    public Instant lastIncident(long caseId) {
        return jdbc.sql("SELECT max(received_at) FROM safeguarding.case_incident WHERE case_id = :case")
                .param("case", caseId).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
    }

    // ---- Contacts

    public long insertContact(long caseId, String by, String byName, String agency, Instant at, ContactChannel channel,
                              String purpose, String outcome, Instant recordedAt, String owningAgency) {
        return jdbc.sql("INSERT INTO safeguarding.contact (case_id, made_by, made_by_name, agency, contacted_at, channel, "
                        + "purpose, outcome, recorded_at, owning_agency) VALUES (:case, :by, :byName, :agency, :at, :channel, "
                        + ":purpose, :outcome, :recorded, :owner) RETURNING id")
                .param("case", caseId).param("by", by).param("byName", byName).param("agency", agency)
                .param("at", Timestamp.from(at)).param("channel", channel.name()).param("purpose", purpose)
                .param("outcome", outcome).param("recorded", Timestamp.from(recordedAt)).param("owner", owningAgency)
                .query(Long.class).single();
    }

    public List<CaseContact> contacts(long caseId, int limit) {
        return jdbc.sql("SELECT id, made_by, made_by_name, agency, contacted_at, channel, purpose, outcome, recorded_at "
                        + "FROM safeguarding.contact WHERE case_id = :case ORDER BY contacted_at DESC LIMIT :limit")
                .param("case", caseId).param("limit", limit)
                .query((rs, n) -> new CaseContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), ContactChannel.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8), rs.getTimestamp(9).toInstant())).list();
    }

    /** Who contacted the victims of these cases since {@code since}: case id to (person, when) pairs. */
    public Map<Long, List<Map.Entry<String, Instant>>> contactsSince(Collection<Long> caseIds, Instant since) {
        Map<Long, List<Map.Entry<String, Instant>>> contacts = new HashMap<>();
        if (caseIds.isEmpty()) {
            return contacts;
        }
        jdbc.sql("SELECT case_id, made_by, contacted_at FROM safeguarding.contact WHERE case_id = ANY(:ids) "
                        + "AND contacted_at >= :since")
                .param("ids", caseIds.stream().mapToLong(Long::longValue).toArray()).param("since", Timestamp.from(since))
                .query(rs -> {
                    contacts.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(Map.entry(rs.getString(2), rs.getTimestamp(3).toInstant()));
                });
        return contacts;
    }

    // ---- Safety plan

    public long insertMeasure(long caseId, SafetyMeasure.Kind kind, String detail, String owner,
                              SafetyMeasure.Status status, String by, Instant at) {
        return jdbc.sql("INSERT INTO safeguarding.safety_measure (case_id, kind, detail, owner, status, updated_by, updated_at) "
                        + "VALUES (:case, :kind, :detail, :owner, :status, :by, :at) RETURNING id")
                .param("case", caseId).param("kind", kind.name()).param("detail", detail).param("owner", owner)
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    public boolean updateMeasure(long caseId, long id, int version, SafetyMeasure.Status status, String by, Instant at) {
        return jdbc.sql("UPDATE safeguarding.safety_measure SET status = :status, updated_by = :by, updated_at = :at, "
                        + "version = version + 1 WHERE id = :id AND case_id = :case AND version = :version")
                .param("id", id).param("case", caseId).param("version", version).param("status", status.name())
                .param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    public List<SafetyMeasure> measures(long caseId) {
        return jdbc.sql("SELECT id, kind, detail, owner, status, updated_by, updated_at, version "
                        + "FROM safeguarding.safety_measure WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, n) -> new SafetyMeasure(rs.getLong(1), SafetyMeasure.Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), SafetyMeasure.Status.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getInt(8))).list();
    }

    static VictimCase victimCase(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        Timestamp assessed = rs.getTimestamp("risk_assessed_at");
        String level = rs.getString("risk_level");
        return new VictimCase(rs.getLong("id"), rs.getLong("victim_id"), rs.getString("victim_name"),
                VictimCase.Status.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant(), rs.getString("closed_reason"), rs.getString("area"),
                level == null ? null : RiskLevel.valueOf(level), assessed == null ? null : assessed.toInstant(),
                new Spoc(rs.getString("spoc_username"), rs.getString("spoc_name"), rs.getString("spoc_team"),
                        rs.getString("spoc_contact"), rs.getTimestamp("spoc_since").toInstant(),
                        rs.getBoolean("awaiting_handover")),
                rs.getInt("version"));
    }
}
