package org.safeguard.marac.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.Meeting;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Meetings of MARAC areas, each with the number of cases listed for it. A meeting's row is locked before its
 * cases are counted, so two cases listed at once cannot both take its last place.
 */
@Repository("maracMeetingStore")
public class MeetingStore {

    private static final String SELECT = "SELECT m.id, m.area_id, a.name, m.held_at, m.capacity, m.status, "
            + "(SELECT count(*) FROM marac.marac_case c WHERE c.meeting_id = m.id AND c.status IN ('LISTED', 'HEARD')) listed, "
            + "m.version FROM marac.meeting m JOIN marac.area a ON a.id = m.area_id ";

    private final JdbcClient jdbc;

    public MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The area's meeting at that time, made from its schedule if it is not there yet, locked. */
    public Meeting lockOrCreate(long areaId, Instant heldAt, int capacity) {
        ensure(areaId, heldAt, capacity);
        long id = jdbc.sql("SELECT id FROM marac.meeting WHERE area_id = ? AND held_at = ? FOR UPDATE")
                .params(areaId, Timestamp.from(heldAt)).query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** Makes the area's meeting at that time from its schedule, unless it is there already. */
    public void ensure(long areaId, Instant heldAt, int capacity) {
        jdbc.sql("INSERT INTO marac.meeting (area_id, held_at, capacity) VALUES (?, ?, ?) "
                        + "ON CONFLICT (area_id, held_at) DO NOTHING")
                .params(areaId, Timestamp.from(heldAt), capacity).update();
    }

    /** A new capacity for the area's meetings still to come (cases already listed keep their places). */
    public void resizeComing(long areaId, int capacity, Instant now) {
        jdbc.sql("UPDATE marac.meeting SET capacity = ?, version = version + 1 WHERE area_id = ? AND status = 'SCHEDULED' "
                + "AND held_at > ? AND capacity <> ?").params(capacity, areaId, Timestamp.from(now), capacity).update();
    }

    /** The meeting, locked until the transaction ends, with its cases counted after the lock was taken. */
    public Optional<Meeting> lock(long meetingId) {
        Optional<Long> id = jdbc.sql("SELECT id FROM marac.meeting WHERE id = ? FOR UPDATE").param(meetingId)
                .query(Long.class).optional();
        return id.flatMap(this::find);
    }

    public Optional<Meeting> find(long meetingId) {
        return jdbc.sql(SELECT + "WHERE m.id = ?").param(meetingId).query(MeetingStore::meeting).optional();
    }

    /** The meetings of the areas from the moment on, soonest first. */
    public List<Meeting> from(Collection<Long> areaIds, Instant from, int limit) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "WHERE m.area_id = ANY(?) AND m.held_at >= ? ORDER BY m.held_at, a.name LIMIT ?")
                .params(areaIds.toArray(Long[]::new), Timestamp.from(from), limit).query(MeetingStore::meeting).list();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getInt(5),
                Meeting.Status.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8));
    }
}
