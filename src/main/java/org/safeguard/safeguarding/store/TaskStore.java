package org.safeguard.safeguarding.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.safeguard.safeguarding.CaseTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The cases' tasks: every obligation with one owner and one due time. */
@Repository
public class TaskStore {

    private static final String TASK = "SELECT t.id, t.case_id, c.victim_name, t.kind, t.title, t.owner, t.owner_team, "
            + "t.due_at, t.status, t.created_at, t.created_by, t.escalated_at, t.escalated_to, t.done_at, t.done_by, "
            + "t.outcome, t.version FROM safeguarding.task t JOIN safeguarding.victim_case c ON c.id = t.case_id ";

    private final JdbcClient jdbc;

    public TaskStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a task; with a {@code sourceKey} (the event that made it) at most once per case, so an event
     * delivered twice makes one task. Empty when it exists already.
     */
    public Optional<Long> insert(long caseId, CaseTask.Kind kind, String title, String owner, String ownerTeam,
                                 Instant dueAt, String createdBy, Instant at, String sourceKey) {
        return jdbc.sql("INSERT INTO safeguarding.task (case_id, kind, title, owner, owner_team, due_at, created_at, "
                        + "created_by, source_key) VALUES (:case, :kind, :title, :owner, :team, :due, :at, :by, :source) "
                        + "ON CONFLICT (case_id, source_key) WHERE source_key IS NOT NULL DO NOTHING RETURNING id")
                .param("case", caseId).param("kind", kind.name()).param("title", title).param("owner", owner)
                .param("team", ownerTeam).param("due", Timestamp.from(dueAt)).param("at", Timestamp.from(at))
                .param("by", createdBy).param("source", sourceKey).query(Long.class).optional();
    }

    public Optional<CaseTask> find(long id) {
        return jdbc.sql(TASK + "WHERE t.id = :id").param("id", id).query((rs, n) -> task(rs)).optional();
    }

    /** The task, its row locked until the transaction ends (so a cancellation and a completion do not cross). */
    public Optional<CaseTask> lock(long id) {
        return jdbc.sql(TASK + "WHERE t.id = :id FOR UPDATE OF t").param("id", id).query((rs, n) -> task(rs)).optional();
    }

    public List<CaseTask> forCase(long caseId) {
        return jdbc.sql(TASK + "WHERE t.case_id = :case ORDER BY t.status, t.due_at").param("case", caseId)
                .query((rs, n) -> task(rs)).list();
    }

    public List<CaseTask> openOwnedBy(String owner, int limit) {
        return jdbc.sql(TASK + "WHERE t.owner = :owner AND t.status = 'OPEN' AND c.status = 'OPEN' ORDER BY t.due_at LIMIT :limit")
                .param("owner", owner).param("limit", limit).query((rs, n) -> task(rs)).list();
    }

    /** Overdue open tasks of these owners (a team's members: team names repeat across agencies, ids do not). */
    public List<CaseTask> overdueOwnedBy(List<String> owners, Instant now, int limit) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(TASK + "WHERE t.owner = ANY(:owners) AND t.status = 'OPEN' AND c.status = 'OPEN' AND t.due_at < :now "
                        + "ORDER BY t.due_at LIMIT :limit")
                .param("owners", owners.toArray(String[]::new)).param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> task(rs)).list();
    }

    public List<CaseTask> escalatedTo(String username, int limit) {
        return jdbc.sql(TASK + "WHERE t.escalated_to = :user AND t.status = 'OPEN' AND c.status = 'OPEN' ORDER BY t.due_at LIMIT :limit")
                .param("user", username).param("limit", limit).query((rs, n) -> task(rs)).list();
    }

    /** Open tasks due before {@code dueBefore} not yet escalated. */
    public List<CaseTask> toEscalate(Instant dueBefore, int limit) {
        return jdbc.sql(TASK + "WHERE t.status = 'OPEN' AND c.status = 'OPEN' AND t.escalated_at IS NULL AND t.due_at < :before "
                        + "ORDER BY t.due_at LIMIT :limit")
                .param("before", Timestamp.from(dueBefore)).param("limit", limit).query((rs, n) -> task(rs)).list();
    }

    public boolean escalate(long id, String to, Instant at) {
        return jdbc.sql("UPDATE safeguarding.task SET escalated_at = :at, escalated_to = :to WHERE id = :id "
                        + "AND escalated_at IS NULL AND status = 'OPEN'")
                .param("id", id).param("to", to).param("at", Timestamp.from(at)).update() == 1;
    }

    public boolean complete(long id, int version, String by, String outcome, Instant at) {
        return jdbc.sql("UPDATE safeguarding.task SET status = 'DONE', done_at = :at, done_by = :by, outcome = :outcome, "
                        + "version = version + 1 WHERE id = :id AND version = :version AND status = 'OPEN'")
                .param("id", id).param("version", version).param("by", by).param("outcome", outcome)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** Cancels an open task; who cancelled it and why go where a completion's doer and outcome go. */
    public boolean cancel(long id, String by, String reason, Instant at) {
        return jdbc.sql("UPDATE safeguarding.task SET status = 'CANCELLED', done_at = :at, done_by = :by, outcome = :reason, "
                        + "version = version + 1 WHERE id = :id AND status = 'OPEN'")
                .param("id", id).param("by", by).param("reason", reason).param("at", Timestamp.from(at)).update() == 1;
    }

    /** Moves a case's open tasks that the old SPOC owned to the new one (a handover carries the obligations). */
    public int handOver(long caseId, String from, String to, String toTeam) {
        return jdbc.sql("UPDATE safeguarding.task SET owner = :to, owner_team = :team, version = version + 1 "
                        + "WHERE case_id = :case AND owner = :from AND status = 'OPEN'")
                .param("case", caseId).param("from", from).param("to", to).param("team", toTeam).update();
    }

    static CaseTask task(ResultSet rs) throws SQLException {
        Timestamp escalated = rs.getTimestamp("escalated_at");
        Timestamp done = rs.getTimestamp("done_at");
        return new CaseTask(rs.getLong("id"), rs.getLong("case_id"), rs.getString("victim_name"),
                CaseTask.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("owner"),
                rs.getString("owner_team"), rs.getTimestamp("due_at").toInstant(),
                CaseTask.Status.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), escalated == null ? null : escalated.toInstant(), rs.getString("escalated_to"),
                done == null ? null : done.toInstant(), rs.getString("done_by"), rs.getString("outcome"),
                rs.getInt("version"));
    }
}
