package org.safeguard.marac.store;

import java.util.List;

import org.safeguard.marac.NewAttendance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who came to a meeting, agency by agency; a new record of the meeting replaces the old one whole. */
@Repository
public class AttendanceStore {

    private final JdbcClient jdbc;

    public AttendanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NewAttendance> forMeeting(long meetingId) {
        return jdbc.sql("SELECT agency_code, present, representative FROM marac.attendance WHERE meeting_id = ? "
                        + "ORDER BY agency_code")
                .param(meetingId)
                .query((rs, n) -> new NewAttendance(rs.getString(1), rs.getBoolean(2), rs.getString(3))).list();
    }

    /**
     * Replaces the meeting's attendance on the meeting's version read, while it is still scheduled; false when another
     * save, a change of the meeting or its close came first (nothing is changed).
     */
    public boolean replace(long meetingId, int version, List<NewAttendance> lines) {
        boolean current = jdbc.sql("UPDATE marac.meeting SET version = version + 1 WHERE id = ? AND version = ? "
                        + "AND status = 'SCHEDULED'")
                .params(meetingId, version).update() == 1;
        if (!current) {
            return false;
        }
        jdbc.sql("DELETE FROM marac.attendance WHERE meeting_id = ?").param(meetingId).update();
        for (NewAttendance line : lines) {
            jdbc.sql("INSERT INTO marac.attendance (meeting_id, agency_code, representative, present) VALUES (?, ?, ?, ?)")
                    .params(meetingId, line.agencyCode(), line.representative(), line.present()).update();
        }
        return true;
    }
}
