package org.safeguard.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguard.insight.CountedMeasure.Filters;
import org.safeguard.insight.rules.Counter;
import org.safeguard.insight.rules.Sums;
import org.safeguard.insight.store.TallyStore;

/**
 * Reads what some counted measures need for a filter, with as few questions to the tallies as it can: one sum per
 * distinct set of filters the measures use (one when the filter names no agency or risk level), and the people
 * counted once in each period.
 */
final class Readings {

    private final TallyStore store;
    private final DashboardFilter filter;

    Readings(TallyStore store, DashboardFilter filter) {
        this.store = store;
        this.filter = filter;
    }

    /** The reading for one period. */
    Reading at(Period period, Collection<CountedMeasure> measures) {
        Map<Filters, Sums> counted = new EnumMap<>(Filters.class);
        Map<TallyStore.Query, Sums> asked = new LinkedHashMap<>();
        queries(measures, period.start(), period.end()).forEach((filters, query) ->
                counted.put(filters, asked.computeIfAbsent(query, q -> new Sums(store.sums(q)))));
        return new Reading(counted, people(period, measures));
    }

    /** The readings for consecutive periods, oldest first: one question per set of filters for all of them. */
    List<Reading> series(List<Period> periods, Collection<CountedMeasure> measures) {
        LocalDate from = periods.get(0).start();
        LocalDate to = periods.get(periods.size() - 1).end();
        Map<TallyStore.Query, Map<LocalDate, Map<Counter, Map<Integer, Long>>>> asked = new LinkedHashMap<>();
        Map<Filters, Map<LocalDate, Map<Counter, Map<Integer, Long>>>> byMonth = new EnumMap<>(Filters.class);
        queries(measures, from, to).forEach((filters, query) ->
                byMonth.put(filters, asked.computeIfAbsent(query, store::sumsByMonth)));
        List<Reading> readings = new ArrayList<>();
        for (Period period : periods) {
            Map<Filters, Sums> counted = new EnumMap<>(Filters.class);
            byMonth.forEach((filters, months) -> {
                Sums sums = Sums.none();
                for (LocalDate month : period.months()) {
                    sums = sums.plus(new Sums(months.getOrDefault(month, Map.of())));
                }
                counted.put(filters, sums);
            });
            readings.add(new Reading(counted, people(period, measures)));
        }
        return readings;
    }

    private Sums people(Period period, Collection<CountedMeasure> measures) {
        Set<Counter> distinct = counters(measures, true);
        return distinct.isEmpty() ? Sums.none() : new Sums(store.distinct(distinct, period, filter.area()));
    }

    private Map<Filters, TallyStore.Query> queries(Collection<CountedMeasure> measures, LocalDate from, LocalDate to) {
        Map<Filters, TallyStore.Query> queries = new EnumMap<>(Filters.class);
        for (Filters filters : Filters.values()) {
            Set<Counter> counters = EnumSet.noneOf(Counter.class);
            measures.stream().filter(m -> m.filters() == filters)
                    .forEach(m -> m.counters().stream().filter(c -> !c.distinct()).forEach(counters::add));
            if (!counters.isEmpty()) {
                queries.put(filters, query(filters, counters, from, to));
            }
        }
        return merged(queries);
    }

    /** Measures whose filters come to the same question share one query, asking for all their counters. */
    private Map<Filters, TallyStore.Query> merged(Map<Filters, TallyStore.Query> queries) {
        Map<Filters, TallyStore.Query> merged = new EnumMap<>(Filters.class);
        queries.forEach((filters, query) -> {
            Set<Counter> counters = EnumSet.noneOf(Counter.class);
            queries.values().stream().filter(q -> sameFilters(q, query)).forEach(q -> counters.addAll(q.counters()));
            merged.put(filters, new TallyStore.Query(counters, query.fromMonth(), query.toMonth(), query.area(),
                    query.agency(), query.risk()));
        });
        return merged;
    }

    private static boolean sameFilters(TallyStore.Query a, TallyStore.Query b) {
        return java.util.Objects.equals(a.area(), b.area()) && java.util.Objects.equals(a.agency(), b.agency())
                && java.util.Objects.equals(a.risk(), b.risk());
    }

    private TallyStore.Query query(Filters filters, Set<Counter> counters, LocalDate from, LocalDate to) {
        String agency = filters == Filters.AREA_ONLY || filters == Filters.PEOPLE ? null : filter.agency();
        String risk = filters == Filters.ALL && filter.risk() != null ? filter.risk().name() : null;
        return new TallyStore.Query(counters, from, to, filter.area(), agency, risk);
    }

    private static Set<Counter> counters(Collection<CountedMeasure> measures, boolean distinct) {
        Set<Counter> counters = EnumSet.noneOf(Counter.class);
        measures.forEach(m -> m.counters().stream().filter(c -> c.distinct() == distinct).forEach(counters::add));
        return counters;
    }
}
