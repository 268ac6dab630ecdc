package org.safeguard.insight.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /**
     * How much of a year a period holds so far: its months ÷ 12, times the share of its days that have begun by
     * {@code today} (UK dates; today counts as begun). A period that has ended holds all of its months; one not yet
     * begun holds none. So a count in a period not yet ended is scaled by the days elapsed, not the whole period.
     *
     * @param end the first day after the period
     */
    public static double yearsElapsed(LocalDate start, LocalDate end, int months, LocalDate today) {
        if (months <= 0 || !end.isAfter(start)) {
            throw new IllegalArgumentException("A period has at least one month");
        }
        long days = ChronoUnit.DAYS.between(start, end);
        LocalDate until = today.plusDays(1).isBefore(end) ? today.plusDays(1) : end;
        long elapsed = Math.max(0, ChronoUnit.DAYS.between(start, until));
        return months / 12.0 * elapsed / days;
    }

    /** A count over {@code years} (e.g. {@link #yearsElapsed}) scaled to one year; null when no time has passed. */
    public static Double annualised(long count, double years) {
        return years <= 0 ? null : count / years;
    }

    /**
     * A count over {@code years}, annualised, for every 10,000 of {@code population} (one decimal place): MARAC
     * cases per 10,000 adult women a year (SafeLives). Null when the population is not known or zero, or no time
     * has passed.
     */
    public static Double per10000AYear(long count, double years, Long population) {
        Double aYear = annualised(count, years);
        if (population == null || population <= 0 || aYear == null) {
            return null;
        }
        return round1(aYear * 10_000 / population);
    }

    /**
     * {@code count} over {@code years}, annualised, for each of {@code workers} full-time workers; null when there
     * are no workers, no time has passed, or nothing was counted (IDVA referrals received: none received says the
     * figure is not being kept, not that each worker had none).
     */
    public static Double perWorkerAYear(long count, double years, double workers) {
        Double aYear = annualised(count, years);
        return workers <= 0 || aYear == null || count <= 0 ? null : round1(aYear / workers);
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

    /**
     * The median of the part of a histogram whose values lie in [{@code from}, {@code from + width}), each value
     * read less {@code from}: e.g. the minutes to arrive of one grade, kept at grade × width + minutes.
     */
    public static Double median(Map<Integer, Long> histogram, int from, int width) {
        Map<Integer, Long> part = new TreeMap<>();
        histogram.forEach((value, count) -> {
            if (value >= from && value < from + width) {
                part.put(value - from, count);
            }
        });
        return median(part);
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
