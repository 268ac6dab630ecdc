package org.safeguard.offender.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 'Right to know' prompts ({@code offender.disclosure_prompt}); a perpetrator's rank is read from {@link RfgStore#standing}. */
@Repository
public class PromptStore {

    private static final String COLUMNS = "id, perpetrator_key, victim_id, incident_id, incident_reference, rank_at_prompt, "
            + "prompted_at, decision, decision_reason, decided_by, decided_at, version";

    private final JdbcClient jdbc;

    public PromptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A prompt as stored; names are the caller's to add. */
    public record PromptRow(long id, long perpetratorKey, long victimId, long incidentId, String incidentReference,
                            int rankAtPrompt, Instant promptedAt, String decision, String decisionReason, String decidedBy,
                            Instant decidedAt, int version) {
    }

    /** Whether a prompt names any of the perpetrator's records and any of the victim's. */
    public boolean exists(Collection<Long> perpetratorRecords, Collection<Long> victimRecords) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM offender.disclosure_prompt WHERE perpetrator_key = ANY(:perpetrator) "
                        + "AND victim_id = ANY(:victim))")
                .param("perpetrator", ids(perpetratorRecords)).param("victim", ids(victimRecords)).query(Boolean.class).single();
    }

    /** Adds the prompt; empty when the perpetrator already has one for this victim record. */
    public Optional<Long> insert(long perpetratorKey, long victimId, long incidentId, String incidentReference, int rank,
                                 Instant at) {
        return jdbc.sql("INSERT INTO offender.disclosure_prompt (perpetrator_key, victim_id, incident_id, incident_reference, "
                        + "rank_at_prompt, prompted_at) VALUES (:perpetrator, :victim, :incident, :reference, :rank, :at) "
                        + "ON CONFLICT (perpetrator_key, victim_id) DO NOTHING RETURNING id")
                .param("perpetrator", perpetratorKey).param("victim", victimId).param("incident", incidentId)
                .param("reference", incidentReference).param("rank", rank).param("at", Timestamp.from(at))
                .query(Long.class).optional();
    }

    public Optional<PromptRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offender.disclosure_prompt WHERE id = :id").param("id", id)
                .query(PromptStore::row).optional();
    }

    /** Prompts not yet decided, oldest first. */
    public List<PromptRow> open(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offender.disclosure_prompt WHERE decision IS NULL "
                        + "ORDER BY prompted_at, id LIMIT :limit")
                .param("limit", limit).query(PromptStore::row).list();
    }

    public int countOpen() {
        return jdbc.sql("SELECT count(*) FROM offender.disclosure_prompt WHERE decision IS NULL").query(Integer.class).single();
    }

    /** Records the decision on the version the user saw; false when it was decided or changed meanwhile. */
    public boolean decide(long id, int version, String decision, String reason, String by, Instant at) {
        return jdbc.sql("UPDATE offender.disclosure_prompt SET decision = :decision, decision_reason = :reason, "
                        + "decided_by = :by, decided_at = :at, version = version + 1 "
                        + "WHERE id = :id AND version = :version AND decision IS NULL")
                .param("decision", decision).param("reason", reason).param("by", by).param("at", Timestamp.from(at))
                .param("id", id).param("version", version).update() == 1;
    }

    private static PromptRow row(ResultSet rs, int n) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new PromptRow(rs.getLong("id"), rs.getLong("perpetrator_key"), rs.getLong("victim_id"),
                rs.getLong("incident_id"), rs.getString("incident_reference"), rs.getInt("rank_at_prompt"),
                rs.getTimestamp("prompted_at").toInstant(), rs.getString("decision"), rs.getString("decision_reason"),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(), rs.getInt("version"));
    }

    private static long[] ids(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
