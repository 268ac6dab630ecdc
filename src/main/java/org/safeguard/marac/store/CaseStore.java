package org.safeguard.marac.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.MaracCase;
import org.safeguard.marac.rules.RepeatRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Victims' cases at MARAC: listing, moving, urgency, the equality fields, withdrawal; and earlier hearings. */
@Repository("maracCaseStore")
public class CaseStore {

    private static final String SELECT = "SELECT c.id, c.area_id, a.name area_name, c.meeting_id, m.held_at meeting_at, "
            + "c.victim_id, c.victim_name, c.perpetrator_ids, c.referral_id, c.referred_at, c.referring_agency, "
            + "c.risk_level, c.children, c.victim_sex, c.victim_age, c.victim_bme, c.victim_lgbt, c.victim_disability, "
            + "c.urgent, c.interim_plan, c.interim_plan_by, c.interim_plan_at, c.repeat_of, c.transferred_from, c.status, "
            + "c.idva_summary, c.case_minutes, c.heard_at, c.created_at, c.version "
            + "FROM marac.marac_case c LEFT JOIN marac.area a ON a.id = c.area_id "
            + "LEFT JOIN marac.meeting m ON m.id = c.meeting_id ";

    private final JdbcClient jdbc;

    public CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case to save: where it is listed (or not), and what the referral (or the transfer) said. */
    public record NewCase(Long areaId, Long meetingId, long victimId, String victimName, List<Long> perpetratorIds,
                          Long referralId, Instant referredAt, String referringAgency, String riskLevel, int children,
                          String victimSex, Integer victimAge, Boolean victimBme, Boolean victimLgbt,
                          Boolean victimDisability, Long repeatOf, Long transferredFrom, Instant createdAt) {
    }

    /** Saves the case; empty when its referral already has one (the event came again). */
    public Optional<Long> insert(NewCase c) {
        return jdbc.sql("INSERT INTO marac.marac_case (area_id, meeting_id, victim_id, victim_name, perpetrator_ids, "
                        + "referral_id, referred_at, referring_agency, risk_level, children, victim_sex, victim_age, victim_bme, "
                        + "victim_lgbt, victim_disability, repeat_of, transferred_from, status, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (referral_id) WHERE referral_id IS NOT NULL DO NOTHING RETURNING id")
                .params(c.areaId(), c.meetingId(), c.victimId(), c.victimName(), c.perpetratorIds().toArray(Long[]::new),
                        c.referralId(), Timestamp.from(c.referredAt()), c.referringAgency(), c.riskLevel(), c.children(),
                        c.victimSex(), c.victimAge(), c.victimBme(), c.victimLgbt(), c.victimDisability(), c.repeatOf(),
                        c.transferredFrom(), c.meetingId() == null ? "WAITING" : "LISTED", Timestamp.from(c.createdAt()))
                .query(Long.class).optional();
    }

    /**
     * Records a referral for a victim whose case is already waiting or listed: it joins that case (kept as a
     * withdrawn case naming it, so the referral is answered once and the agenda lists the victim once).
     */
    public Optional<Long> insertJoined(NewCase c, long joinedCaseId, String reason) {
        Optional<Long> id = insert(c);
        id.ifPresent(caseId -> jdbc.sql("UPDATE marac.marac_case SET status = 'WITHDRAWN', meeting_id = NULL, "
                        + "withdrawn_reason = ?, withdrawn_at = created_at, withdrawn_by = 'system' WHERE id = ?")
                .params(reason, caseId).update());
        return id;
    }

