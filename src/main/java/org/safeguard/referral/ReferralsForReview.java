package org.safeguard.referral;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.safeguard.access.ReviewableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closed and declined referrals for the retention review: owned by the agency and team that made them; the period runs
 * from closing (or the service's decline). Described by the service and the days, never by the victim's name.
 */
@Component
class ReferralsForReview extends ReviewableTable {

    ReferralsForReview(JdbcClient jdbc) {
        super(jdbc, "referral", "Referrals", "from the day the referral closed or was declined",
                "SELECT id, service_name, made_at, made_by_agency AS owning_agency, made_by_team AS team, "
                        + "CASE status WHEN 'CLOSED' THEN closed_at ELSE decided_at END AS last_activity "
                        + "FROM referral.referral WHERE status IN ('CLOSED', 'DECLINED') "
                        + "AND (CASE status WHEN 'CLOSED' THEN closed_at ELSE decided_at END) IS NOT NULL");
    }

    @Override
    protected Reviewable describe(ResultSet row) throws SQLException {
        return reviewable(row, "Referral to " + row.getString("service_name") + ", made " + day(row, "made_at")
                + ", ended " + day(row, "last_activity"), "/referrals/" + row.getLong("id"));
    }
}
