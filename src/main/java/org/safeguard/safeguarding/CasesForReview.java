package org.safeguard.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.ReviewableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Closed victims' cases for the retention review: owned by the case's agency and its last SPOC's team; the period
 * runs from closing (an open case is never due). Described by when it opened and closed and its area, never by name.
 */
@Component
class CasesForReview implements ReviewableRecords {

    private static final String CLOSED_CASES = "SELECT id, opened_at, closed_at, area, owning_agency, spoc_team "
            + "FROM safeguarding.victim_case WHERE status = 'CLOSED' ";

    private final JdbcClient jdbc;

    CasesForReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "case";
    }

    @Override
    public String label() {
        return "Victims' cases";
    }

    @Override
    public String lastActivityMeans() {
        return "from the day the case closed";
    }

    @Override
    public List<Reviewable> due(DueQuery query) {
        return jdbc.sql(CLOSED_CASES + "AND owning_agency = :agency AND closed_at < :before "
                        + "AND (CAST(:team AS varchar) IS NULL OR spoc_team IS NULL OR spoc_team = :team) "
                        + "AND id NOT IN (SELECT unnest(CAST(:kept AS bigint[]))) ORDER BY closed_at, id LIMIT :limit")
                .param("agency", query.agencyCode()).param("before", Timestamp.from(query.lastActivityBefore()))
                .param("team", query.team()).param("kept", query.excludingIds()).param("limit", query.limit())
                .query((rs, n) -> victimCase(rs)).list();
    }

    @Override
    public Optional<Reviewable> find(long id) {
        return jdbc.sql(CLOSED_CASES + "AND id = :id").param("id", id).query((rs, n) -> victimCase(rs)).optional();
    }

    private static Reviewable victimCase(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String area = rs.getString("area");
        String description = "Case " + id + ", opened " + ReviewableRecords.day(rs.getTimestamp("opened_at").toInstant())
                + ", closed " + ReviewableRecords.day(rs.getTimestamp("closed_at").toInstant())
                + (area == null ? "" : ", " + area);
        return new Reviewable(id, description, rs.getTimestamp("closed_at").toInstant(), rs.getString("owning_agency"),
                rs.getString("spoc_team"), "/cases/" + id);
    }
}
