package org.safeguard.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.ReviewableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Person records for the retention review: owned by the agency that made them; the last activity is the later of the
 * record's creation and its latest address date. Identity cannot see which incidents, cases or orders refer to a
 * person (those modules depend on it, not it on them), so the page says a person record is kept while any record
 * refers to it, and the longer default period puts its review after theirs. Described by its source, never by name.
 */
@Component
class PersonRecordsForReview implements ReviewableRecords {

    private static final String PEOPLE = "SELECT id, source_system, created_at, owning_agency, last_activity FROM "
            + "(SELECT p.id, p.source_system, p.created_at, p.owning_agency, greatest(p.created_at, "
            + "(SELECT CAST(max(greatest(a.from_date, a.to_date)) AS timestamptz) FROM identity.person_address a "
            + "WHERE a.person_id = p.id)) AS last_activity FROM identity.person p) x ";

    private final JdbcClient jdbc;

    PersonRecordsForReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return "person";
    }

    @Override
    public String label() {
        return "Person records";
    }

    @Override
    public String lastActivityMeans() {
        return "from the record's creation or its latest address; kept while any record refers to the person";
    }

    @Override
    public List<Reviewable> due(DueQuery query) {
        return jdbc.sql(PEOPLE + "WHERE owning_agency = :agency AND last_activity < :before "
                        + "AND id NOT IN (SELECT unnest(CAST(:kept AS bigint[]))) ORDER BY last_activity, id LIMIT :limit")
                .param("agency", query.agencyCode()).param("before", Timestamp.from(query.lastActivityBefore()))
                .param("kept", query.excludingIds()).param("limit", query.limit())
                .query((rs, n) -> person(rs)).list();
    }

    @Override
    public Optional<Reviewable> find(long id) {
        return jdbc.sql(PEOPLE + "WHERE id = :id").param("id", id).query((rs, n) -> person(rs)).optional();
    }

    private static Reviewable person(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String description = "Person record " + id + " from " + rs.getString("source_system") + ", made "
                + ReviewableRecords.day(rs.getTimestamp("created_at").toInstant());
        return new Reviewable(id, description, rs.getTimestamp("last_activity").toInstant(),
                rs.getString("owning_agency"), null, "/people/" + id + "/links");
    }
}
