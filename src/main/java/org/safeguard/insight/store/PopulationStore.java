package org.safeguard.insight.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The adult (16 and over) female population per town ({@code insight.adult_women}): one row per town and source.
 * A town's current figure is its most recently recorded row; the older rows are kept as its history. Writes to one
 * town take a lock on that town first, so an administrator's figure and the demo generator's do not cross.
 */
@Repository
public class PopulationStore {

    /** Sources starting with this are the demo generator's, which only ever adds to a synthetic figure. */
    public static final String SYNTHETIC = "synthetic";

    /** A town's figure: how many, from where, and when it was recorded. */
    public record TownFigure(String area, long count, String source, Instant recordedAt) {

        public boolean synthetic() {
            return source.toLowerCase(java.util.Locale.UK).startsWith(SYNTHETIC);
        }
    }

    private final JdbcClient jdbc;

    PopulationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each town's current figure (its latest), by town. */
    public List<TownFigure> current() {
        return jdbc.sql("SELECT DISTINCT ON (area) area, count, source, recorded_at FROM insight.adult_women "
                + "ORDER BY area, recorded_at DESC, source").query(PopulationStore::figure).list();
    }

    /** The figures that a later one replaced, newest first within each town. */
    public List<TownFigure> earlier() {
        return jdbc.sql("SELECT area, count, source, recorded_at FROM (SELECT *, row_number() OVER (PARTITION BY area "
                + "ORDER BY recorded_at DESC, source) AS n FROM insight.adult_women) w WHERE n > 1 "
                + "ORDER BY area, recorded_at DESC").query(PopulationStore::figure).list();
    }

    /** Makes this the town's current figure from its source (the same source's earlier figure is replaced). */
    public void set(String area, long count, String source, Instant at) {
        lockTown(area);
        jdbc.sql("INSERT INTO insight.adult_women (area, source, count, recorded_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (area, source) DO UPDATE SET count = EXCLUDED.count, recorded_at = EXCLUDED.recorded_at")
                .params(area, source, count, Timestamp.from(at)).update();
    }

    /**
     * Adds a generated count to the town's figure while that figure is synthetic (or the town has none); leaves a
     * figure from any other source (an administrator's) alone. Returns whether it added.
     */
    public boolean addSynthetic(String area, long count, String source, Instant at) {
        lockTown(area);
        TownFigure now = jdbc.sql("SELECT area, count, source, recorded_at FROM insight.adult_women WHERE area = ? "
                + "ORDER BY recorded_at DESC, source LIMIT 1").param(area).query(PopulationStore::figure).optional()
                .orElse(null);
        if (now == null) {
            jdbc.sql("INSERT INTO insight.adult_women (area, source, count, recorded_at) VALUES (?, ?, ?, ?)")
                    .params(area, source, count, Timestamp.from(at)).update();
            return true;
        }
        if (!now.synthetic()) {
            return false;
        }
        jdbc.sql("UPDATE insight.adult_women SET count = count + ?, recorded_at = greatest(recorded_at, ?) "
                        + "WHERE area = ? AND source = ?")
                .params(count, Timestamp.from(at), area, now.source()).update();
        return true;
    }

    /** Serialises writes to one town's figures until the transaction ends (a new town has no row to lock). */
    private void lockTown(String area) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('insight.adult_women'), hashtext(?))").param(area)
                .query((rs, n) -> 1).list();
    }

    private static TownFigure figure(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new TownFigure(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant());
    }
}
