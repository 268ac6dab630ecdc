package org.safeguard.intake;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.safeguard.access.ReviewableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incidents for the retention review: owned by the agency that recorded them (no team); the last activity is the
 * later of received and closed (not when it was typed in: an
 * incident imported from a past system is as old as the call). Described by reference, day and area, never by the people in them.
 */
@Component
class IncidentsForReview extends ReviewableTable {

    IncidentsForReview(JdbcClient jdbc) {
        super(jdbc, "incident", "Incidents", "from the day the incident was received or, if later, closed",
                "SELECT id, reference, received_at, area, owning_agency, CAST(NULL AS varchar) AS team, "
                        + "greatest(received_at, coalesce(closed_at, received_at)) AS last_activity "
                        + "FROM intake.incident");
    }

    @Override
    protected Reviewable describe(ResultSet row) throws SQLException {
        String area = row.getString("area");
        return reviewable(row, "Incident " + row.getString("reference") + ", " + day(row, "received_at")
                + (area == null ? "" : ", " + area), "/incidents/" + row.getLong("id"));
    }
}
