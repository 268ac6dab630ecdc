package org.safeguard.insight;

/**
 * A national or recommended figure a measure is compared with, where it comes from, and the range it gives
 * ({@code low} = {@code high} for a single figure; either may be null for "at least" or "at most").
 * E.g. arrests per 100 domestic abuse crimes: most forces 45–90 (HMIC).
 */
public record Benchmark(String text, Double low, Double high, String source) {

    /** Where {@code value} stands against the benchmark: below, within or above (null value: unknown). */
    public Standing standing(Double value) {
        if (value == null) {
            return Standing.UNKNOWN;
        }
        if (low != null && value < low) {
            return Standing.BELOW;
        }
        if (high != null && value > high) {
            return Standing.ABOVE;
        }
        return Standing.WITHIN;
    }

    public enum Standing { BELOW, WITHIN, ABOVE, UNKNOWN }
}
