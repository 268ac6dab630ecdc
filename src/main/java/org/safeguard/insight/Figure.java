package org.safeguard.insight;

/**
 * One measure for the filter's period: its value, the previous period's, the unit, how it is worked out
 * ({@code definition}, shown beside it), the benchmark it is compared with (or null), and a note when a filter
 * does not apply to it or the data is incomplete (or null). A null value means "cannot be worked out" (nothing
 * to divide by), never zero.
 */
public record Figure(String id, String label, Double value, Double previous, Unit unit, String definition,
                     Benchmark benchmark, String note) {

    /** How a value reads. */
    public enum Unit { COUNT, PERCENT, PER_100, PER_10000, MINUTES, RATIO }
}
