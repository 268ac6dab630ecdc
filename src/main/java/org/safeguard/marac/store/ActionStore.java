package org.safeguard.marac.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safeguard.marac.MaracAction;
import org.safeguard.marac.NewMaracAction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The action plans: each action with its owner, due date, status and the task that carries it. */
@Repository
public class ActionStore {

    private static final String ACTION = "SELECT x.id, x.case_id, c.victim_name, x.description, x.owner_agency, x.owner, "
            + "x.due_on, x.status, x.task_id, x.created_at, x.created_by, x.done_at, x.outcome, x.version "
            + "FROM marac.action x JOIN marac.marac_case c ON c.id = x.case_id ";

    private final JdbcClient jdbc;

    public ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long caseId, NewMaracAction action, long taskId, String by, Instant at) {
        return jdbc.sql("INSERT INTO marac.action (case_id, description, owner_agency, owner, due_on, task_id, created_at, "
                        + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(caseId, action.description(), action.ownerAgency(), action.owner(), Date.valueOf(action.dueOn()),
                        taskId, Timestamp.from(at), by)
                .query(Long.class).single();
    }

    public Optional<MaracAction> find(long actionId) {
        return jdbc.sql(ACTION + "WHERE x.id = ?").param(actionId).query(ActionStore::action).optional();
    }

    /** The action a task on an owner's board carries. */
    public Optional<MaracAction> findByTask(long taskId) {
        return jdbc.sql(ACTION + "WHERE x.task_id = ?").param(taskId).query(ActionStore::action).optional();
    }

    public List<MaracAction> forCase(long caseId) {
        return jdbc.sql(ACTION + "WHERE x.case_id = ? ORDER BY x.due_on, x.id").param(caseId).query(ActionStore::action).list();
    }

    /** The case ids among these that have at least one action that was not cancelled. */
    public List<Long> casesWithActions(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT case_id FROM marac.action WHERE case_id = ANY(?) AND status <> 'CANCELLED'")
                .param(caseIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** Open actions of the area's cases due on or before the day, oldest due first. */
    public List<MaracAction> openDueBy(long areaId, LocalDate lastOverdueDay, int limit) {
        return jdbc.sql(ACTION + "WHERE c.area_id = ? AND x.status = 'OPEN' AND x.due_on <= ? ORDER BY x.due_on, x.id LIMIT ?")
                .params(areaId, Date.valueOf(lastOverdueDay), limit).query(ActionStore::action).list();
    }

    public long countOpenDueBy(long areaId, LocalDate lastOverdueDay) {
        return jdbc.sql("SELECT count(*) FROM marac.action x JOIN marac.marac_case c ON c.id = x.case_id "
                        + "WHERE c.area_id = ? AND x.status = 'OPEN' AND x.due_on <= ?")
                .params(areaId, Date.valueOf(lastOverdueDay)).query(Long.class).single();
    }

    /** Ends an open action (done or cancelled) on the version read. */
    public boolean end(long actionId, int version, MaracAction.Status status, String outcome, Instant at) {
        return jdbc.sql("UPDATE marac.action SET status = ?, outcome = ?, done_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ? AND status = 'OPEN'")
                .params(status.name(), outcome, Timestamp.from(at), actionId, version).update() == 1;
    }

    /** The action carried by the task is done, when it is still open; the id of the action so ended. */
    public Optional<Long> doneByTask(long taskId, String outcome, Instant at) {
        return jdbc.sql("UPDATE marac.action SET status = 'DONE', outcome = ?, done_at = ?, version = version + 1 "
                        + "WHERE task_id = ? AND status = 'OPEN' RETURNING id")
                .params(outcome, Timestamp.from(at), taskId).query(Long.class).optional();
    }

    private static MaracAction action(ResultSet rs, int row) throws SQLException {
        return new MaracAction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getDate(7).toLocalDate(), MaracAction.Status.valueOf(rs.getString(8)),
                (Long) rs.getObject(9), HearingStore.instant(rs, 10), rs.getString(11), HearingStore.instant(rs, 12),
                rs.getString(13), rs.getInt(14));
    }
}
