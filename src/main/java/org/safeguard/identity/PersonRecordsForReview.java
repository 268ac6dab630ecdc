package org.safeguard.identity;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.safeguard.access.ReviewableTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Person records for the retention review: owned by the agency that made them (no team); the last activity is the
 * later of the record's creation and its latest address date. Identity cannot see which incidents, cases or orders
 * refer to a person (those modules depend on it, not it on them), so the page says a person record is kept while any
 * record refers to it, and the longer default period puts its review after theirs. Described by its source, never by
 * name.
 */
@Component
class PersonRecordsForReview extends ReviewableTable {

    PersonRecordsForReview(JdbcClient jdbc) {
        super(jdbc, "person", "Person records",
                "from the record's creation or its latest address; kept while any record refers to the person",
                "SELECT p.id, p.source_system, p.created_at, p.owning_agency, CAST(NULL AS varchar) AS team, "
                        + "greatest(p.created_at, (SELECT CAST(max(greatest(a.from_date, a.to_date)) AS timestamptz) "
                        + "FROM identity.person_address a WHERE a.person_id = p.id)) AS last_activity FROM identity.person p");
    }

    @Override
    protected Reviewable describe(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        return reviewable(row, "Person record " + id + " from " + row.getString("source_system") + ", made "
                + day(row, "created_at"), "/people/" + id);
    }
}
