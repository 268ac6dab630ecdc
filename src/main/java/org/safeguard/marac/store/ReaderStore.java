package org.safeguard.marac.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safeguard.marac.rules.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads who is in a MARAC's need-to-know circle: its area's officers and representatives, a meeting's attendees. */
@Repository
public class ReaderStore {

    private final JdbcClient jdbc;

    public ReaderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case's victim, its area and meeting. */
    public record CasePlace(long caseId, long victimId, Long areaId, Long meetingId, Long transferredFrom) {
    }

    public Optional<CasePlace> placeOf(long caseId) {
        return jdbc.sql("SELECT id, victim_id, area_id, meeting_id, transferred_from FROM marac.marac_case WHERE id = ?")
                .param(caseId)
                .query((rs, n) -> new CasePlace(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5)))
                .optional();
    }

    /** The cases made in other areas by accepting a transfer of this one. */
    public List<CasePlace> transferredOnFrom(long caseId) {
        return jdbc.sql("SELECT id, victim_id, area_id, meeting_id, transferred_from FROM marac.marac_case WHERE transferred_from = ?")
                .param(caseId)
                .query((rs, n) -> new CasePlace(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5)))
                .list();
    }

    /**
     * A MARAC case of a person, for need to know: where it is, whether it is still live (not withdrawn or
     * transferred away), and its area's name and coordinator (null while no MARAC covers it).
     */
    public record PersonsCase(CasePlace place, boolean live, String areaName, String coordinator) {
    }

    /** Every MARAC case whose victim is one of these person records, by the index on the victim. */
    public List<PersonsCase> casesOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id, c.victim_id, c.area_id, c.meeting_id, c.transferred_from, "
                        + "c.status NOT IN ('WITHDRAWN', 'TRANSFERRED'), a.name, a.coordinator FROM marac.marac_case c "
                        + "LEFT JOIN marac.area a ON a.id = c.area_id WHERE c.victim_id = ANY(?) ORDER BY c.id")
                .param(personIds.toArray(Long[]::new))
                .query((rs, n) -> new PersonsCase(new CasePlace(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        (Long) rs.getObject(4), (Long) rs.getObject(5)), rs.getBoolean(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    public Optional<Long> areaOfMeeting(long meetingId) {
        return jdbc.sql("SELECT area_id FROM marac.meeting WHERE id = ?").param(meetingId).query(Long.class).optional();
    }

    /** The circle of an area, with the attendees of the given meetings (none: the area's people only). */
    public Optional<NeedToKnow.Circle> circle(long areaId, List<Long> meetingIds) {
        Optional<String[]> officers = jdbc.sql("SELECT coordinator, chair FROM marac.area WHERE id = ?").param(areaId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
        if (officers.isEmpty()) {
            return Optional.empty();
        }
        Set<String> representatives = new HashSet<>(jdbc.sql("SELECT username FROM marac.representative WHERE area_id = ?")
                .param(areaId).query(String.class).list());
        Set<String> attendees = meetingIds.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                        "SELECT representative FROM marac.attendance WHERE meeting_id = ANY(?) AND present "
                                + "AND representative IS NOT NULL")
                .param(meetingIds.toArray(Long[]::new)).query(String.class).list());
        return Optional.of(new NeedToKnow.Circle(officers.get()[0], officers.get()[1], representatives, attendees));
    }

    /** An area's id and name. */
    public record AreaName(long id, String name) {
    }

    /** The areas whose MARAC the user coordinates or chairs, by name. */
    public List<AreaName> areasRunBy(String username) {
        return jdbc.sql("SELECT id, name FROM marac.area WHERE coordinator = ? OR chair = ? ORDER BY name")
                .params(username, username).query((rs, n) -> new AreaName(rs.getLong(1), rs.getString(2))).list();
    }

    /** A coming meeting of an area the user is part of. */
    public record ComingMeeting(long meetingId, Instant heldAt, String areaName) {
    }

    /** The coming meetings (not yet held) of the areas the user coordinates, chairs or represents an agency at. */
    public List<ComingMeeting> comingMeetingsOf(String username, Instant now, int limit) {
        return jdbc.sql("SELECT m.id, m.held_at, a.name FROM marac.meeting m JOIN marac.area a ON a.id = m.area_id "
                        + "WHERE m.status = 'SCHEDULED' AND m.held_at > ? AND (a.coordinator = ? OR a.chair = ? OR EXISTS "
                        + "(SELECT 1 FROM marac.representative r WHERE r.area_id = a.id AND r.username = ?)) "
                        + "ORDER BY m.held_at, m.id LIMIT ?")
                .params(Timestamp.from(now), username, username, username, limit)
                .query((rs, n) -> new ComingMeeting(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3))).list();
    }

    /** A case at a coming meeting whose research the user's agency has not returned. */
    public record ResearchDue(long caseId, String victimName, Instant heldAt, String areaName, String agencyCode) {
    }

    /**
     * The cases listed at coming meetings of areas where the user represents a core agency, that agency's research
     * not yet returned, the soonest meeting first.
     */
    public List<ResearchDue> researchDueFrom(String username, Instant now, int limit) {
        return jdbc.sql("SELECT c.id, c.victim_name, m.held_at, a.name, r.agency_code FROM marac.representative r "
                        + "JOIN marac.area a ON a.id = r.area_id AND r.agency_code = ANY(a.core_agencies) "
                        + "JOIN marac.meeting m ON m.area_id = a.id AND m.status = 'SCHEDULED' AND m.held_at > ? "
                        + "JOIN marac.marac_case c ON c.meeting_id = m.id AND c.status = 'LISTED' "
                        + "WHERE r.username = ? AND NOT EXISTS (SELECT 1 FROM marac.research x WHERE x.case_id = c.id "
                        + "AND x.agency_code = r.agency_code) ORDER BY m.held_at, c.id LIMIT ?")
                .params(Timestamp.from(now), username, limit)
                .query((rs, n) -> new ResearchDue(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5))).list();
    }

    /** A MARAC case of a victim the user works for: waiting, listed (at {@code meetingAt}) or heard (at {@code heardAt}). */
    public record VictimsCase(long caseId, String victimName, String status, Instant meetingAt, Instant heardAt) {
    }

    /**
     * The victims' MARAC cases still to be heard (waiting or listed), the soonest meeting first and the waiting after,
     * then those heard since {@code heardSince}, the latest first; at most {@code limit}. One query whatever the number
     * of victims, by the index on the victim.
     */
    public List<VictimsCase> casesOfVictims(Collection<Long> victimIds, Instant heardSince, int limit) {
        if (victimIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT c.id, c.victim_name, c.status, m.held_at, c.heard_at FROM marac.marac_case c "
                        + "LEFT JOIN marac.meeting m ON m.id = c.meeting_id WHERE c.victim_id = ANY(?) "
                        + "AND (c.status IN ('WAITING', 'LISTED') OR (c.status = 'HEARD' AND c.heard_at >= ?)) "
                        + "ORDER BY c.status = 'HEARD', c.status = 'WAITING', m.held_at, c.heard_at DESC, c.created_at, c.id LIMIT ?")
                .params(victimIds.toArray(Long[]::new), Timestamp.from(heardSince), limit)
                .query((rs, n) -> new VictimsCase(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)))).list();
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
