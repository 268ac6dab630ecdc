package org.safeguard.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.ReviewableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incidents for the retention review: owned by the agency that recorded them; the last activity is the latest of
 * received, recorded and closed. Described by reference, day and area, never by the people in them.
 */
@Component
class IncidentsForReview implements ReviewableRecords {

    private static final String INCIDENTS = "SELECT id, reference, received_at, area, owning_agency, last_activity "
            + "FROM (SELECT id, reference, received_at, area, owning_agency, "
            + "greatest(received_at, recorded_at, coalesce(closed_at, received_at)) AS last_activity "
            + "FROM intake.incident) i ";

    private final JdbcClient jdbc;

    IncidentsForReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "incident";
    }

    @Override
    public String label() {
        return "Incidents";
    }

    @Override
    public String lastActivityMeans() {
        return "from the last time the incident was received, recorded or closed";
    }

    @Override
    public List<Reviewable> due(DueQuery query) {
        return jdbc.sql(INCIDENTS + "WHERE owning_agency = :agency AND last_activity < :before "
                        + "AND id NOT IN (SELECT unnest(CAST(:kept AS bigint[]))) ORDER BY last_activity, id LIMIT :limit")
                .param("agency", query.agencyCode()).param("before", Timestamp.from(query.lastActivityBefore()))
                .param("kept", query.excludingIds()).param("limit", query.limit())
                .query((rs, n) -> incident(rs)).list();
    }

    @Override
    public Optional<Reviewable> find(long id) {
        return jdbc.sql(INCIDENTS + "WHERE id = :id").param("id", id).query((rs, n) -> incident(rs)).optional();
    }

    private static Reviewable incident(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String area = rs.getString("area");
        String description = "Incident " + rs.getString("reference") + ", "
                + ReviewableRecords.day(rs.getTimestamp("received_at").toInstant())
                + (area == null ? "" : ", " + area);
        return new Reviewable(id, description, rs.getTimestamp("last_activity").toInstant(),
                rs.getString("owning_agency"), null, "/incidents/" + id);
    }
}
