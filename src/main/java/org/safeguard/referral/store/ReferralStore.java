package org.safeguard.referral.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguard.directory.ServiceKind;
import org.safeguard.referral.Consent;
import org.safeguard.referral.Referral;
import org.safeguard.referral.ReferralStatus;
import org.safeguard.referral.ReferralStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referrals ({@code referral.referral}) and their steps ({@code referral.referral_step}). */
@Repository
public class ReferralStore {

    private static final String REFERRAL = "SELECT r.* FROM referral.referral r ";
    private static final String OPEN = "r.status NOT IN ('DECLINED', 'CLOSED')";
    private static final String SENT_BY_ME_OR_MY_TEAM = "(r.made_by = :me OR (CAST(:team AS varchar) IS NOT NULL "
            + "AND r.made_by_team = :team AND r.made_by_agency = :agency)) ";

    private final JdbcClient jdbc;

    public ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A referral about to be saved: what made it (a rule, or a person by hand) and for whom. */
    public record NewRow(long victimId, String victimName, Long incidentId, Long assessmentId, long serviceId,
                         String serviceName, ServiceKind kind, String area, String riskLevel, String reason, String source, String sourceKey,
                         Integer ruleVersion, String ruleId, Consent consent, String sharingJustification, Instant madeAt,
                         String madeBy, String madeByTeam, String madeByAgency, Instant dueBy) {
    }

    /** Saves the referral; empty when a rule already referred this event's victim to the kind (a redelivered event). */
    public Optional<Long> insert(NewRow row) {
        return jdbc.sql("INSERT INTO referral.referral (victim_id, victim_name, incident_id, assessment_id, service_id, "
                        + "service_name, service_kind, area, risk_level, reason, source, source_key, rule_version, rule_id, status, consent, "
                        + "sharing_justification, made_at, made_by, made_by_team, made_by_agency, due_by) VALUES (:victim, "
                        + ":victimName, :incident, :assessment, :service, :serviceName, :kind, :area, :risk, :reason, :source, :sourceKey, "
                        + ":ruleVersion, :ruleId, 'MADE', :consent, :justification, :at, :by, :team, :agency, :due) "
                        + "ON CONFLICT (source_key, service_kind) WHERE source <> 'MANUAL' DO NOTHING RETURNING id")
                .param("victim", row.victimId()).param("victimName", row.victimName()).param("incident", row.incidentId())
                .param("assessment", row.assessmentId()).param("service", row.serviceId()).param("serviceName", row.serviceName()).param("kind", row.kind().name())
                .param("area", row.area()).param("risk", row.riskLevel()).param("reason", row.reason())
                .param("source", row.source()).param("sourceKey", row.sourceKey()).param("ruleVersion", row.ruleVersion())
                .param("ruleId", row.ruleId()).param("consent", row.consent().name())
                .param("justification", row.sharingJustification()).param("at", Timestamp.from(row.madeAt()))
                .param("by", row.madeBy()).param("team", row.madeByTeam()).param("agency", row.madeByAgency())
                .param("due", Timestamp.from(row.dueBy())).query(Long.class).optional();
    }

