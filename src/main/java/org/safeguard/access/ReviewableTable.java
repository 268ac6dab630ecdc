package org.safeguard.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ReviewableRecords} over one query of a module's own table: the module gives the query (its columns named
 * {@code id}, {@code last_activity}, {@code owning_agency} and {@code team}, plus what its description needs) and how a
 * row is described; the filtering, the leaving out of kept records and the order are the same for every module. The
 * query is the module's, run on its own schema; access never names another module's table.
 */
public abstract class ReviewableTable implements ReviewableRecords {

    private final JdbcClient jdbc;
    private final String recordType;
    private final String label;
    private final String lastActivityMeans;
    private final String records;

    /**
     * @param records a SELECT of the module's records with the columns {@code id}, {@code last_activity} (timestamptz,
     *                never null), {@code owning_agency} (an agency code) and {@code team} (varchar; null when the module
     *                knows no team), and any other the description needs
     */
    protected ReviewableTable(JdbcClient jdbc, String recordType, String label, String lastActivityMeans, String records) {
        this.jdbc = jdbc;
        this.recordType = recordType;
        this.label = label;
        this.lastActivityMeans = lastActivityMeans;
        this.records = records;
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String lastActivityMeans() {
        return lastActivityMeans;
    }

    @Override
    public List<Reviewable> due(DueQuery query) {
        // The kept ids as a hashed anti-join: one pass however many records were kept.
        return jdbc.sql("SELECT * FROM (" + records + ") r WHERE owning_agency = :agency AND last_activity < :before "
                        + "AND (CAST(:team AS varchar) IS NULL OR team IS NULL OR team = :team) "
                        + "AND id NOT IN (SELECT unnest(CAST(:kept AS bigint[]))) ORDER BY last_activity, id LIMIT :limit")
                .param("agency", query.agencyCode()).param("before", Timestamp.from(query.lastActivityBefore()))
                .param("team", query.team()).param("kept", query.excludingIds()).param("limit", query.limit())
                .query((rs, n) -> describe(rs)).list();
    }

    @Override
    public Optional<Reviewable> find(long id) {
        return jdbc.sql("SELECT * FROM (" + records + ") r WHERE id = :id").param("id", id)
                .query((rs, n) -> describe(rs)).optional();
    }

    /** The row as the review lists it: a description without names and the record's page. */
    protected abstract Reviewable describe(ResultSet row) throws SQLException;

    /** The row's last activity, owning agency and team with the module's description and link. */
    protected static Reviewable reviewable(ResultSet row, String description, String link) throws SQLException {
        return new Reviewable(row.getLong("id"), description, row.getTimestamp("last_activity").toInstant(),
                row.getString("owning_agency"), row.getString("team"), link);
    }

    /** A timestamp column as a day in a description. */
    protected static String day(ResultSet row, String column) throws SQLException {
        return ReviewableRecords.day(row.getTimestamp(column).toInstant());
    }
}
