package org.safeguard.insight.store;

import java.util.List;

import org.safeguard.insight.rules.PeriodPeople;
import org.safeguard.insight.rules.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adds to the tallies as events arrive: every amount of one event in one statement (with the filter choices it
 * brings), and the people counted for the first time in a period. Callers pass amounts in key order ({@link Tally#withTotals}) so concurrent events lock
 * rows in the same order.
 */
@Repository
public class TallyWriter {

    private final JdbcClient jdbc;

    TallyWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds each amount to its tally (making the tally when it is new), notes the areas and agencies the filters offer,
     * and notes when the tallies changed (see {@link #touch}).
     */
    public void add(List<Tally> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        jdbc.sql("WITH added AS (INSERT INTO insight.tally (counter, agency, risk, area, month, slot, value) "
                        + "SELECT * FROM unnest(CAST(:counters AS varchar[]), CAST(:agencies AS varchar[]), "
                        + "CAST(:risks AS varchar[]), CAST(:areas AS varchar[]), CAST(:months AS date[]), CAST(:slots AS int[]), "
                        + "CAST(:values AS bigint[])) "
                        + "ON CONFLICT (counter, agency, risk, area, month, slot) "
                        + "DO UPDATE SET value = insight.tally.value + EXCLUDED.value RETURNING 1) "
                        + "INSERT INTO insight.filter_choice (kind, value) "
                        + "SELECT 'AREA', a FROM unnest(CAST(:choiceAreas AS varchar[])) a "
                        + "UNION SELECT 'AGENCY', g FROM unnest(CAST(:choiceAgencies AS varchar[])) g "
                        + "ON CONFLICT DO NOTHING")
                .param("choiceAreas", amounts.stream().filter(TallyWriter::namesArea).map(Tally::area).distinct()
                        .toArray(String[]::new))
                .param("choiceAgencies", amounts.stream().filter(TallyWriter::namesAgency).map(Tally::agency).distinct()
                        .toArray(String[]::new))
                .param("counters", amounts.stream().map(Tally::counter).toArray(String[]::new))
                .param("agencies", amounts.stream().map(Tally::agency).toArray(String[]::new))
                .param("risks", amounts.stream().map(Tally::risk).toArray(String[]::new))
                .param("areas", amounts.stream().map(Tally::area).toArray(String[]::new))
                .param("months", amounts.stream().map(t -> t.month().toString()).toArray(String[]::new))
                .param("slots", amounts.stream().mapToInt(Tally::slot).toArray())
                .param("values", amounts.stream().mapToLong(Tally::value).toArray())
                .update();
        touch();
    }

    /**
     * Moves "counted up to" on when it is more than 5 seconds old, without waiting: while another event's transaction
     * holds the row it is skipped, so the listeners never queue on it. The figure is right to within 5 seconds.
     */
    private void touch() {
        int moved = jdbc.sql("WITH stale AS (SELECT id FROM insight.freshness WHERE id = 1 "
                + "AND updated_at < clock_timestamp() - interval '5 seconds' FOR UPDATE SKIP LOCKED) "
                + "UPDATE insight.freshness f SET updated_at = clock_timestamp() FROM stale WHERE f.id = stale.id").update();
        if (moved == 0) {
            jdbc.sql("INSERT INTO insight.freshness (id, updated_at) SELECT 1, clock_timestamp() "
                    + "WHERE NOT EXISTS (SELECT 1 FROM insight.freshness WHERE id = 1) ON CONFLICT DO NOTHING").update();
        }
    }

    /** An area the filters offer: one incidents were counted in (the every-agency, every-level row). */
    static boolean namesArea(Tally t) {
        return t.counter().equals("INCIDENTS") && t.agency().equals(Tally.ALL) && t.risk().equals(Tally.ALL)
                && !t.area().equals(Tally.ALL) && !t.area().isEmpty();
    }

    /** An agency the filters offer: one that owns incidents, assessments, referrals or contacts counted. */
    static boolean namesAgency(Tally t) {
        return AGENCY_COUNTERS.contains(t.counter()) && t.area().equals(Tally.ALL) && t.risk().equals(Tally.ALL)
                && !t.agency().equals(Tally.ALL) && !t.agency().isEmpty();
    }

    static final java.util.Set<String> AGENCY_COUNTERS = java.util.Set.of("INCIDENTS", "ASSESSMENTS", "REFERRALS",
            "CONTACTS");

    /** Makes the rows not made before and returns those: the people counted for the first time. */
    public List<PeriodPeople.Row> firstSeen(List<PeriodPeople.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<PeriodPeople.Row> sorted = rows.stream().sorted(java.util.Comparator.comparingLong(PeriodPeople.Row::personId)
                .thenComparing(PeriodPeople.Row::role).thenComparing(PeriodPeople.Row::kind)
                .thenComparing(PeriodPeople.Row::periodStart).thenComparing(PeriodPeople.Row::area)).distinct().toList();
        return jdbc.sql("INSERT INTO insight.person_period (person_id, role, kind, period_start, area, sex, age_band) "
                        + "SELECT * FROM unnest(CAST(:people AS bigint[]), CAST(:roles AS varchar[]), CAST(:kinds AS char[]), "
                        + "CAST(:starts AS date[]), CAST(:areas AS varchar[]), CAST(:sexes AS smallint[]), "
                        + "CAST(:bands AS smallint[])) ON CONFLICT DO NOTHING "
                        + "RETURNING person_id, role, kind, period_start, area, sex, age_band")
                .param("people", sorted.stream().mapToLong(PeriodPeople.Row::personId).toArray())
                .param("roles", sorted.stream().map(r -> r.role().name()).toArray(String[]::new))
                .param("kinds", sorted.stream().map(r -> r.kind().name()).toArray(String[]::new))
                .param("starts", sorted.stream().map(r -> r.periodStart().toString()).toArray(String[]::new))
                .param("areas", sorted.stream().map(PeriodPeople.Row::area).toArray(String[]::new))
                .param("sexes", sorted.stream().mapToInt(PeriodPeople.Row::sex).toArray())
                .param("bands", sorted.stream().mapToInt(PeriodPeople.Row::ageBand).toArray())
                .query((rs, n) -> new PeriodPeople.Row(rs.getLong(1), PeriodPeople.Role.valueOf(rs.getString(2)),
                        PeriodPeople.Kind.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(), rs.getString(5),
                        rs.getInt(6), rs.getInt(7)))
                .list();
    }
}
