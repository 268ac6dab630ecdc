package org.safeguard.offender;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.safeguard.access.ReviewableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Orders, notices and bail that have ended, for the retention review. They are the police's records (the offender
 * module is police work; its rows carry no agency), so they are owned by the agency coded {@code POLICE}; the period
 * runs from the end (or the early end). Described by the kind and the days, never by the people they name.
 */
@Component
class OrdersForReview extends ReviewableTable {

    OrdersForReview(JdbcClient jdbc) {
        super(jdbc, "order", "Orders, notices and bail", "from the day the order, notice or bail ended",
                "SELECT id, kind, starts_at, CAST('POLICE' AS varchar) AS owning_agency, CAST(NULL AS varchar) AS team, "
                        + "coalesce(ended_early_at, ends_at) AS last_activity FROM offender.protective_order");
    }

    @Override
    protected Reviewable describe(ResultSet row) throws SQLException {
        return reviewable(row, OrderKind.valueOf(row.getString("kind")).words() + ", " + day(row, "starts_at") + " to "
                + day(row, "last_activity"), "/offenders/orders/" + row.getLong("id"));
    }
}