    /** Listing for one victim waits for any other listing for them to finish, so a victim is never listed twice at once. */
    public void lockVictim(long personKey) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('marac-victim'), hashtext(?))").param(String.valueOf(personKey))
                .query().listOfRows();
    }

    /** The case made from the referral, if any. */
    public Optional<Long> caseOfReferral(long referralId) {
        return jdbc.sql("SELECT id FROM marac.marac_case WHERE referral_id = ?").param(referralId).query(Long.class).optional();
    }

    public boolean hasReferral(long referralId) {
        return jdbc.sql("SELECT count(*) FROM marac.marac_case WHERE referral_id = ?").param(referralId)
                .query(Integer.class).single() > 0;
    }

    public Optional<MaracCase> find(long caseId) {
        return jdbc.sql(SELECT + "WHERE c.id = ?").param(caseId).query(CaseStore::maracCase).optional();
    }

    /** The case, its row locked until the transaction ends. */
    public Optional<MaracCase> lock(long caseId) {
        return jdbc.sql("SELECT id FROM marac.marac_case WHERE id = ? FOR UPDATE").param(caseId).query(Long.class)
                .optional().flatMap(this::find);
    }

    /** The cases on a meeting's agenda (listed or heard), urgent first, then in the order they were referred. */
    public List<MaracCase> onAgenda(long meetingId) {
        return jdbc.sql(SELECT + "WHERE c.meeting_id = ? AND c.status IN ('LISTED', 'HEARD') "
                        + "ORDER BY c.urgent DESC, c.referred_at, c.id")
                .param(meetingId).query(CaseStore::maracCase).list();
    }

    /** Cases waiting for a meeting with space in the areas, oldest referral first. */
    public List<MaracCase> waitingIn(Collection<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE c.area_id = ANY(?) AND c.status = 'WAITING' ORDER BY c.referred_at, c.id")
                .param(areaIds.toArray(Long[]::new)).query(CaseStore::maracCase).list();
    }

    /** Cases from intake areas no MARAC covers, waiting for a coordinator to place them. */
    public List<MaracCase> unplaced(int limit) {
        return jdbc.sql(SELECT + "WHERE c.area_id IS NULL AND c.status = 'WAITING' ORDER BY c.referred_at, c.id LIMIT ?")
                .param(limit).query(CaseStore::maracCase).list();
    }

    /** Whether the case has gone on to another MARAC: a case made from it, or an accepted transfer of it. */
    public boolean transferredOn(long caseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM marac.marac_case WHERE transferred_from = ?) "
                        + "OR EXISTS (SELECT 1 FROM marac.transfer WHERE case_id = ? AND status = 'ACCEPTED')")
                .params(caseId, caseId).query(Boolean.class).single();
    }

    /** Every MARAC case of any of these person records, with when it was referred and whether it was withdrawn. */
    public List<RepeatRule.EarlierCase> earlierCasesOf(Collection<Long> victimIds) {
        return jdbc.sql("SELECT id, referred_at, status = 'WITHDRAWN' FROM marac.marac_case WHERE victim_id = ANY(?)")
                .param(victimIds.toArray(Long[]::new))
                .query((rs, n) -> new RepeatRule.EarlierCase(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3)))
                .list();
    }

    /** The cases of these person records that are waiting or listed now. */
    public List<MaracCase> openOf(Collection<Long> victimIds) {
        return jdbc.sql(SELECT + "WHERE c.victim_id = ANY(?) AND c.status IN ('WAITING', 'LISTED') ORDER BY c.id")
                .param(victimIds.toArray(Long[]::new)).query(CaseStore::maracCase).list();
    }

    /** The cases of these person records, newest first, at most {@code limit}: for the history panel. */
    public List<MaracCase> ofVictims(Collection<Long> victimIds, int limit) {
        return jdbc.sql(SELECT + "WHERE c.victim_id = ANY(?) ORDER BY c.created_at DESC, c.id DESC LIMIT ?")
                .params(victimIds.toArray(Long[]::new), limit).query(CaseStore::maracCase).list();
    }

    /** Lists the case at a meeting of the area (null: waiting for one), if it is still at the version. */
    public boolean list(long caseId, int version, long areaId, Long meetingId) {
        return jdbc.sql("UPDATE marac.marac_case SET area_id = ?, meeting_id = ?, status = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(areaId, meetingId, meetingId == null ? "WAITING" : "LISTED", caseId, version).update() == 1;
    }

    public boolean markUrgent(long caseId, int version, Long taskId) {
        return jdbc.sql("UPDATE marac.marac_case SET urgent = true, urgent_task_id = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?").params(taskId, caseId, version).update() == 1;
    }

    public boolean recordInterimPlan(long caseId, int version, String plan, String by, Instant at) {
        return jdbc.sql("UPDATE marac.marac_case SET interim_plan = ?, interim_plan_by = ?, interim_plan_at = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?")
                .params(plan, by, Timestamp.from(at), caseId, version).update() == 1;
    }

    public boolean recordEquality(long caseId, int version, Boolean bme, Boolean lgbt, Boolean disability) {
        return jdbc.sql("UPDATE marac.marac_case SET victim_bme = ?, victim_lgbt = ?, victim_disability = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ?")
                .params(bme, lgbt, disability, caseId, version).update() == 1;
    }

    public boolean withdraw(long caseId, int version, String reason, String by, Instant at) {
        return jdbc.sql("UPDATE marac.marac_case SET status = 'WITHDRAWN', withdrawn_reason = ?, withdrawn_by = ?, "
                        + "withdrawn_at = ?, version = version + 1 WHERE id = ? AND version = ?")
                .params(reason, by, Timestamp.from(at), caseId, version).update() == 1;
    }

    /** Marks the case transferred (its place at a meeting, if any, is freed). */
    public boolean markTransferred(long caseId, int version) {
        return jdbc.sql("UPDATE marac.marac_case SET status = 'TRANSFERRED', version = version + 1 WHERE id = ? AND version = ?")
                .params(caseId, version).update() == 1;
    }

    /** Why and by whom the case was withdrawn, when it was. */
    public record Withdrawal(String reason, String by, Instant at) {
    }

    public Optional<Withdrawal> withdrawal(long caseId) {
        return jdbc.sql("SELECT withdrawn_reason, withdrawn_by, withdrawn_at FROM marac.marac_case "
                        + "WHERE id = ? AND withdrawn_reason IS NOT NULL").param(caseId)
                .query((rs, n) -> new Withdrawal(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    static MaracCase maracCase(ResultSet rs, int row) throws SQLException {
        Timestamp meetingAt = rs.getTimestamp("meeting_at");
        Timestamp planAt = rs.getTimestamp("interim_plan_at");
        Timestamp heardAt = rs.getTimestamp("heard_at");
        Long[] perpetrators = (Long[]) rs.getArray("perpetrator_ids").getArray();
        return new MaracCase(rs.getLong("id"), (Long) rs.getObject("area_id"), rs.getString("area_name"),
                (Long) rs.getObject("meeting_id"), meetingAt == null ? null : meetingAt.toInstant(), rs.getLong("victim_id"),
                rs.getString("victim_name"), Arrays.asList(perpetrators), (Long) rs.getObject("referral_id"),
                rs.getTimestamp("referred_at").toInstant(), rs.getString("referring_agency"), rs.getString("risk_level"),
                rs.getInt("children"), rs.getString("victim_sex"), (Integer) rs.getObject("victim_age"),
                (Boolean) rs.getObject("victim_bme"), (Boolean) rs.getObject("victim_lgbt"),
                (Boolean) rs.getObject("victim_disability"), rs.getBoolean("urgent"), rs.getString("interim_plan"),
                rs.getString("interim_plan_by"), planAt == null ? null : planAt.toInstant(), (Long) rs.getObject("repeat_of"),
                (Long) rs.getObject("transferred_from"), MaracCase.Status.valueOf(rs.getString("status")),
                rs.getString("idva_summary"), rs.getString("case_minutes"), heardAt == null ? null : heardAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
    }
}
