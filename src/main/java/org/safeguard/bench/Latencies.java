package org.safeguard.bench;

import java.util.Arrays;

/**
 * Collects timings in nanoseconds and reports percentiles in milliseconds; for lookups, also how many
 * found something.
 */
final class Latencies {

    private long[] nanos;
    private int count;
    private int hits;

    Latencies(int expected) {
        nanos = new long[Math.max(16, expected)];
    }

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    /** A lookup's timing, and whether it found anything. */
    void add(long elapsedNanos, boolean found) {
        add(elapsedNanos);
        if (found) {
            hits++;
        }
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
        hits += other.hits;
    }

    /** The share of lookups that found something, in whole percent. */
    int hitPercent() {
        return count == 0 ? 0 : Math.round(100f * hits / count);
    }

    /** The p-th percentile (nearest rank), in milliseconds rounded to 0.01. */
    double percentileMillis(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return Math.round(sorted[Math.max(0, rank - 1)] / 10_000.0) / 100.0;
    }
}
