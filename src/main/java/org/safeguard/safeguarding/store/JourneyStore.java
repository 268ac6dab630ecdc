package org.safeguard.safeguarding.store;

import java.sql.Timestamp;
import java.time.Instant;

import org.safeguard.safeguarding.JourneyNow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The victims' journey counted as it stands, for the dashboard: open cases from the counts kept by area as cases open,
 * close and change ({@code safeguarding.open_cases}, V19), overdue tasks from an index of open tasks only. Neither
 * reads the closed cases or finished tasks, so each stays small however long the history grows.
 */
@Repository
public class JourneyStore {

    private static final String OPEN_CASES = "SELECT coalesce(sum(cases), 0), "
            + "coalesce(sum(cases) FILTER (WHERE NOT awaiting_handover), 0) FROM safeguarding.open_cases";
    /** Open tasks past due on open cases (a closed case's leftover open task is not the victim's wait). */
    private static final String OVERDUE_TASKS = "SELECT count(*) FROM safeguarding.task t WHERE t.status = 'OPEN' "
            + "AND t.due_at < :now AND EXISTS (SELECT 1 FROM safeguarding.victim_case c WHERE c.id = t.case_id "
            + "AND c.status = 'OPEN'";

    private final JdbcClient jdbc;

    private record OpenCases(long open, long withNamedSpoc) {
    }

    public JourneyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Open cases, those whose SPOC is named (not holding it until handover), and open tasks on open cases past due at
     * {@code now} (the open-task index by due time, each case found by its key).
     */
    public JourneyNow everywhere(Instant now) {
        OpenCases cases = jdbc.sql(OPEN_CASES).query((rs, n) -> new OpenCases(rs.getLong(1), rs.getLong(2))).single();
        long overdue = jdbc.sql(OVERDUE_TASKS + ")").param("now", Timestamp.from(now)).query(Long.class).single();
        return new JourneyNow(cases.open(), cases.withNamedSpoc(), overdue);
    }

    /**
     * The same for the cases of one area (the area of the incident that opened the case): open tasks on open cases,
     * as for every area.
     */
    public JourneyNow in(String area, Instant now) {
        OpenCases cases = jdbc.sql(OPEN_CASES + " WHERE area = :area").param("area", area)
                .query((rs, n) -> new OpenCases(rs.getLong(1), rs.getLong(2))).single();
        long overdue = jdbc.sql(OVERDUE_TASKS + " AND c.area = :area)")
                .param("now", Timestamp.from(now)).param("area", area).query(Long.class).single();
        return new JourneyNow(cases.open(), cases.withNamedSpoc(), overdue);
    }
}
