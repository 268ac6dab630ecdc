package org.safeguard.access.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The retention reviews ({@code access.retention_review}): written once, never changed or removed. */
@Repository
public class RetentionReviewStore {

    private final JdbcClient jdbc;

    public RetentionReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A decision to keep a record until its next review. */
    public record Kept(String recordType, long recordId, String reason, String reviewedBy, Instant reviewedAt,
                       LocalDate nextReviewOn, String owningAgency) {
    }

    public long keep(Kept kept) {
        return jdbc.sql("INSERT INTO access.retention_review (record_type, record_id, decision, reason, reviewed_by, "
                        + "reviewed_at, next_review_on, owning_agency) VALUES (:type, :id, 'KEEP', :reason, :by, :at, "
                        + ":next, :agency) RETURNING id")
                .param("type", kept.recordType()).param("id", kept.recordId()).param("reason", kept.reason())
                .param("by", kept.reviewedBy()).param("at", Timestamp.from(kept.reviewedAt()))
                .param("next", kept.nextReviewOn()).param("agency", kept.owningAgency())
                .query(Long.class).single();
    }

    /** The records of the type kept at a review whose next review is after {@code today}. */
    public Set<Long> keptPast(String recordType, LocalDate today) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT record_id FROM access.retention_review "
                        + "WHERE record_type = :type AND next_review_on > :today")
                .param("type", recordType).param("today", today).query(Long.class).list());
    }

    /** The latest next review date set for each of these records, when any was reviewed. */
    public Map<Long, LocalDate> nextReviews(String recordType, Collection<Long> recordIds) {
        Map<Long, LocalDate> next = new HashMap<>();
        if (recordIds.isEmpty()) {
            return next;
        }
        jdbc.sql("SELECT record_id, max(next_review_on) AS next FROM access.retention_review "
                        + "WHERE record_type = :type AND record_id = ANY(:ids) GROUP BY record_id")
                .param("type", recordType).param("ids", recordIds.stream().mapToLong(Long::longValue).toArray())
                .query(rs -> {
                    next.put(rs.getLong("record_id"), rs.getObject("next", LocalDate.class));
                });
        return next;
    }
}
