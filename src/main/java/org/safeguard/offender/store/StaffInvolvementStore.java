package org.safeguard.offender.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People marked as members of the organisation's own staff ({@code offender.staff_involvement}). */
@Repository
public class StaffInvolvementStore {

    private final JdbcClient jdbc;

    public StaffInvolvementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person records among these that are marked as staff. */
    public Set<Long> staffAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT person_id FROM offender.staff_involvement WHERE person_id = ANY(:ids)")
                .param("ids", personIds.stream().mapToLong(Long::longValue).toArray()).query(Long.class).list());
    }

    /** Why the person record is marked as staff, when it is. */
    public Optional<String> reason(long personId) {
        return jdbc.sql("SELECT reason FROM offender.staff_involvement WHERE person_id = :id").param("id", personId)
                .query(String.class).optional();
    }

    /** Marks the record; false when it already was. */
    public boolean mark(long personId, String reason, String by, Instant at) {
        return jdbc.sql("INSERT INTO offender.staff_involvement (person_id, reason, marked_by, marked_at) "
                        + "VALUES (:id, :reason, :by, :at) ON CONFLICT DO NOTHING")
                .param("id", personId).param("reason", reason).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }
}
