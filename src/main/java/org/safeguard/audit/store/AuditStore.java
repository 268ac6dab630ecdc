package org.safeguard.audit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.audit.AuditRecord;
import org.safeguard.audit.chain.AuditChain;
import org.safeguard.audit.chain.ChainWalk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit tables. Appending takes the lock on the chain head, so rows are numbered and chained
 * strictly one after another even when many requests write at once; the lock is held only until
 * the writing transaction ends.
 */
@Repository
public class AuditStore {

    private static final String COLUMNS =
            "seq, occurred_at, username, agency, action, subject_type, subject_id, reason, request_id";
    /** The action recorded when someone reads who has seen a record. */
    public static final String LOOKS_AT_VIEWERS = "RECORD_VIEWERS_VIEWED";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    public AuditStore(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.streaming.setFetchSize(5_000);
    }

    /** Appends one row after the current head; must run inside a transaction. */
    public AuditRecord append(AuditRecord unnumbered) {
        ChainHead head = jdbc.sql("SELECT seq, hash FROM audit.chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getString("hash")))
                .single();
        AuditRecord row = new AuditRecord(head.seq() + 1, unnumbered.occurredAt(), unnumbered.username(),
                unnumbered.agency(), unnumbered.action(), unnumbered.subjectType(), unnumbered.subjectId(),
                unnumbered.reason(), unnumbered.requestId());
        String hash = AuditChain.hashOf(row, head.hash());
        jdbc.sql("INSERT INTO audit.event (" + COLUMNS + ", prev_hash, hash) "
                        + "VALUES (:seq, :at, :username, :agency, :action, :subjectType, :subjectId, :reason, "
                        + ":requestId, :prevHash, :hash)")
                .param("seq", row.seq())
                .param("at", Timestamp.from(row.occurredAt()))
                .param("username", row.username())
                .param("agency", row.agency())
                .param("action", row.action())
                .param("subjectType", row.subjectType())
                .param("subjectId", row.subjectId())
                .param("reason", row.reason())
                .param("requestId", row.requestId())
                .param("prevHash", head.hash())
                .param("hash", hash)
                .update();
        jdbc.sql("UPDATE audit.chain_head SET seq = :seq, hash = :hash WHERE id = 1")
                .param("seq", row.seq()).param("hash", hash).update();
        return row;
    }

    public ChainHead head() {
        return jdbc.sql("SELECT seq, hash FROM audit.chain_head WHERE id = 1")
                .query((rs, n) -> new ChainHead(rs.getLong("seq"), rs.getString("hash")))
                .single();
    }

    /** Feeds every row, oldest first, to the consumer without holding the log in memory. */
    public void streamChain(ChainWalk walk) {
        streaming.query("SELECT " + COLUMNS + ", prev_hash, hash FROM audit.event ORDER BY seq",
                rs -> {
                    walk.accept(record(rs), rs.getString("prev_hash"), rs.getString("hash"));
                });
    }

    /** The newest rows matching the filters (either may be null), newest first. */
    public List<AuditRecord> recent(String username, String subjectType, String subjectId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit.event "
                        + "WHERE (CAST(:username AS text) IS NULL OR lower(username) = lower(:username)) "
                        + "AND (CAST(:subjectType AS text) IS NULL OR subject_type = :subjectType) "
                        + "AND (CAST(:subjectId AS text) IS NULL OR subject_id = :subjectId) "
                        + "ORDER BY seq DESC LIMIT :limit")
                .param("username", username)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("limit", limit)
                .query((rs, n) -> record(rs))
                .list();
    }

    /**
     * The rows about these records of one type, newest first (by {@code event_subject_idx}), leaving out the
     * looks at this very list, which would otherwise crowd out the views it is about.
     */
    public List<AuditRecord> about(String subjectType, Collection<String> subjectIds, int limit) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit.event "
                        + "WHERE subject_type = :subjectType AND subject_id = ANY(:subjectIds) "
                        + "AND action <> :looksAtList ORDER BY seq DESC LIMIT :limit")
                .param("subjectType", subjectType)
                .param("subjectIds", subjectIds.toArray(String[]::new))
                .param("looksAtList", LOOKS_AT_VIEWERS)
                .param("limit", limit)
                .query((rs, n) -> record(rs))
                .list();
    }

    /** Whether this username appears anywhere in the log (by {@code event_username_idx}). */
    public boolean mentions(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit.event WHERE lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    /** What one user did between two moments (from included, until not), newest first. */
    public List<AuditRecord> doneBy(String username, Instant from, Instant until, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit.event WHERE lower(username) = lower(:username) "
                        + "AND occurred_at >= :from AND occurred_at < :until ORDER BY seq DESC LIMIT :limit")
                .param("username", username)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .param("limit", limit)
                .query((rs, n) -> record(rs))
                .list();
    }

    /** How many times one user did each action between two moments, most first. */
    public Map<String, Long> countsBy(String username, Instant from, Instant until) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT action, count(*) AS times FROM audit.event WHERE lower(username) = lower(:username) "
                        + "AND occurred_at >= :from AND occurred_at < :until GROUP BY action ORDER BY times DESC, action")
                .param("username", username)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query(rs -> {
                    counts.put(rs.getString("action"), rs.getLong("times"));
                });
        return counts;
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"), rs.getString("agency"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("reason"),
                rs.getString("request_id"));
    }

    public record ChainHead(long seq, String hash) {
    }
}
