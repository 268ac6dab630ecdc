package org.safeguard.marac.store;

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
}
