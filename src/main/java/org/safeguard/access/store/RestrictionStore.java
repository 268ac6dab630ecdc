package org.safeguard.access.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.access.PersonRestriction;
import org.safeguard.access.Restriction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Restrictions on person records and the readers named on them. Lifted restrictions stay, as history. */
@Repository
public class RestrictionStore {

    private static final String SELECT = "SELECT r.id, r.person_id, r.kind, r.reason, r.marked_by, r.marked_at, "
            + "r.version FROM access.record_restriction r ";

    private final JdbcClient jdbc;

    public RestrictionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The restrictions in force on any of these person records, with their named readers, oldest first. */
    public List<PersonRestriction> inForce(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(SELECT + "WHERE r.person_id = ANY(:ids) AND r.lifted_at IS NULL ORDER BY r.marked_at, r.id")
                .param("ids", ids(personIds)).query((rs, n) -> row(rs)).list();
        return withNamed(rows);
    }

    /** The restriction (in force or lifted). */
    public Optional<PersonRestriction> byId(long id) {
        return withNamed(jdbc.sql(SELECT + "WHERE r.id = :id").param("id", id).query((rs, n) -> row(rs)).list())
                .stream().findFirst();
    }

    public boolean inForce(long id) {
        return jdbc.sql("SELECT count(*) FROM access.record_restriction WHERE id = :id AND lifted_at IS NULL")
                .param("id", id).query(Long.class).single() > 0;
    }

    /** Whether the user is named on a restriction in force on any of these person records. */
    public boolean named(Collection<Long> personIds, String username) {
        if (personIds.isEmpty()) {
            return false;
        }
        return jdbc.sql("SELECT count(*) FROM access.record_restriction r JOIN access.named_reader n "
                        + "ON n.restriction_id = r.id WHERE r.person_id = ANY(:ids) AND r.lifted_at IS NULL "
                        + "AND lower(n.username) = lower(:username)")
                .param("ids", ids(personIds)).param("username", username).query(Long.class).single() > 0;
    }

    public long insert(long personId, Restriction kind, String reason, String markedBy, Instant at, String agency) {
        return jdbc.sql("INSERT INTO access.record_restriction (person_id, kind, reason, marked_by, marked_at, owning_agency) "
                        + "VALUES (:person, :kind, :reason, :by, :at, :agency) RETURNING id")
                .param("person", personId).param("kind", kind.name()).param("reason", reason).param("by", markedBy)
                .param("at", Timestamp.from(at)).param("agency", agency).query(Long.class).single();
    }

    public void name(long restrictionId, String username, String namedBy, Instant at) {
        jdbc.sql("INSERT INTO access.named_reader (restriction_id, username, named_by, named_at) "
                        + "VALUES (:id, :username, :by, :at) ON CONFLICT DO NOTHING")
                .param("id", restrictionId).param("username", username).param("by", namedBy)
                .param("at", Timestamp.from(at)).update();
    }

    /** Lifts the restriction if it is still in force at the version seen; false otherwise. */
    public boolean lift(long id, String by, Instant at, String reason, int seenVersion) {
        return jdbc.sql("UPDATE access.record_restriction SET lifted_by = :by, lifted_at = :at, lift_reason = :reason, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND lifted_at IS NULL")
                .param("by", by).param("at", Timestamp.from(at)).param("reason", reason).param("id", id)
                .param("version", seenVersion).update() == 1;
    }

    private List<PersonRestriction> withNamed(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> named = new HashMap<>();
        jdbc.sql("SELECT restriction_id, username FROM access.named_reader WHERE restriction_id = ANY(:ids) "
                        + "ORDER BY username")
                .param("ids", rows.stream().mapToLong(Row::id).toArray())
                .query(rs -> {
                    named.computeIfAbsent(rs.getLong("restriction_id"), k -> new ArrayList<>()).add(rs.getString("username"));
                });
        return rows.stream().map(r -> new PersonRestriction(r.id(), r.personId(), r.kind(), r.reason(), r.markedBy(),
                r.markedAt(), named.getOrDefault(r.id(), List.of()), r.version())).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("person_id"), Restriction.valueOf(rs.getString("kind")),
                rs.getString("reason"), rs.getString("marked_by"), rs.getTimestamp("marked_at").toInstant(),
                rs.getInt("version"));
    }

    static long[] ids(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private record Row(long id, long personId, Restriction kind, String reason, String markedBy, Instant markedAt,
                       int version) {
    }
}
