package org.safeguard.offender;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.ReviewableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders, notices and bail that have ended, for the retention review. They are the police's records (the offender
 * module is police work; its rows carry no agency), so they are owned by the agency coded {@code POLICE}; the period
 * runs from the end (or the early end). Described by the kind and the days, never by the people they name.
 */
@Component
class OrdersForReview implements ReviewableRecords {

    static final String OWNING_AGENCY = "POLICE";

    private static final String ENDED_ORDERS = "SELECT id, kind, starts_at, ended_at FROM (SELECT id, kind, starts_at, "
            + "coalesce(ended_early_at, ends_at) AS ended_at FROM offender.protective_order) o ";

    private final JdbcClient jdbc;

    OrdersForReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "order";
    }

    @Override
    public String label() {
        return "Orders, notices and bail";
    }

    @Override
    public String lastActivityMeans() {
        return "from the day the order, notice or bail ended";
    }

    @Override
    public List<Reviewable> due(DueQuery query) {
        if (!OWNING_AGENCY.equals(query.agencyCode())) {
            return List.of();
        }
        return jdbc.sql(ENDED_ORDERS + "WHERE ended_at < :before "
                        + "AND id NOT IN (SELECT unnest(CAST(:kept AS bigint[]))) ORDER BY ended_at, id LIMIT :limit")
                .param("before", Timestamp.from(query.lastActivityBefore()))
                .param("kept", query.excludingIds()).param("limit", query.limit())
                .query((rs, n) -> order(rs)).list();
    }

    @Override
    public Optional<Reviewable> find(long id) {
        return jdbc.sql(ENDED_ORDERS + "WHERE id = :id").param("id", id).query((rs, n) -> order(rs)).optional();
    }

    private static Reviewable order(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String kind = rs.getString("kind");
        String words = OrderKind.valueOf(kind).words();
        String description = words + ", " + ReviewableRecords.day(rs.getTimestamp("starts_at").toInstant()) + " to "
                + ReviewableRecords.day(rs.getTimestamp("ended_at").toInstant());
        return new Reviewable(id, description, rs.getTimestamp("ended_at").toInstant(), OWNING_AGENCY, null,
                "/offenders/orders/" + id);
    }
}
