package org.safeguard.access.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.safeguard.access.AccessRequest;
import org.safeguard.access.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Access requests and their answers. An answer checks the version the answerer saw. */
@Repository
public class RequestStore {

    private static final String SELECT = "SELECT id, record_type, person_id, requested_by, requester_agency, reason, "
            + "requested_at, sent_to, status, decided_by, decided_at, decision_note, granted_until, version "
            + "FROM access.access_request ";

    private final JdbcClient jdbc;

    public RequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(RecordType type, long personId, String by, String agency, String reason, Instant at, String sentTo) {
        return jdbc.sql("INSERT INTO access.access_request (record_type, person_id, requested_by, requester_agency, "
                        + "reason, requested_at, sent_to, status, owning_agency) VALUES (:type, :person, :by, :agency, "
                        + ":reason, :at, :sentTo, 'PENDING', :agency) RETURNING id")
                .param("type", type.name()).param("person", personId).param("by", by).param("agency", agency)
                .param("reason", reason).param("at", Timestamp.from(at)).param("sentTo", sentTo)
                .query(Long.class).single();
    }

    public Optional<AccessRequest> byId(long id) {
        return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query((rs, n) -> request(rs)).optional();
    }

    public boolean pending(String username, long personId) {
        return jdbc.sql("SELECT count(*) FROM access.access_request WHERE status = 'PENDING' "
                        + "AND lower(requested_by) = lower(:username) AND person_id = :person")
                .param("username", username).param("person", personId).query(Long.class).single() > 0;
    }

    /** Pending requests sent to any of these workers, or (when asked) to nobody in particular; oldest first. */
    public List<AccessRequest> pendingFor(Collection<String> sentTo, boolean unowned) {
        return jdbc.sql(SELECT + "WHERE status = 'PENDING' AND (lower(sent_to) = ANY(:sentTo) "
                        + "OR (:unowned AND sent_to IS NULL)) ORDER BY requested_at, id")
                .param("sentTo", sentTo.stream().map(String::toLowerCase).toArray(String[]::new))
                .param("unowned", unowned).query((rs, n) -> request(rs)).list();
    }

    public List<AccessRequest> by(String username, int limit) {
        return jdbc.sql(SELECT + "WHERE lower(requested_by) = lower(:username) ORDER BY requested_at DESC, id DESC LIMIT :limit")
                .param("username", username).param("limit", limit).query((rs, n) -> request(rs)).list();
    }

    /** Answers a pending request at the version seen; false when it changed or was answered meanwhile. */
    public boolean answer(long id, AccessRequest.Status status, String by, Instant at, String note, Instant grantedUntil,
                          int seenVersion) {
        return jdbc.sql("UPDATE access.access_request SET status = :status, decided_by = :by, decided_at = :at, "
                        + "decision_note = :note, granted_until = :until, version = version + 1 "
                        + "WHERE id = :id AND version = :version AND status = 'PENDING'")
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at)).param("note", note)
                .param("until", grantedUntil == null ? null : Timestamp.from(grantedUntil)).param("id", id)
                .param("version", seenVersion).update() == 1;
    }

    private static AccessRequest request(ResultSet rs) throws SQLException {
        return new AccessRequest(rs.getLong("id"), RecordType.valueOf(rs.getString("record_type")), rs.getLong("person_id"),
                rs.getString("requested_by"), rs.getString("requester_agency"), rs.getString("reason"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("sent_to"),
                AccessRequest.Status.valueOf(rs.getString("status")), rs.getString("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_note"), instant(rs, "granted_until"), rs.getInt("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
