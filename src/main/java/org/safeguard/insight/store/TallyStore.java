package org.safeguard.insight.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.safeguard.insight.Period;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.PeriodPeople;
import org.safeguard.insight.rules.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the tallies: sums of additive counters over months with the filters applied, distinct counters for one
 * period, and the choices the filters offer. Each read is one query on the tally's key: a filter left open reads
 * the rows that already hold the sum over that dimension ({@link Tally#ALL}), so a page reads a few rows per
 * counter and month, never every area, agency and risk level. A tally that has come back to 0 (a count moved to
 * another risk level or outcome) is left out of every answer.
 */
@Repository
public class TallyStore {

    /** A question to the tallies: counters, months [fromMonth, toMonth), and filters (null = all). */
    public record Query(Set<Counter> counters, LocalDate fromMonth, LocalDate toMonth, String area, String agency,
                        String risk) {
    }

    private static final Map<String, Counter> COUNTERS = java.util.Arrays.stream(Counter.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Counter::name, c -> c));

    private final JdbcClient jdbc;

    TallyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums per counter and slot over the query's months. */
    public Map<Counter, Map<Integer, Long>> sums(Query query) {
        Map<Counter, Map<Integer, Long>> sums = new EnumMap<>(Counter.class);
        jdbc.sql("SELECT counter, slot, sum(value) FROM insight.tally WHERE counter = ANY(:counters) AND agency = :agency "
                        + "AND risk = :risk AND area = :area AND month >= :from AND month < :to GROUP BY counter, slot HAVING sum(value) <> 0")
                .paramSource(params(query, query.area()))
                .query(rs -> {
                    sums.computeIfAbsent(COUNTERS.get(rs.getString(1)), c -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
                });
        return sums;
    }

    /** Sums per month (first day), counter and slot: time series. */
    public Map<LocalDate, Map<Counter, Map<Integer, Long>>> sumsByMonth(Query query) {
        Map<LocalDate, Map<Counter, Map<Integer, Long>>> sums = new TreeMap<>();
        // Months as a count of months since the first asked for: a page reads thousands of rows (36 months of a
        // minutes histogram), and turning each into a date costs more than the query.
        jdbc.sql("SELECT (extract(year FROM month)::int * 12 + extract(month FROM month)::int) - :fromIndex, counter, slot, "
                        + "value FROM insight.tally WHERE counter = ANY(:counters) AND agency = :agency "
                        + "AND risk = :risk AND area = :area AND month >= :from AND month < :to AND value <> 0")
                .paramSource(params(query, query.area())
                        .addValue("fromIndex", query.fromMonth().getYear() * 12 + query.fromMonth().getMonthValue()))
                .query(rs -> {
                    sums.computeIfAbsent(query.fromMonth().plusMonths(rs.getInt(1)), m -> new EnumMap<>(Counter.class))
                            .computeIfAbsent(COUNTERS.get(rs.getString(2)), c -> new TreeMap<>())
                            .merge(rs.getInt(3), rs.getLong(4), Long::sum);
                });
        return sums;
    }

    /** Sums per area, counter and slot: bar charts by area (the query's area filter is ignored). */
    public Map<String, Map<Counter, Map<Integer, Long>>> sumsByArea(Query query) {
        Map<String, Map<Counter, Map<Integer, Long>>> sums = new TreeMap<>();
        jdbc.sql("SELECT area, counter, slot, sum(value) FROM insight.tally WHERE counter = ANY(:counters) "
                        + "AND agency = :agency AND risk = :risk AND area <> :area AND month >= :from AND month < :to "
                        + "GROUP BY area, counter, slot HAVING sum(value) <> 0")
                .paramSource(params(query, null))
                .query(rs -> {
                    sums.computeIfAbsent(rs.getString(1), a -> new EnumMap<>(Counter.class))
                            .computeIfAbsent(COUNTERS.get(rs.getString(2)), c -> new TreeMap<>())
                            .put(rs.getInt(3), rs.getLong(4));
                });
        return sums;
    }

    /**
     * Distinct counters for one period, in one area or every area (null). People are counted once whatever their
     * agency or risk level: those filters do not apply.
     */
    public Map<Counter, Map<Integer, Long>> distinct(Set<Counter> counters, Period period, String area) {
        PeriodPeople.Kind kind = PeriodPeople.Kind.valueOf(period.kind().name().substring(0, 1));
        Map<String, Counter> byName = new TreeMap<>();
        counters.stream().filter(Counter::distinct).forEach(c -> byName.put(kind.counter(c), c));
        Map<Counter, Map<Integer, Long>> sums = new EnumMap<>(Counter.class);
        if (byName.isEmpty()) {
            return sums;
        }
        jdbc.sql("SELECT counter, slot, value FROM insight.tally WHERE counter = ANY(:counters) AND agency = :all "
                        + "AND risk = :all AND area = :area AND month = :start AND value <> 0")
                .param("counters", byName.keySet().toArray(String[]::new))
                .param("all", Tally.ALL)
                .param("area", area == null ? Tally.ALL : area)
                .param("start", period.start())
                .query(rs -> {
                    sums.computeIfAbsent(byName.get(rs.getString(1)), c -> new TreeMap<>()).put(rs.getInt(2), rs.getLong(3));
                });
        return sums;
    }

    /**
     * The areas incidents were counted in, sorted, for the filters ('' — no area — left out): kept as the tallies meet
     * them ({@code insight.filter_choice}), so a page reads a few rows, not the tallies.
     */
    public List<String> areas() {
        return choices("AREA");
    }

    /** The agencies seen in the tallies (incidents, assessments, referrals, contacts), sorted, for the filters. */
    public List<String> agencies() {
        return choices("AGENCY");
    }

    private List<String> choices(String kind) {
        return jdbc.sql("SELECT value FROM insight.filter_choice WHERE kind = ? ORDER BY value").param(kind)
                .query(String.class).list();
    }

    /** When the tallies last changed (an event or a rebuild), empty when never. */
    public Optional<Instant> lastUpdated() {
        return jdbc.sql("SELECT updated_at FROM insight.freshness WHERE id = 1").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /**
     * The adult female population recorded per town: each town's current figure, the one recorded most recently
     * (an administrator's figure replaces the demo's synthetic one; sources are not added together). As
     * {@link PopulationStore#current()}.
     */
    public Map<String, Long> adultWomen() {
        Map<String, Long> byTown = new TreeMap<>();
        jdbc.sql("SELECT DISTINCT ON (area) area, count FROM insight.adult_women ORDER BY area, recorded_at DESC, source")
                .query(rs -> {
                    byTown.put(rs.getString(1), rs.getLong(2));
                });
        return byTown;
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(Query query, String area) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("counters", query.counters().stream().map(Counter::name).toArray(String[]::new))
                .addValue("agency", orAll(query.agency()))
                .addValue("risk", orAll(query.risk()))
                .addValue("area", orAll(area))
                .addValue("from", query.fromMonth())
                .addValue("to", query.toMonth());
    }

    private static String orAll(String filter) {
        return filter == null || filter.isBlank() ? Tally.ALL : filter;
    }
}
