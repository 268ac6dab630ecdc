package org.safeguard.marac;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.safeguard.access.ReviewableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MARAC cases that are over (heard, withdrawn or transferred to another area) for the retention review: owned by the
 * agency that referred the case (the case carries no other); the period runs from the hearing, the withdrawal or the
 * transfer. Described by the area and the day, never by the victim's name.
 */
@Component
class MaracCasesForReview extends ReviewableTable {

    MaracCasesForReview(JdbcClient jdbc) {
        super(jdbc, "marac-case", "MARAC cases", "from the hearing (or the day the case was withdrawn or transferred)",
                "SELECT * FROM (SELECT c.id, c.status, a.name AS area_name, c.referring_agency AS owning_agency, "
                        + "CAST(NULL AS varchar) AS team, CASE c.status WHEN 'HEARD' THEN c.heard_at "
                        + "WHEN 'WITHDRAWN' THEN c.withdrawn_at "
                        + "ELSE (SELECT max(t.sent_at) FROM marac.transfer t WHERE t.case_id = c.id) END AS last_activity "
                        + "FROM marac.marac_case c LEFT JOIN marac.area a ON a.id = c.area_id "
                        + "WHERE c.status IN ('HEARD', 'WITHDRAWN', 'TRANSFERRED')) m WHERE last_activity IS NOT NULL");
    }

    @Override
    protected Reviewable describe(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        String area = row.getString("area_name");
        String what = switch (row.getString("status")) {
            case "HEARD" -> "heard";
            case "WITHDRAWN" -> "withdrawn";
            default -> "transferred";
        };
        return reviewable(row, "MARAC case " + id + ", " + what + " " + day(row, "last_activity")
                + (area == null ? "" : ", " + area), "/marac/cases/" + id);
    }
}
