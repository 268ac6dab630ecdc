package org.safeguard.marac.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.CaseAtMeeting;
import org.safeguard.marac.MaracCase;
import org.safeguard.marac.Meeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads cases and meetings as their hearing sees them; writes the hearing's words and closes a meeting. */
@Repository
public class HearingStore {

    private static final String CASE = "SELECT c.id, c.victim_id, c.victim_name, c.area_id, a.name, c.meeting_id, m.held_at, "
            + "m.status, c.status, c.idva_summary, c.case_minutes, c.heard_at, c.version FROM marac.marac_case c "
            + "LEFT JOIN marac.area a ON a.id = c.area_id LEFT JOIN marac.meeting m ON m.id = c.meeting_id ";

    private final JdbcClient jdbc;

    public HearingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting with its general minutes, once written, and who closed it. */
    public record MeetingMinutes(Meeting meeting, String minutes, Instant closedAt, String closedBy) {
    }

    public Optional<CaseAtMeeting> caseAtMeeting(long caseId) {
        return jdbc.sql(CASE + "WHERE c.id = ?").param(caseId).query(HearingStore::caseAtMeeting).optional();
    }

    /** The cases listed or heard at the meeting, in the order they joined it. */
    public List<CaseAtMeeting> casesAt(long meetingId) {
        return jdbc.sql(CASE + "WHERE c.meeting_id = ? AND c.status IN ('LISTED', 'HEARD') ORDER BY c.referred_at, c.id")
                .param(meetingId).query(HearingStore::caseAtMeeting).list();
    }

    public Optional<MeetingMinutes> meeting(long meetingId) {
        return jdbc.sql("SELECT m.id, m.area_id, a.name, m.held_at, m.capacity, m.status, m.version, m.minutes, m.closed_at, "
                        + "m.closed_by, (SELECT count(*) FROM marac.marac_case c WHERE c.meeting_id = m.id "
                        + "AND c.status IN ('LISTED', 'HEARD')) FROM marac.meeting m JOIN marac.area a ON a.id = m.area_id "
                        + "WHERE m.id = ?")
                .param(meetingId)
                .query((rs, n) -> new MeetingMinutes(new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        instant(rs, 4), rs.getInt(5), Meeting.Status.valueOf(rs.getString(6)), rs.getInt(11), rs.getInt(7)),
                        rs.getString(8), instant(rs, 9), rs.getString(10)))
                .optional();
    }

    /** The area's core agencies, in the order the area lists them. */
    public List<String> coreAgencies(long areaId) {
        return jdbc.sql("SELECT core_agencies FROM marac.area WHERE id = ?").param(areaId)
                .query((rs, n) -> Arrays.asList((String[]) rs.getArray(1).getArray())).optional().orElse(List.of());
    }

    public Optional<String> areaName(long areaId) {
        return jdbc.sql("SELECT name FROM marac.area WHERE id = ?").param(areaId).query(String.class).optional();
    }

    /** The IDVA's account for the victim and the case's minutes, on the version read. */
    public boolean recordHearing(long caseId, int version, String idvaSummary, String caseMinutes) {
        return jdbc.sql("UPDATE marac.marac_case SET idva_summary = ?, case_minutes = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?")
                .params(idvaSummary, caseMinutes, caseId, version).update() == 1;
    }

    /** Closes a scheduled meeting on the version read, with its minutes. */
    public boolean closeMeeting(long meetingId, int version, String minutes, String by, Instant at) {
        return jdbc.sql("UPDATE marac.meeting SET status = 'HELD', minutes = ?, closed_at = ?, closed_by = ?, "
                        + "version = version + 1 WHERE id = ? AND version = ? AND status = 'SCHEDULED'")
                .params(minutes, Timestamp.from(at), by, meetingId, version).update() == 1;
    }

    /** Every case still listed at the meeting is heard, at the meeting's time. Returns each one's referral (0: none). */
    public List<Long> markHeard(long meetingId, Instant heardAt) {
        return jdbc.sql("UPDATE marac.marac_case SET status = 'HEARD', heard_at = ?, version = version + 1 "
                        + "WHERE meeting_id = ? AND status = 'LISTED' RETURNING coalesce(referral_id, 0)")
                .params(Timestamp.from(heardAt), meetingId).query(Long.class).list();
    }

    private static CaseAtMeeting caseAtMeeting(ResultSet rs, int row) throws SQLException {
        String meetingStatus = rs.getString(8);
        return new CaseAtMeeting(rs.getLong(1), rs.getLong(2), rs.getString(3), (Long) rs.getObject(4), rs.getString(5),
                (Long) rs.getObject(6), instant(rs, 7), meetingStatus == null ? null : Meeting.Status.valueOf(meetingStatus),
                MaracCase.Status.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), instant(rs, 12), rs.getInt(13));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
