package org.safeguard.bench;

import java.util.Arrays;

/** Collects timings in nanoseconds and reports percentiles in milliseconds. */
final class Latencies {

    private long[] nanos;
    private int count;

    Latencies(int expected) {
        nanos = new long[Math.max(16, expected)];
    }

    void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
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
