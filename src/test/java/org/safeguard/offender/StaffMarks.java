package org.safeguard.offender;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Marks a person as a member of the organisation's staff for tests that need one without the marking page: the
 * STAFF_INVOLVED restriction access keeps (issue 10), as a row, like the data V20 carried over.
 */
@Component
class StaffMarks {

    private final JdbcClient jdbc;

    StaffMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void mark(long personId, String reason, String by, Instant at) {
        jdbc.sql("INSERT INTO access.record_restriction (person_id, kind, reason, marked_by, marked_at, owning_agency) "
                        + "VALUES (?, 'STAFF_INVOLVED', ?, ?, ?, 'POLICE') ON CONFLICT DO NOTHING")
                .params(personId, reason, by, Timestamp.from(at)).update();
    }
}
