package org.safeguard.marac;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.ReviewableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MARAC cases that are over (heard, withdrawn or transferred to another area) for the retention review: owned by the
 * agency that referred the case; the period runs from the hearing, the withdrawal or the transfer. Described by the
 * area and the day, never by the victim's name.
 */
@Component
class MaracCasesForReview implements ReviewableRecords {

    private static final String FINISHED_CASES = "SELECT id, status, area_name, referring_agency, last_activity FROM "
            + "(SELECT c.id, c.status, a.name AS area_name, c.referring_agency, CASE c.status "
            + "WHEN 'HEARD' THEN c.heard_at WHEN 'WITHDRAWN' THEN c.withdrawn_at "
            + "ELSE (SELECT max(t.sent_at) FROM marac.transfer t WHERE t.case_id = c.id) END AS last_activity "
            + "FROM marac.marac_case c LEFT JOIN marac.area a ON a.id = c.area_id "
            + "WHERE c.status IN ('HEARD', 'WITHDRAWN', 'TRANSFERRED')) m WHERE last_activity IS NOT NULL ";

    private final JdbcClient jdbc;

    MaracCasesForReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "marac-case";
    }

    @Override
    public String label() {
        return "MARAC cases";
    }

    @Override
    public String lastActivityMeans() {
        return "from the hearing (or the day the case was withdrawn or transferred)";
    }

    @Override
    public List<Reviewable> due(DueQuery query) {
        return jdbc.sql(FINISHED_CASES + "AND referring_agency = :agency AND last_activity < :before "
                        + "AND id NOT IN (SELECT unnest(CAST(:kept AS bigint[]))) ORDER BY last_activity, id LIMIT :limit")
                .param("agency", query.agencyCode()).param("before", Timestamp.from(query.lastActivityBefore()))
                .param("kept", query.excludingIds()).param("limit", query.limit())
                .query((rs, n) -> maracCase(rs)).list();
    }

    @Override
    public Optional<Reviewable> find(long id) {
        return jdbc.sql(FINISHED_CASES + "AND id = :id").param("id", id).query((rs, n) -> maracCase(rs)).optional();
    }

    private static Reviewable maracCase(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String area = rs.getString("area_name");
        String what = switch (rs.getString("status")) {
            case "HEARD" -> "heard";
            case "WITHDRAWN" -> "withdrawn";
            default -> "transferred";
        };
        String description = "MARAC case " + id + ", " + what + " "
                + ReviewableRecords.day(rs.getTimestamp("last_activity").toInstant())
                + (area == null ? "" : ", " + area);
        return new Reviewable(id, description, rs.getTimestamp("last_activity").toInstant(),
                rs.getString("referring_agency"), null, "/marac/cases/" + id);
    }
}
