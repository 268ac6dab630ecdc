package org.safeguard.insight.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * The arithmetic every measure shares. Nothing to divide by gives null ("cannot be worked out"), never zero: a
 * rate of zero would say something happened that did not.
 */
public final class Measures {

    private Measures() {
    }

    /** {@code part} out of {@code whole} as a percentage (one decimal place); null when the whole is zero. */
    public static Double percent(long part, long whole) {
        return per(100, part, whole);
    }

    /** {@code count} for every 100 of {@code base}, e.g. arrests per 100 crimes; null when the base is zero. */
    public static Double per100(long count, long base) {
        return per(100, count, base);
    }

    /** {@code count} divided by {@code base} (two decimal places), e.g. incidents per victim; null when none. */
    public static Double ratio(long count, long base) {
        return base <= 0 ? null : Math.round(100.0 * count / base) / 100.0;
    }

    /** A count over {@code months} scaled to a year (× 12 ÷ months). */
    public static double annualised(long count, int months) {
        if (months <= 0) {
            throw new IllegalArgumentException("A period has at least one month");
        }
        return count * 12.0 / months;
    }

    /**
     * A count over {@code months}, annualised, for every 10,000 of {@code population} (one decimal place): MARAC
     * cases per 10,000 adult women a year (SafeLives). Null when the population is not known or zero.
     */
    public static Double per10000AYear(long count, int months, Long population) {
        if (population == null || population <= 0) {
            return null;
        }
        return round1(annualised(count, months) * 10_000 / population);
    }

    /** {@code count} over {@code months}, annualised, for each of {@code workers} full-time workers; null when none. */
    public static Double perWorkerAYear(long count, int months, double workers) {
        return workers <= 0 ? null : round1(annualised(count, months) / workers);
    }

    /** {@code count} for each of {@code workers} full-time workers, as it stands; null when none. */
    public static Double perWorker(long count, double workers) {
        return workers <= 0 ? null : round1(count / workers);
    }

    /**
     * The median of a histogram of whole values (e.g. minutes to arrive → how many arrived in that minute): the
     * middle value, or the mean of the two middle values when the count is even; null when it is empty.
     */
    public static Double median(Map<Integer, Long> histogram) {
        TreeMap<Integer, Long> sorted = new TreeMap<>();
        histogram.forEach((value, count) -> {
            if (count != null && count > 0) {
                sorted.merge(value, count, Long::sum);
            }
        });
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        // 1-based positions of the middle value(s): (n+1)/2 and (n+2)/2 — the same position when n is odd.
        long lower = (total + 1) / 2;
        long upper = (total + 2) / 2;
        Integer lowerValue = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : sorted.entrySet()) {
            seen += bucket.getValue();
            if (lowerValue == null && seen >= lower) {
                lowerValue = bucket.getKey();
            }
            if (seen >= upper) {
                return (lowerValue + bucket.getKey()) / 2.0;
            }
        }
        throw new IllegalStateException("unreachable: the upper middle is within the total");
    }

    /** The change from {@code previous} to {@code value}; null when either is unknown. */
    public static Double change(Double value, Double previous) {
        return value == null || previous == null ? null : round1(value - previous);
    }

    private static Double per(int scale, long count, long base) {
        return base <= 0 ? null : round1((double) scale * count / base);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
