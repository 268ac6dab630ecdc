package org.safeguard.insight.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safeguard.insight.Period;
import org.safeguard.insight.rules.Counter;
import org.springframework.stereotype.Repository;

/**
 * Reads the tallies: sums of additive counters over months with the filters applied, distinct counters for one
 * period, and the choices the filters offer. (Stub signatures: the tallies helper builds the bodies.)
 */
@Repository
public class TallyStore {

    /** A question to the tallies: counters, months [fromMonth, toMonth), and filters (null = all). */
    public record Query(Set<Counter> counters, LocalDate fromMonth, LocalDate toMonth, String area, String agency,
                        String risk) {
    }

    /** Sums per counter and slot over the query's months. */
    public Map<Counter, Map<Integer, Long>> sums(Query query) {
        throw new UnsupportedOperationException("to be built");
    }

    /** Sums per month (first day), counter and slot: time series. */
    public Map<LocalDate, Map<Counter, Map<Integer, Long>>> sumsByMonth(Query query) {
        throw new UnsupportedOperationException("to be built");
    }

    /** Sums per area, counter and slot: bar charts by area (the query's area filter is ignored). */
    public Map<String, Map<Counter, Map<Integer, Long>>> sumsByArea(Query query) {
        throw new UnsupportedOperationException("to be built");
    }

    /** Distinct counters for one period, in one area or every area (null). */
    public Map<Counter, Map<Integer, Long>> distinct(Set<Counter> counters, Period period, String area) {
        throw new UnsupportedOperationException("to be built");
    }

    /** The areas and agencies seen in the tallies, sorted, for the filters. */
    public List<String> areas() {
        throw new UnsupportedOperationException("to be built");
    }

    public List<String> agencies() {
        throw new UnsupportedOperationException("to be built");
    }

    /** When the tallies last changed (an event or a rebuild), empty when never. */
    public Optional<Instant> lastUpdated() {
        throw new UnsupportedOperationException("to be built");
    }

    /** The adult female population recorded per town. */
    public Map<String, Long> adultWomen() {
        throw new UnsupportedOperationException("to be built");
    }
}
