package org.safeguard.intake.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.safeguard.intake.Attendance;
import org.safeguard.intake.Channel;
import org.safeguard.intake.CloseOut;
import org.safeguard.intake.Grade;
import org.safeguard.intake.Incident;
import org.safeguard.intake.IncidentFile;
import org.safeguard.intake.IncidentFilter;
import org.safeguard.intake.IncidentStatus;
import org.safeguard.intake.IntelligenceCheck;
import org.safeguard.intake.PartyRole;
import org.safeguard.intake.Relationship;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents, their parties, checks, deployments, attendance and close-out. */
@Repository
public class IncidentStore {

    static final String INCIDENT_COLUMNS = "i.id, i.reference, i.received_at, i.channel, i.caller_name, i.caller_phone_typed, "
            + "i.location_typed, i.address_id, i.area, i.relationship, i.both_16_or_over, i.personally_connected, "
            + "i.domestic_abuse, i.children_present, i.children_living, i.child_ages, i.weapon, i.injury, "
            + "i.threat_to_life, i.grade, i.summary, i.repeat_victim, i.specialist_review, i.status, i.recorded_by, "
            + "i.closed_at, i.closed_by, i.version";

    private final JdbcClient jdbc;

    public IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The row to insert; the store adds the id and reference. */
    public record NewRow(Instant receivedAt, Channel channel, String callerName, String callerPhone,
                         String callerPhoneTyped, String location, Long addressId, String area,
                         Relationship relationship, Boolean bothAged16OrOver, Boolean personallyConnected,
                         boolean domesticAbuse, int childrenPresent, int childrenLiving, String childAges,
                         boolean weapon, boolean injury, boolean threatToLife, Grade grade, String summary,
                         boolean repeatVictim, boolean specialistReview, String recordedBy, String owningAgency) {
    }

    public record PartyRow(long personId, PartyRole role, String name, java.time.LocalDate dateOfBirth, String phone) {
    }

    public long insert(NewRow row) {
        return jdbc.sql("INSERT INTO intake.incident (reference, received_at, channel, caller_name, caller_phone, "
                        + "caller_phone_typed, location_typed, address_id, area, relationship, both_16_or_over, "
                        + "personally_connected, domestic_abuse, children_present, children_living, child_ages, weapon, "
                        + "injury, threat_to_life, grade, summary, repeat_victim, specialist_review, recorded_by, owning_agency) "
                        + "VALUES ('INC-' || to_char(:receivedAt AT TIME ZONE 'Europe/London', 'YYYY') || '-' "
                        + "|| to_char(nextval('intake.incident_reference_seq'), 'FM9999999999990000000'), :receivedAt, :channel, "
                        + ":callerName, :callerPhone, :callerPhoneTyped, :location, :addressId, :area, :relationship, "
                        + ":both16, :connected, :da, :present, :living, :ages, :weapon, :injury, :threat, :grade, :summary, "
                        + ":repeat, :review, :recordedBy, :agency) RETURNING id")
                .param("receivedAt", Timestamp.from(row.receivedAt())).param("channel", row.channel().name())
                .param("callerName", row.callerName()).param("callerPhone", row.callerPhone())
                .param("callerPhoneTyped", row.callerPhoneTyped()).param("location", row.location())
                .param("addressId", row.addressId()).param("area", row.area())
                .param("relationship", row.relationship() == null ? null : row.relationship().name())
                .param("both16", row.bothAged16OrOver()).param("connected", row.personallyConnected())
                .param("da", row.domesticAbuse()).param("present", row.childrenPresent())
                .param("living", row.childrenLiving()).param("ages", row.childAges())
                .param("weapon", row.weapon()).param("injury", row.injury()).param("threat", row.threatToLife())
                .param("grade", row.grade().name()).param("summary", row.summary())
                .param("repeat", row.repeatVictim()).param("review", row.specialistReview())
                .param("recordedBy", row.recordedBy()).param("agency", row.owningAgency())
                .query(Long.class).single();
    }

    public void insertParty(long incidentId, PartyRow party) {
        jdbc.sql("INSERT INTO intake.party (incident_id, person_id, role, name_given, date_of_birth, phone_typed) "
                        + "VALUES (:incident, :person, :role, :name, :dob, :phone) ON CONFLICT DO NOTHING")
                .param("incident", incidentId).param("person", party.personId()).param("role", party.role().name())
                .param("name", party.name())
                .param("dob", party.dateOfBirth() == null ? null : Date.valueOf(party.dateOfBirth()))
                .param("phone", party.phone()).update();
    }

