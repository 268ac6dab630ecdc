package org.safeguard.offender.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.safeguard.offender.rules.RfgScoring;
import org.safeguard.platform.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The RFG priority list ({@code offender.rfg_score}), its full runs ({@code offender.rfg_run}) and the records
 * refreshed one at a time since the last full run ({@code offender.rfg_refreshed}).
 */
@Repository
public class RfgStore {

    /** The class half of the list's advisory lock (two-int form: a key space apart from other modules' locks). */
    public static final int LOCK_CLASS = 0x52464721;
    /** The second half of the full runs' lock (the list's own lock is 0), so only one full run runs at a time. */
    public static final int FULL_RUN_LOCK = 1;
    /** Rows sent in one COPY: bounds the text held in memory at once. */
    private static final int COPY_BATCH = 100_000;
    private static final String COLUMNS = "person_key, recency, frequency, gravity, victims, score, incidents, "
            + "latest_incident_at, area";
    private static final String RANK_ORDER = "ORDER BY score DESC, latest_incident_at DESC, person_key";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public RfgStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** A row of the list, with its place: in the whole list, or in its area when the list was filtered. */
    public record Row(int rank, RfgScoring.Score score) {
    }

    /**
     * Takes the list's lock until the transaction ends: refreshes hold it while they read and write, a full
     * run while it writes, so they take turns and none writes over another's fresher work.
     */
    public void lockList() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:class, 0)").param("class", LOCK_CLASS).query(Object.class).list();
    }

    /**
     * The list's lock for a refresh, whose transaction then commits without waiting for its record to reach
     * the disk. Only for work that is done again if lost: a refresh computes from what is recorded, and a
     * crash before the write loses the whole transaction (never part of it) while the event that asked for it
     * is still open in the registry, to be run again.
     */
    public void lockListForRefresh() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:class, 0), set_config('synchronous_commit', 'off', true)")
                .param("class", LOCK_CLASS).query(Object.class).list();
    }

    /** The database's clock now (not the transaction's start): what refreshes are noted with. */
    public Instant databaseNow() {
        return jdbc.sql("SELECT clock_timestamp()").query(Timestamp.class).single().toInstant();
    }

    /** Replaces the whole list with these scores (locks the table against readers until the transaction ends). */
    public void replaceAll(Collection<RfgScoring.Score> scores, Instant computedAt) {
        jdbc.sql("TRUNCATE offender.rfg_score").update();
        CopyRows rows = new CopyRows();
        int inBatch = 0;
        for (RfgScoring.Score score : scores) {
            rows.value(score.personKey()).value(score.recency()).value(score.frequency()).value(score.gravity())
                    .value(score.victims()).value(score.score().toPlainString()).value(score.incidents())
                    .value(score.latestIncidentAt()).value(score.area()).value(computedAt).endRow();
            if (++inBatch == COPY_BATCH) {
                copy(rows);
                rows = new CopyRows();
                inBatch = 0;
            }
        }
        copy(rows);
    }

    private void copy(CopyRows rows) {
        rows.copyInto(dataSource, "COPY offender.rfg_score (" + COLUMNS + ", computed_at) FROM STDIN");
    }

    /**
     * A refresh's writes in one statement (one round trip, as a refresh after each incident must be quick): the
     * people's new scores, the keys that leave the list (no offending left in the window, or retired by a link),
     * and the records noted as refreshed at the database's clock, for a full run reading at the same time.
     */
    public void rewrite(Collection<RfgScoring.Score> scores, Collection<Long> offList, Collection<Long> refreshed,
                        Instant computedAt) {
        List<RfgScoring.Score> rows = List.copyOf(scores);
        jdbc.sql("WITH scored AS (INSERT INTO offender.rfg_score (" + COLUMNS + ", computed_at) "
                        + "SELECT k, r, f, g, v, s, n, l, a, :at FROM unnest(CAST(:keys AS bigint[]), CAST(:r AS int[]), "
                        + "CAST(:f AS int[]), CAST(:g AS int[]), CAST(:v AS int[]), CAST(:score AS numeric[]), "
                        + "CAST(:incidents AS int[]), CAST(:latest AS timestamptz[]), CAST(:area AS varchar[])) "
                        + "AS u(k, r, f, g, v, s, n, l, a) "
                        + "ON CONFLICT (person_key) DO UPDATE SET recency = EXCLUDED.recency, frequency = EXCLUDED.frequency, "
                        + "gravity = EXCLUDED.gravity, victims = EXCLUDED.victims, score = EXCLUDED.score, "
                        + "incidents = EXCLUDED.incidents, latest_incident_at = EXCLUDED.latest_incident_at, "
                        + "area = EXCLUDED.area, computed_at = EXCLUDED.computed_at RETURNING 1), "
                        + "gone AS (DELETE FROM offender.rfg_score WHERE person_key = ANY(:off) RETURNING 1), "
                        + "noted AS (INSERT INTO offender.rfg_refreshed (record_id, refreshed_at) "
                        + "SELECT unnest(CAST(:refreshed AS bigint[])), clock_timestamp() RETURNING 1) "
                        + "SELECT (SELECT count(*) FROM scored) + (SELECT count(*) FROM gone) + (SELECT count(*) FROM noted)")
                .param("keys", rows.stream().mapToLong(RfgScoring.Score::personKey).toArray())
                .param("r", rows.stream().mapToInt(RfgScoring.Score::recency).toArray())
                .param("f", rows.stream().mapToInt(RfgScoring.Score::frequency).toArray())
                .param("g", rows.stream().mapToInt(RfgScoring.Score::gravity).toArray())
                .param("v", rows.stream().mapToInt(RfgScoring.Score::victims).toArray())
                .param("score", rows.stream().map(r -> r.score().toPlainString()).toArray(String[]::new))
                .param("incidents", rows.stream().mapToInt(RfgScoring.Score::incidents).toArray())
                .param("latest", rows.stream().map(r -> r.latestIncidentAt().toString()).toArray(String[]::new))
                .param("area", rows.stream().map(RfgScoring.Score::area).toArray(String[]::new))
                .param("at", Timestamp.from(computedAt))
                .param("off", array(offList)).param("refreshed", array(refreshed))
                .query(Long.class).single();
    }

    /** The records refreshed from {@code since} on. */
    public Set<Long> refreshedSince(Instant since) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT record_id FROM offender.rfg_refreshed WHERE refreshed_at >= :since")
                .param("since", Timestamp.from(since)).query(Long.class).list());
    }

    /**
     * Forgets the refreshes noted before {@code readFrom}: the full run that began reading then has covered them.
     * Later ones stay for a full run reading at the same time, which must apply them again too.
     */
    public void forgetRefreshesBefore(Instant readFrom) {
        jdbc.sql("DELETE FROM offender.rfg_refreshed WHERE refreshed_at < :from").param("from", Timestamp.from(readFrom)).update();
    }

    /** The top of the list, in rank order; only {@code area}'s perpetrators, ranked among themselves, when given. */
    public List<Row> top(String area, int limit) {
        String where = area == null ? "" : "WHERE area = :area ";
        JdbcClient.StatementSpec query = jdbc.sql("SELECT " + COLUMNS + " FROM offender.rfg_score " + where + RANK_ORDER
                + " LIMIT :limit").param("limit", limit);
        if (area != null) {
            query = query.param("area", area);
        }
        List<RfgScoring.Score> scores = query.query((rs, n) -> score(rs)).list();
        return java.util.stream.IntStream.range(0, scores.size()).mapToObj(i -> new Row(i + 1, scores.get(i))).toList();
    }

    /** The person's row with their rank in the whole list (1 + those ahead of them). */
    public Optional<Row> standing(long personKey) {
        // Three counts, each a range of the rank index, rather than one OR the planner would scan the table for.
        return jdbc.sql("SELECT " + COLUMNS + ", (SELECT count(*) FROM offender.rfg_score a WHERE a.score > s.score) "
                        + "+ (SELECT count(*) FROM offender.rfg_score a WHERE a.score = s.score "
                        + "AND a.latest_incident_at > s.latest_incident_at) "
                        + "+ (SELECT count(*) FROM offender.rfg_score a WHERE a.score = s.score "
                        + "AND a.latest_incident_at = s.latest_incident_at AND a.person_key < s.person_key) AS ahead "
                        + "FROM offender.rfg_score s WHERE person_key = :key")
                .param("key", personKey).query((rs, n) -> new Row(rs.getInt("ahead") + 1, score(rs))).optional();
    }

    /** The areas with anyone on the list, in order (a skip scan of the area index: a few towns, a million rows). */
    public List<String> areas() {
        return jdbc.sql("WITH RECURSIVE a(area) AS ("
                        + "(SELECT area FROM offender.rfg_score WHERE area IS NOT NULL ORDER BY area LIMIT 1) UNION ALL "
                        + "SELECT (SELECT s.area FROM offender.rfg_score s WHERE s.area > a.area ORDER BY s.area LIMIT 1) "
                        + "FROM a WHERE a.area IS NOT NULL) SELECT area FROM a WHERE area IS NOT NULL")
                .query(String.class).list();
    }

    public int count() {
        return jdbc.sql("SELECT count(*) FROM offender.rfg_score").query(Integer.class).single();
    }

    /**
     * Takes the full runs' own lock until the transaction ends, if no other full run holds it: two full runs at
     * once could each forget refreshes the other has still to apply. False when another holds it.
     */
    public boolean tryLockFullRun() {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(:class, :full)").param("class", LOCK_CLASS)
                .param("full", FULL_RUN_LOCK).query(Boolean.class).single();
    }

    /** Records a full run that has finished. */
    public long insertRun(Instant startedAt, Instant finishedAt, String startedBy, int perpetrators, int incidentsRead,
                          String settings) {
        return jdbc.sql("INSERT INTO offender.rfg_run (started_at, finished_at, started_by, perpetrators, incidents_read, "
                        + "settings) VALUES (:started, :finished, :by, :perpetrators, :incidents, :settings) RETURNING id")
                .param("started", Timestamp.from(startedAt)).param("finished", Timestamp.from(finishedAt))
                .param("by", startedBy).param("perpetrators", perpetrators).param("incidents", incidentsRead)
                .param("settings", settings).query(Long.class).single();
    }

    /** The latest full run that finished. */
    public Optional<RunRow> lastRun() {
        return jdbc.sql("SELECT id, started_at, finished_at, started_by, perpetrators, incidents_read FROM offender.rfg_run "
                        + "WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new RunRow(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(),
                        Duration.between(rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant()),
                        rs.getString("started_by"), rs.getInt("perpetrators"), rs.getInt("incidents_read")))
                .optional();
    }

    /** A full run as recorded. */
    public record RunRow(long id, Instant startedAt, Duration took, String startedBy, int perpetrators, int incidentsRead) {
    }

    private static RfgScoring.Score score(ResultSet rs) throws SQLException {
        BigDecimal score = rs.getBigDecimal("score");
        return new RfgScoring.Score(rs.getLong("person_key"), rs.getInt("recency"), rs.getInt("frequency"),
                rs.getInt("gravity"), rs.getInt("victims"), rs.getInt("incidents"),
                rs.getTimestamp("latest_incident_at").toInstant(), rs.getString("area"), score);
    }

    private static long[] array(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).toArray();
    }
}
