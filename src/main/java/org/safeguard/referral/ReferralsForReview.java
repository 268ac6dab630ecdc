package org.safeguard.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.ReviewableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closed and declined referrals for the retention review: owned by the agency and team that made them; the period runs
 * from closing (or the service's decline). Described by the service and the days, never by the victim's name.
 */
@Component
class ReferralsForReview implements ReviewableRecords {

    private static final String ENDED_REFERRALS = "SELECT id, service_name, made_at, made_by_agency, made_by_team, "
            + "ended_at FROM (SELECT id, service_name, made_at, made_by_agency, made_by_team, "
            + "CASE status WHEN 'CLOSED' THEN closed_at ELSE decided_at END AS ended_at FROM referral.referral "
            + "WHERE status IN ('CLOSED', 'DECLINED')) r WHERE ended_at IS NOT NULL ";

    private final JdbcClient jdbc;

    ReferralsForReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "referral";
    }

    @Override
    public String label() {
        return "Referrals";
    }

    @Override
    public String lastActivityMeans() {
        return "from the day the referral closed or was declined";
    }

    @Override
    public List<Reviewable> due(DueQuery query) {
        return jdbc.sql(ENDED_REFERRALS + "AND made_by_agency = :agency AND ended_at < :before "
                        + "AND (CAST(:team AS varchar) IS NULL OR made_by_team IS NULL OR made_by_team = :team) "
                        + "AND id NOT IN (SELECT unnest(CAST(:kept AS bigint[]))) ORDER BY ended_at, id LIMIT :limit")
                .param("agency", query.agencyCode()).param("before", Timestamp.from(query.lastActivityBefore()))
                .param("team", query.team()).param("kept", query.excludingIds()).param("limit", query.limit())
                .query((rs, n) -> referral(rs)).list();
    }

    @Override
    public Optional<Reviewable> find(long id) {
        return jdbc.sql(ENDED_REFERRALS + "AND id = :id").param("id", id).query((rs, n) -> referral(rs)).optional();
    }

    private static Reviewable referral(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String description = "Referral to " + rs.getString("service_name") + ", made "
                + ReviewableRecords.day(rs.getTimestamp("made_at").toInstant()) + ", ended "
                + ReviewableRecords.day(rs.getTimestamp("ended_at").toInstant());
        return new Reviewable(id, description, rs.getTimestamp("ended_at").toInstant(), rs.getString("made_by_agency"),
                rs.getString("made_by_team"), "/referrals/" + id);
    }
}