    /** Holds the victim's referrals still until the transaction ends, so two events cannot both refer to one kind. */
    public void lockVictim(long victimId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('referral.victim'), hashtext(CAST(:victim AS text)))")
                .param("victim", victimId).query((rs, n) -> 1).list();
    }

    public boolean hasOpen(long victimId, ServiceKind kind) {
        return jdbc.sql("SELECT count(*) FROM referral.referral r WHERE r.victim_id = :victim AND r.service_kind = :kind AND "
                        + OPEN).param("victim", victimId).param("kind", kind.name()).query(Long.class).single() > 0;
    }

    /** The victim already has a referral of the kind made from the incident (a rule that refers once per incident). */
    public boolean hasFromIncident(long victimId, ServiceKind kind, long incidentId) {
        return jdbc.sql("SELECT count(*) FROM referral.referral r WHERE r.victim_id = :victim AND r.service_kind = :kind "
                        + "AND r.incident_id = :incident").param("victim", victimId).param("kind", kind.name())
                .param("incident", incidentId).query(Long.class).single() > 0;
    }

    /** When any of the records was last referred to a MARAC before the moment, leaving out referrals the MARAC declined. */
    public Optional<Instant> lastMaracReferral(Collection<Long> victimIds, Instant before) {
        return jdbc.sql("SELECT max(r.made_at) FROM referral.referral r WHERE r.victim_id IN (:victims) "
                        + "AND r.service_kind = 'MARAC' AND r.decline_reason IS NULL AND r.made_at < :before")
                .param("victims", victimIds).param("before", Timestamp.from(before))
                .query((rs, n) -> instant(rs, "max")).optional().filter(at -> at != null);
    }

    /** A referral a rule called for and no service could take; nothing when this event's was already recorded. */
    public record Unrouted(long id, long victimId, String victimName, Long incidentId, ServiceKind kind, String area,
                           String ruleId, int ruleVersion, Instant at, String madeBy) {
    }

    public void unrouted(NewRow row) {
        jdbc.sql("INSERT INTO referral.unrouted (victim_id, victim_name, incident_id, service_kind, area, rule_id, "
                        + "rule_version, source_key, at, made_by, made_by_team, made_by_agency) VALUES (:victim, :name, "
                        + ":incident, :kind, :area, :rule, :version, :key, :at, :by, :team, :agency) "
                        + "ON CONFLICT (source_key, service_kind) DO NOTHING")
                .param("victim", row.victimId()).param("name", row.victimName()).param("incident", row.incidentId())
                .param("kind", row.kind().name()).param("area", row.area()).param("rule", row.ruleId())
                .param("version", row.ruleVersion()).param("key", row.sourceKey()).param("at", Timestamp.from(row.madeAt()))
                .param("by", row.madeBy()).param("team", row.madeByTeam()).param("agency", row.madeByAgency()).update();
    }

    /**
     * Referrals that could not be made, for the user, their team, or (for a supervisor) their agency, until a
     * referral of the kind is made for the victim; newest first.
     */
    public List<Unrouted> unroutedFor(String username, String team, String agency, boolean supervisor, int limit) {
        return jdbc.sql("SELECT u.* FROM referral.unrouted u WHERE (u.made_by = :me OR (CAST(:team AS varchar) IS NOT NULL "
                        + "AND u.made_by_team = :team AND u.made_by_agency = :agency) OR (:supervisor AND u.made_by_agency = :agency)) "
                        + "AND NOT EXISTS (SELECT 1 FROM referral.referral r WHERE r.victim_id = u.victim_id "
                        + "AND r.service_kind = u.service_kind AND r.made_at >= u.at) ORDER BY u.at DESC, u.id DESC LIMIT :limit")
                .param("me", username).param("team", team).param("agency", agency).param("supervisor", supervisor)
                .param("limit", limit).query((rs, n) -> new Unrouted(rs.getLong("id"), rs.getLong("victim_id"),
                        rs.getString("victim_name"), (Long) rs.getObject("incident_id", Long.class),
                        ServiceKind.valueOf(rs.getString("service_kind")), rs.getString("area"), rs.getString("rule_id"),
                        rs.getInt("rule_version"), instant(rs, "at"), rs.getString("made_by"))).list();
    }

    /** Declined referrals of high-risk victims that the user, their team or (for a supervisor) their agency sent and has not closed. */
    public List<Referral> declinedHighRisk(String username, String team, String agency, boolean supervisor, int limit) {
        return jdbc.sql(REFERRAL + "WHERE (" + SENT_BY_ME_OR_MY_TEAM + "OR (:supervisor AND r.made_by_agency = :agency)) "
                        + "AND r.status = 'DECLINED' AND r.risk_level = 'HIGH' ORDER BY r.decided_at DESC, r.id DESC LIMIT :limit")
                .param("me", username).param("team", team).param("agency", agency).param("supervisor", supervisor)
                .param("limit", limit).query((rs, n) -> referral(rs)).list();
    }

    public void step(long referralId, String step, Instant at, String by, String note) {
        jdbc.sql("INSERT INTO referral.referral_step (referral_id, step, at, by_username, note) VALUES (:id, :step, :at, :by, :note)")
                .param("id", referralId).param("step", step).param("at", Timestamp.from(at)).param("by", by)
                .param("note", note).update();
    }

    public List<ReferralStep> steps(long referralId) {
        return jdbc.sql("SELECT step, at, by_username, note FROM referral.referral_step WHERE referral_id = :id ORDER BY at, id")
                .param("id", referralId).query((rs, n) -> new ReferralStep(rs.getString("step"),
                        rs.getTimestamp("at").toInstant(), rs.getString("by_username"), rs.getString("note"))).list();
    }

    public Optional<Referral> find(long id) {
        return jdbc.sql(REFERRAL + "WHERE r.id = :id").param("id", id).query((rs, n) -> referral(rs)).optional();
    }

    /** The referral, its row locked until the transaction ends. */
    public Optional<Referral> lock(long id) {
        return jdbc.sql(REFERRAL + "WHERE r.id = :id FOR UPDATE OF r").param("id", id).query((rs, n) -> referral(rs)).optional();
    }

    public List<Referral> ofVictim(long victimId) {
        return jdbc.sql(REFERRAL + "WHERE r.victim_id = :victim ORDER BY r.made_at DESC, r.id DESC")
                .param("victim", victimId).query((rs, n) -> referral(rs)).list();
    }

    public List<Referral> fromIncident(long incidentId) {
        return jdbc.sql(REFERRAL + "WHERE r.incident_id = :incident ORDER BY r.victim_name, r.made_at, r.id")
                .param("incident", incidentId).query((rs, n) -> referral(rs)).list();
    }

    /** Referrals to the services: those waiting for an answer first, soonest due first; then the rest, newest first. */
    public List<Referral> toServices(Collection<Long> serviceIds, int limit) {
        if (serviceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REFERRAL + "WHERE r.service_id IN (:services) ORDER BY (r.status IN ('MADE', 'RECEIVED')) DESC, "
                        + "CASE WHEN r.status IN ('MADE', 'RECEIVED') THEN r.due_by END, r.made_at DESC, r.id DESC LIMIT :limit")
                .param("services", serviceIds).param("limit", limit).query((rs, n) -> referral(rs)).list();
    }

    /** Referrals made by the user, or by their team in their agency, newest first. */
    public List<Referral> sentBy(String username, String team, String agency, int limit) {
        return jdbc.sql(REFERRAL + "WHERE " + SENT_BY_ME_OR_MY_TEAM + "ORDER BY r.made_at DESC, r.id DESC LIMIT :limit")
                .param("me", username).param("team", team).param("agency", agency).param("limit", limit)
                .query((rs, n) -> referral(rs)).list();
    }

    /** Of those, the ones past the service's SLA without an answer, longest overdue first. */
    public List<Referral> sentOverdue(String username, String team, String agency, Instant now, int limit) {
        return jdbc.sql(REFERRAL + "WHERE " + SENT_BY_ME_OR_MY_TEAM + "AND r.status IN ('MADE', 'RECEIVED') AND r.due_by < :now "
                        + "ORDER BY r.due_by, r.id LIMIT :limit")
                .param("me", username).param("team", team).param("agency", agency).param("now", Timestamp.from(now))
                .param("limit", limit).query((rs, n) -> referral(rs)).list();
    }

    /** A referral still open (not closed or declined) of one of the victims: where it went and who took it on. */
    public record OpenReferral(long victimId, long serviceId, ServiceKind kind, String status, String assignedTo) {
    }

    /** The open referrals of these victims (person records), oldest first. */
    public List<OpenReferral> openOf(Collection<Long> victimIds) {
        if (victimIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT victim_id, service_id, service_kind, status, assigned_to FROM referral.referral "
                        + "WHERE victim_id = ANY(:victims) AND status NOT IN ('CLOSED', 'DECLINED') ORDER BY made_at, id")
                .param("victims", victimIds.stream().mapToLong(Long::longValue).toArray())
                .query((rs, n) -> new OpenReferral(rs.getLong(1), rs.getLong(2), ServiceKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5))).list();
    }

    public Optional<String> assignedWorker(long victimId, ServiceKind kind) {
        return jdbc.sql("SELECT assigned_to FROM referral.referral WHERE victim_id = :victim AND service_kind = :kind "
                        + "AND status = 'ACCEPTED' AND assigned_to IS NOT NULL ORDER BY decided_at DESC, id DESC LIMIT 1")
                .param("victim", victimId).param("kind", kind.name()).query(String.class).optional();
    }

    /**
     * The victims whose latest accepted referral of the kind (as {@link #assignedWorker} picks it) is assigned to the
     * user: the inner query finds the user's accepted referrals by the partial index on the worker, the outer keeps a
     * victim only where no later accepted referral went to someone else.
     */
    public List<Long> victimsAssignedTo(String username, ServiceKind kind) {
        return jdbc.sql("SELECT victim_id FROM (SELECT DISTINCT ON (victim_id) victim_id, assigned_to FROM referral.referral "
                        + "WHERE service_kind = :kind AND status = 'ACCEPTED' AND assigned_to IS NOT NULL AND victim_id IN "
                        + "(SELECT victim_id FROM referral.referral WHERE assigned_to = :user AND service_kind = :kind "
                        + "AND status = 'ACCEPTED') ORDER BY victim_id, decided_at DESC, id DESC) latest "
                        + "WHERE assigned_to = :user ORDER BY victim_id")
                .param("user", username).param("kind", kind.name()).query(Long.class).list();
    }

    public boolean received(long id, int version, String by, Instant at) {
        return jdbc.sql("UPDATE referral.referral SET status = 'RECEIVED', received_at = :at, received_by = :by, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("at", Timestamp.from(at)).param("by", by).param("id", id).param("version", version).update() == 1;
    }

    public boolean accepted(long id, int version, String by, String worker, Instant at) {
        return jdbc.sql("UPDATE referral.referral SET status = 'ACCEPTED', received_at = coalesce(received_at, :at), "
                        + "received_by = coalesce(received_by, :by), decided_at = :at, decided_by = :by, assigned_to = :worker, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("at", Timestamp.from(at)).param("by", by).param("worker", worker).param("id", id)
                .param("version", version).update() == 1;
    }

    public boolean declined(long id, int version, String by, String reason, Instant at) {
        return jdbc.sql("UPDATE referral.referral SET status = 'DECLINED', received_at = coalesce(received_at, :at), "
                        + "received_by = coalesce(received_by, :by), decided_at = :at, decided_by = :by, decline_reason = :reason, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("at", Timestamp.from(at)).param("by", by).param("reason", reason).param("id", id)
                .param("version", version).update() == 1;
    }

    public boolean closed(long id, int version, String by, String reason, Instant at) {
        return jdbc.sql("UPDATE referral.referral SET status = 'CLOSED', closed_at = :at, closed_by = :by, close_reason = :reason, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("at", Timestamp.from(at)).param("by", by).param("reason", reason).param("id", id)
                .param("version", version).update() == 1;
    }

    public boolean consent(long id, int version, Consent consent, String justification) {
        return jdbc.sql("UPDATE referral.referral SET consent = :consent, sharing_justification = :justification, "
                        + "version = version + 1 WHERE id = :id AND version = :version")
                .param("consent", consent.name()).param("justification", justification).param("id", id)
                .param("version", version).update() == 1;
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        return new Referral(rs.getLong("id"), rs.getLong("victim_id"), rs.getString("victim_name"),
                (Long) rs.getObject("incident_id", Long.class), (Long) rs.getObject("assessment_id", Long.class),
                rs.getLong("service_id"), rs.getString("service_name"), ServiceKind.valueOf(rs.getString("service_kind")),
                rs.getString("area"), rs.getString("risk_level"), rs.getString("reason"), rs.getString("source"),
                (Integer) rs.getObject("rule_version", Integer.class), rs.getString("rule_id"),
                ReferralStatus.valueOf(rs.getString("status")), Consent.valueOf(rs.getString("consent")),
                rs.getString("sharing_justification"), instant(rs, "made_at"), rs.getString("made_by"),
                rs.getString("made_by_team"), rs.getString("made_by_agency"), instant(rs, "due_by"),
                instant(rs, "received_at"), rs.getString("received_by"), instant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("decline_reason"), rs.getString("assigned_to"),
                instant(rs, "closed_at"), rs.getString("closed_by"), rs.getString("close_reason"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
