package org.safeguard.offender.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.offender.CustodyDecision;
import org.safeguard.offender.CustodyEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Custody events ({@code offender.custody_event}), one row per decision, unique by reference. */
@Repository
public class CustodyStore {

    private static final String EVENT = "SELECT id, person_id, decision, decided_at, detail, reference, source, "
            + "recorded_by, recorded_at FROM offender.custody_event ";

    private final JdbcClient jdbc;

    public CustodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An id for an event about to be inserted, so its made reference can carry it. */
    public long nextId() {
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence('offender.custody_event', 'id'))").query(Long.class).single();
    }

    /**
     * Inserts the event under {@code id} (from {@link #nextId}). False when its reference is already recorded:
     * the caller decides whether that is the same decision again.
     */
    public boolean insert(long id, long personId, CustodyDecision.Decision decision, Instant decidedAt, String detail,
                                 String reference, CustodyEvent.Source source, String by, Instant at) {
        return jdbc.sql("INSERT INTO offender.custody_event (id, person_id, decision, decided_at, detail, reference, source, "
                        + "recorded_by, recorded_at) VALUES (:id, :person, :decision, :decided, :detail, :reference, :source, "
                        + ":by, :at) ON CONFLICT (reference) DO NOTHING")
                .param("id", id).param("person", personId).param("decision", decision.name())
                .param("decided", Timestamp.from(decidedAt)).param("detail", detail).param("reference", reference)
                .param("source", source.name()).param("by", by).param("at", Timestamp.from(at))
                .update() == 1;
    }

    public Optional<CustodyEvent> find(long id) {
        return jdbc.sql(EVENT + "WHERE id = :id").param("id", id).query((rs, n) -> event(rs)).optional();
    }

    /** The events already recorded under these references, by reference. */
    public Map<String, CustodyEvent> byReferences(Collection<String> references) {
        Map<String, CustodyEvent> found = new LinkedHashMap<>();
        if (references.isEmpty()) {
            return found;
        }
        jdbc.sql(EVENT + "WHERE reference = ANY(:refs)").param("refs", references.toArray(String[]::new))
                .query((rs, n) -> event(rs)).list().forEach(e -> found.put(e.reference(), e));
        return found;
    }

    /** The events about any of these person records, latest decision first. */
    public List<CustodyEvent> about(Collection<Long> personIds, int limit) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(EVENT + "WHERE person_id = ANY(:ids) ORDER BY decided_at DESC, id DESC LIMIT :limit")
                .param("ids", personIds.stream().mapToLong(Long::longValue).toArray()).param("limit", limit)
                .query((rs, n) -> event(rs)).list();
    }

    private static CustodyEvent event(ResultSet rs) throws SQLException {
        return new CustodyEvent(rs.getLong("id"), rs.getLong("person_id"),
                CustodyDecision.Decision.valueOf(rs.getString("decision")), rs.getTimestamp("decided_at").toInstant(),
                rs.getString("detail"), rs.getString("reference"), CustodyEvent.Source.valueOf(rs.getString("source")),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
