package org.safeguard.access.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.BreakGlass;
import org.safeguard.access.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records opened in an emergency and supervisors' reviews of them. */
@Repository
public class BreakGlassStore {

    private static final String SELECT = "SELECT id, record_type, person_id, opened_by, opened_by_agency, reason, "
            + "opened_at, until, owner_told, supervisor_told, review, reviewed_by, reviewed_at, review_note, version "
            + "FROM access.break_glass ";

    private final JdbcClient jdbc;

    public BreakGlassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(RecordType type, long personId, String by, String agency, String reason, Instant at, Instant until,
                       String ownerTold, String supervisorTold) {
        return jdbc.sql("INSERT INTO access.break_glass (record_type, person_id, opened_by, opened_by_agency, reason, "
                        + "opened_at, until, owner_told, supervisor_told, owning_agency) VALUES (:type, :person, :by, "
                        + ":agency, :reason, :at, :until, :owner, :supervisor, :agency) RETURNING id")
                .param("type", type.name()).param("person", personId).param("by", by).param("agency", agency)
                .param("reason", reason).param("at", Timestamp.from(at)).param("until", Timestamp.from(until))
                .param("owner", ownerTold).param("supervisor", supervisorTold).query(Long.class).single();
    }

    public Optional<BreakGlass> byId(long id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query((rs, n) -> breakGlass(rs)).optional();
    }

    /** Not yet reviewed, oldest first, leaving out the reviewer's own (another supervisor judges those). */
    public List<BreakGlass> unreviewed(String reviewer, int limit) {
        return jdbc.sql(SELECT + "WHERE review IS NULL AND lower(opened_by) <> lower(:reviewer) ORDER BY opened_at, id LIMIT :limit")
                .param("reviewer", reviewer).param("limit", limit).query((rs, n) -> breakGlass(rs)).list();
    }

    public int unreviewedCount(String reviewer) {
        return jdbc.sql("SELECT count(*) FROM access.break_glass WHERE review IS NULL AND lower(opened_by) <> lower(:reviewer)")
                .param("reviewer", reviewer).query(Integer.class).single();
    }

    /** Records a review at the version seen; false when it changed or was reviewed meanwhile. */
    public boolean review(long id, BreakGlass.Review review, String by, Instant at, String note, int seenVersion) {
        return jdbc.sql("UPDATE access.break_glass SET review = :review, reviewed_by = :by, reviewed_at = :at, "
                        + "review_note = :note, version = version + 1 WHERE id = :id AND version = :version AND review IS NULL")
                .param("review", review.name()).param("by", by).param("at", Timestamp.from(at)).param("note", note)
                .param("id", id).param("version", seenVersion).update() == 1;
    }

    private static BreakGlass breakGlass(ResultSet rs) throws SQLException {
        String review = rs.getString("review");
        return new BreakGlass(rs.getLong("id"), RecordType.valueOf(rs.getString("record_type")), rs.getLong("person_id"),
                rs.getString("opened_by"), rs.getString("opened_by_agency"), rs.getString("reason"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("until").toInstant(),
                rs.getString("owner_told"), rs.getString("supervisor_told"),
                review == null ? null : BreakGlass.Review.valueOf(review), rs.getString("reviewed_by"),
                RequestStore.instant(rs, "reviewed_at"), rs.getString("review_note"), rs.getInt("version"));
    }
}
