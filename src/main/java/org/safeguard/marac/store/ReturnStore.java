package org.safeguard.marac.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.rules.QuarterlyReturn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the MARAC's papers and returns are made of: a meeting's agenda lines and action plan (never an
 * address: the agenda is read by every agency round the table), and the cases heard in a quarter.
 */
@Repository
public class ReturnStore {

    private final JdbcClient jdbc;

    public ReturnStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An area, for choosing one. */
    public record AreaName(long id, String name) {
    }

    /** A case heard, with the area that heard it. */
    public record Heard(long areaId, String areaName, QuarterlyReturn.HeardCase heard) {
    }

    /** A meeting as its papers head it. */
    public record MeetingHeading(long id, long areaId, String areaName, Instant heldAt, String status) {
    }

    /** One case on a meeting's agenda, as the agenda prints it. */
    public record AgendaLine(long caseId, String victimName, Integer victimAge, String riskLevel, Instant repeatOfHeardAt,
                             boolean repeat, String transferredFromArea, boolean transfer, boolean urgent,
                             boolean interimPlan, String referringAgency, int children, List<Long> perpetratorIds,
                             String status, long victimId) {
    }

    /** An action of a case's plan. */
    public record PlannedAction(long id, long caseId, String description, String ownerAgency, String owner,
                                LocalDate dueOn, String status) {
    }

    public List<AreaName> areas() {
        return jdbc.sql("SELECT id, name FROM marac.area ORDER BY name")
                .query((rs, n) -> new AreaName(rs.getLong(1), rs.getString(2))).list();
    }

    /** The cases heard from {@code from} until (not including) {@code until}, in every area or one. */
    public List<Heard> heard(Instant from, Instant until, Long areaId) {
        return jdbc.sql("""
                        SELECT c.area_id, a.name, c.meeting_id, c.repeat_of IS NOT NULL AS repeat, c.referring_agency,
                               c.children, c.victim_sex, c.victim_age, c.victim_bme, c.victim_lgbt, c.victim_disability
                        FROM marac.marac_case c JOIN marac.area a ON a.id = c.area_id
                        WHERE c.status IN ('HEARD', 'TRANSFERRED') AND c.heard_at >= ? AND c.heard_at < ?
                          AND (CAST(? AS bigint) IS NULL OR c.area_id = ?)
                        ORDER BY a.name, c.id""")
                .params(Timestamp.from(from), Timestamp.from(until), areaId, areaId)
                .query((rs, n) -> new Heard(rs.getLong(1), rs.getString(2), heardCase(rs, 3)))
                .list();
    }

    /**
     * The same cases without their area's name, in no order: the dashboard's figures count them as the return does.
     * Read from the cases-heard index alone (V19).
     */
    public List<QuarterlyReturn.HeardCase> heardCases(Instant from, Instant until, Long areaId) {
        return jdbc.sql("""
                        SELECT meeting_id, repeat_of IS NOT NULL AS repeat, referring_agency, children, victim_sex,
                               victim_age, victim_bme, victim_lgbt, victim_disability
                        FROM marac.marac_case
                        WHERE status IN ('HEARD', 'TRANSFERRED') AND heard_at >= ? AND heard_at < ?
                          AND (CAST(? AS bigint) IS NULL OR area_id = ?)""")
                .params(Timestamp.from(from), Timestamp.from(until), areaId, areaId)
                .query((rs, n) -> heardCase(rs, 1))
                .list();
    }

    /** A case heard from its meeting, repeat, referring agency, children and equality columns, from {@code first} on. */
    private static QuarterlyReturn.HeardCase heardCase(ResultSet rs, int first) throws SQLException {
        return new QuarterlyReturn.HeardCase(rs.getLong(first), rs.getBoolean(first + 1), rs.getString(first + 2),
                rs.getInt(first + 3), rs.getString(first + 4), (Integer) rs.getObject(first + 5),
                (Boolean) rs.getObject(first + 6), (Boolean) rs.getObject(first + 7), (Boolean) rs.getObject(first + 8));
    }

    public Optional<MeetingHeading> meeting(long meetingId) {
        return jdbc.sql("SELECT m.id, m.area_id, a.name, m.held_at, m.status FROM marac.meeting m "
                        + "JOIN marac.area a ON a.id = m.area_id WHERE m.id = ?")
                .param(meetingId)
                .query((rs, n) -> new MeetingHeading(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .optional();
    }

    /** The cases listed at (or heard by) the meeting, urgent first, then in the order they were referred. */
    public List<AgendaLine> agenda(long meetingId) {
        return jdbc.sql("""
                        SELECT c.id, c.victim_name, c.victim_age, c.risk_level, earlier.heard_at, c.repeat_of IS NOT NULL,
                               sent_from.name, c.transferred_from IS NOT NULL, c.urgent, c.interim_plan IS NOT NULL,
                               c.referring_agency, c.children, c.perpetrator_ids, c.status, c.victim_id
                        FROM marac.marac_case c
                        LEFT JOIN marac.marac_case earlier ON earlier.id = c.repeat_of
                        LEFT JOIN marac.marac_case origin ON origin.id = c.transferred_from
                        LEFT JOIN marac.area sent_from ON sent_from.id = origin.area_id
                        WHERE c.meeting_id = ? AND c.status IN ('LISTED', 'HEARD', 'TRANSFERRED')
                        ORDER BY c.urgent DESC, c.referred_at, c.id""")
                .param(meetingId)
                .query(ReturnStore::agendaLine)
                .list();
    }

    /** The actions of the cases, by case, then due date. */
    public List<PlannedAction> actions(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, case_id, description, owner_agency, owner, due_on, status FROM marac.action "
                        + "WHERE case_id = ANY(?) ORDER BY case_id, due_on, id")
                .param(caseIds.toArray(Long[]::new))
                .query((rs, n) -> new PlannedAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7)))
                .list();
    }

    private static AgendaLine agendaLine(ResultSet rs, int n) throws SQLException {
        Timestamp earlier = rs.getTimestamp(5);
        Long[] perpetrators = (Long[]) rs.getArray(13).getArray();
        return new AgendaLine(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                earlier == null ? null : earlier.toInstant(), rs.getBoolean(6), rs.getString(7), rs.getBoolean(8),
                rs.getBoolean(9), rs.getBoolean(10), rs.getString(11), rs.getInt(12), Arrays.asList(perpetrators),
                rs.getString(14), rs.getLong(15));
    }
}
