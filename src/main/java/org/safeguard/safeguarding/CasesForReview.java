package org.safeguard.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.safeguard.access.ReviewableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closed victims' cases for the retention review: owned by the case's agency and its last SPOC's team; the period
 * runs from closing (an open case is never due). Described by when it opened and closed and its area, never by name.
 */
@Component
class CasesForReview extends ReviewableTable {

    CasesForReview(JdbcClient jdbc) {
        super(jdbc, "case", "Victims' cases", "from the day the case closed",
                "SELECT id, opened_at, area, owning_agency, spoc_team AS team, closed_at AS last_activity "
                        + "FROM safeguarding.victim_case WHERE status = 'CLOSED'");
    }

    @Override
    protected Reviewable describe(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        String area = row.getString("area");
        return reviewable(row, "Case " + id + ", opened " + day(row, "opened_at") + ", closed "
                + day(row, "last_activity") + (area == null ? "" : ", " + area), "/cases/" + id);
    }
}