    /** Marks the incident's victims who were repeat victims when it was recorded. */
    public void markRepeatVictims(long incidentId, Collection<Long> victims) {
        if (victims.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE intake.party SET repeat_victim = true WHERE incident_id = :incident AND role = 'VICTIM' "
                        + "AND person_id = ANY(:victims)")
                .param("incident", incidentId).param("victims", victims.stream().mapToLong(Long::longValue).toArray())
                .update();
    }

    /** The incident's victims who were repeat victims when it was recorded, in id order. */
    public List<Long> repeatVictimIds(long incidentId) {
        return jdbc.sql("SELECT person_id FROM intake.party WHERE incident_id = :incident AND role = 'VICTIM' "
                        + "AND repeat_victim ORDER BY person_id")
                .param("incident", incidentId).query(Long.class).list();
    }

    public Optional<Incident> find(long id) {
        List<Incident> found = load(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Optional<Long> idOfReference(String reference) {
        return jdbc.sql("SELECT id FROM intake.incident WHERE reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    /** Incidents with their parties, in the order of the ids given. */
    public List<Incident> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long[] idArray = ids.stream().mapToLong(Long::longValue).toArray();
        Map<Long, List<Incident.Party>> parties = new LinkedHashMap<>();
        jdbc.sql("SELECT incident_id, person_id, role, name_given, date_of_birth, phone_typed FROM intake.party "
                        + "WHERE incident_id = ANY(:ids) ORDER BY incident_id, role, name_given")
                .param("ids", idArray)
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong("incident_id"), k -> new ArrayList<>()).add(new Incident.Party(
                            rs.getLong("person_id"), PartyRole.valueOf(rs.getString("role")), rs.getString("name_given"),
                            rs.getDate("date_of_birth") == null ? null : rs.getDate("date_of_birth").toLocalDate(),
                            rs.getString("phone_typed")));
                });
        Map<Long, Incident> byId = jdbc.sql("SELECT " + INCIDENT_COLUMNS + " FROM intake.incident i WHERE i.id = ANY(:ids)")
                .param("ids", idArray)
                .query((rs, n) -> incident(rs, parties.getOrDefault(rs.getLong("id"), List.of())))
                .list().stream().collect(Collectors.toMap(Incident::id, i -> i));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static Incident incident(ResultSet rs, List<Incident.Party> parties) throws SQLException {
        return new Incident(rs.getLong("id"), rs.getString("reference"), rs.getTimestamp("received_at").toInstant(),
                Channel.valueOf(rs.getString("channel")), rs.getString("caller_name"), rs.getString("caller_phone_typed"),
                rs.getString("location_typed"), nullableLong(rs, "address_id"), rs.getString("area"),
                rs.getString("relationship") == null ? null : Relationship.valueOf(rs.getString("relationship")),
                nullableBoolean(rs, "both_16_or_over"), nullableBoolean(rs, "personally_connected"),
                rs.getBoolean("domestic_abuse"), rs.getInt("children_present"), rs.getInt("children_living"),
                rs.getString("child_ages"), rs.getBoolean("weapon"), rs.getBoolean("injury"),
                rs.getBoolean("threat_to_life"), Grade.valueOf(rs.getString("grade")), rs.getString("summary"),
                rs.getBoolean("repeat_victim"), rs.getBoolean("specialist_review"),
                IncidentStatus.valueOf(rs.getString("status")), rs.getString("recorded_by"),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                rs.getString("closed_by"), rs.getInt("version"), parties);
    }

    public void insertCheck(long incidentId, IntelligenceCheck check) {
        jdbc.sql("INSERT INTO intake.intelligence_check (incident_id, kind, subject, ran_at, ran_for, found, summary, completed) "
                        + "VALUES (:incident, :kind, :subject, :ranAt, :ranFor, :found, :summary, :completed)")
                .param("incident", incidentId).param("kind", truncate(check.kind(), 60))
                .param("subject", truncate(check.subject(), 300)).param("ranAt", Timestamp.from(check.ranAt()))
                .param("ranFor", check.ranFor()).param("found", check.found())
                .param("summary", truncate(check.summary(), 2000)).param("completed", check.completed())
                .update();
    }

    public List<IntelligenceCheck> checks(long incidentId) {
        return jdbc.sql("SELECT kind, subject, ran_at, ran_for, found, summary, completed FROM intake.intelligence_check "
                        + "WHERE incident_id = :id ORDER BY id")
                .param("id", incidentId)
                .query((rs, n) -> new IntelligenceCheck(rs.getString("kind"), rs.getString("subject"),
                        rs.getTimestamp("ran_at").toInstant(), rs.getString("ran_for"), rs.getInt("found"),
                        rs.getString("summary"), rs.getBoolean("completed")))
                .list();
    }

    public void insertDeployment(long incidentId, IncidentFile.Deployment deployment) {
        jdbc.sql("INSERT INTO intake.deployment (incident_id, account_id, officer_name, dvero, dispatched_at, dispatched_by) "
                        + "VALUES (:incident, :account, :name, :dvero, :at, :by) ON CONFLICT DO NOTHING")
                .param("incident", incidentId).param("account", deployment.accountId())
                .param("name", deployment.officerName()).param("dvero", deployment.dvero())
                .param("at", Timestamp.from(deployment.dispatchedAt())).param("by", deployment.dispatchedBy())
                .update();
    }

    public List<IncidentFile.Deployment> deployments(long incidentId) {
        return jdbc.sql("SELECT account_id, officer_name, dvero, dispatched_at, dispatched_by FROM intake.deployment "
                        + "WHERE incident_id = :id ORDER BY dispatched_at, officer_name")
                .param("id", incidentId)
                .query((rs, n) -> new IncidentFile.Deployment(rs.getLong("account_id"), rs.getString("officer_name"),
                        rs.getBoolean("dvero"), rs.getTimestamp("dispatched_at").toInstant(), rs.getString("dispatched_by")))
                .list();
    }

    public boolean insertAttendance(long incidentId, Attendance a) {
        return jdbc.sql("INSERT INTO intake.attendance (incident_id, arrived_at, officers_attending, body_worn_video, "
                        + "offence_disclosed, arrest, dvpn, referral, safety_advice, no_arrest_reason, recorded_by) "
                        + "VALUES (:incident, :arrived, :officers, :bwv, :offence, :arrest, :dvpn, :referral, :advice, "
                        + ":reason, :by) ON CONFLICT (incident_id) DO NOTHING")
                .param("incident", incidentId).param("arrived", Timestamp.from(a.arrivedAt()))
                .param("officers", a.officersAttending()).param("bwv", a.bodyWornVideo())
                .param("offence", a.offenceDisclosed()).param("arrest", a.arrest()).param("dvpn", a.dvpn())
                .param("referral", a.referral()).param("advice", a.safetyAdvice()).param("reason", a.noArrestReason())
                .param("by", a.recordedBy())
                .update() == 1;
    }

    public Optional<Attendance> attendance(long incidentId) {
        return jdbc.sql("SELECT * FROM intake.attendance WHERE incident_id = :id").param("id", incidentId)
                .query((rs, n) -> new Attendance(rs.getTimestamp("arrived_at").toInstant(), rs.getInt("officers_attending"),
                        rs.getBoolean("body_worn_video"), rs.getBoolean("offence_disclosed"), rs.getBoolean("arrest"),
                        rs.getBoolean("dvpn"), rs.getBoolean("referral"), rs.getBoolean("safety_advice"),
                        rs.getString("no_arrest_reason"), rs.getString("recorded_by")))
                .optional();
    }

    /** Closes the incident if it is still open at the version the supervisor saw. */
    public boolean close(long incidentId, int seenVersion, CloseOut closeOut) {
        int closed = jdbc.sql("UPDATE intake.incident SET status = 'CLOSED', closed_at = :at, closed_by = :by, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("at", Timestamp.from(closeOut.closedAt())).param("by", closeOut.closedBy())
                .param("id", incidentId).param("version", seenVersion)
                .update();
        if (closed == 1) {
            jdbc.sql("INSERT INTO intake.close_out (incident_id, victim_safe, suspect_dealt_with, suspect_reason, "
                            + "risk_assessed, risk_reason, children_safeguarded, children_reason, positive_action_recorded, "
                            + "closed_by, closed_at) VALUES (:id, :victimSafe, :suspect, :suspectReason, :risk, :riskReason, "
                            + ":children, :childrenReason, :positive, :by, :at)")
                    .param("id", incidentId).param("victimSafe", closeOut.victimSafe())
                    .param("suspect", closeOut.suspectDealtWith()).param("suspectReason", closeOut.suspectReason())
                    .param("risk", closeOut.riskAssessed()).param("riskReason", closeOut.riskReason())
                    .param("children", closeOut.childrenSafeguarded()).param("childrenReason", closeOut.childrenReason())
                    .param("positive", closeOut.positiveActionRecorded()).param("by", closeOut.closedBy())
                    .param("at", Timestamp.from(closeOut.closedAt()))
                    .update();
        }
        return closed == 1;
    }

    public Optional<CloseOut> closeOut(long incidentId) {
        return jdbc.sql("SELECT * FROM intake.close_out WHERE incident_id = :id").param("id", incidentId)
                .query((rs, n) -> new CloseOut(rs.getBoolean("victim_safe"), rs.getBoolean("suspect_dealt_with"),
                        rs.getString("suspect_reason"), rs.getBoolean("risk_assessed"), rs.getString("risk_reason"),
                        nullableBoolean(rs, "children_safeguarded"), rs.getString("children_reason"),
                        rs.getBoolean("positive_action_recorded"), rs.getString("closed_by"),
                        rs.getTimestamp("closed_at").toInstant()))
                .optional();
    }

    /**
     * The filter as a fixed WHERE clause with bound parameters, so no filter value ever becomes SQL.
     */
    private static final String FILTER = "(CAST(:from AS timestamptz) IS NULL OR i.received_at >= :from) "
            + "AND (CAST(:to AS timestamptz) IS NULL OR i.received_at < :to) "
            + "AND (CAST(:area AS text) IS NULL OR lower(i.area) = lower(:area)) "
            + "AND (CAST(:status AS text) IS NULL OR i.status = :status) "
            + "AND (CAST(:grade AS text) IS NULL OR i.grade = :grade) "
            + "AND (CAST(:repeat AS boolean) IS NULL OR i.repeat_victim = :repeat) "
            + "AND (CAST(:da AS boolean) IS NULL OR i.domestic_abuse = :da) "
            + "AND (CAST(:risk AS boolean) IS NULL OR (i.weapon OR i.threat_to_life) = :risk)";

    private static MapSqlParameterSource parameters(IncidentFilter filter) {
        return new MapSqlParameterSource()
                .addValue("from", filter.from() == null ? null : Timestamp.from(filter.from()))
                .addValue("to", filter.to() == null ? null : Timestamp.from(filter.to()))
                .addValue("area", filter.area())
                .addValue("status", filter.status() == null ? null : filter.status().name())
                .addValue("grade", filter.grade() == null ? null : filter.grade().name())
                .addValue("repeat", filter.repeatVictim()).addValue("da", filter.domesticAbuse())
                .addValue("risk", filter.highRisk());
    }

    /** One page of incidents matching the filters, newest first. */
    public List<Incident> search(IncidentFilter filter, int limit, int offset) {
        List<Long> ids = jdbc.sql("SELECT i.id FROM intake.incident i WHERE " + FILTER
                        + " ORDER BY i.received_at DESC, i.id DESC LIMIT :limit OFFSET :offset")
                .paramSource(parameters(filter).addValue("limit", limit).addValue("offset", offset))
                .query(Long.class).list();
        return load(ids);
    }

    public long count(IncidentFilter filter) {
        return jdbc.sql("SELECT count(*) FROM intake.incident i WHERE " + FILTER)
                .paramSource(parameters(filter)).query(Long.class).single();
    }

    /** Open incidents that are immediate grade or carry a threat to life or a weapon. */
    public List<Incident> openNeedingOversight(int limit) {
        List<Long> ids = jdbc.sql("SELECT id FROM intake.incident WHERE status = 'OPEN' "
                        + "AND (grade = 'IMMEDIATE' OR threat_to_life OR weapon) ORDER BY received_at LIMIT :limit")
                .param("limit", limit).query(Long.class).list();
        return load(ids);
    }

    /** Share of incidents received in the period with at least one completed check. */
    public long[] checkCoverage(Instant from, Instant to) {
        return jdbc.sql("SELECT count(*) AS total, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM intake.intelligence_check c "
                        + "WHERE c.incident_id = i.id AND c.completed)) AS checked FROM intake.incident i "
                        + "WHERE i.received_at >= :from AND i.received_at < :to")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("checked")}).single();
    }

    /** The agency that recorded the incident. */
    public String owningAgency(long incidentId) {
        return jdbc.sql("SELECT owning_agency FROM intake.incident WHERE id = :id").param("id", incidentId)
                .query(String.class).single();
    }

    public long countAll() {
        return jdbc.sql("SELECT count(*) FROM intake.incident").query(Long.class).single();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
