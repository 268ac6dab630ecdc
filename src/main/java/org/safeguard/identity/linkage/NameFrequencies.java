package org.safeguard.identity.linkage;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How often each name occurs among the records a model was trained on, for the term-frequency adjustment:
 * agreeing exactly on a name of frequency f counts log2(Σf² / f) more than the average exact agreement
 * (positive for a rare name, negative for "smith"). Names seen once are not kept: an unseen name gets the
 * smallest frequency, one in {@code total}, but never less than {@link #RAREST}.
 */
final class NameFrequencies {

    /**
     * No name counts as rarer than one in 100,000 records: a name seen once or never among millions is as
     * likely a typing slip or a spelling the sample missed as a rare name, and an uncapped bonus would let one
     * odd spelling outweigh a date of birth.
     */
    static final double RAREST = 1e-5;

    private final Map<String, Integer> counts;
    private final long total;
    private final double sumOfSquares;

    NameFrequencies(Map<String, Integer> counts, long total, double sumOfSquares) {
        this.counts = counts;
        this.total = total;
        this.sumOfSquares = sumOfSquares;
    }

    static <T> NameFrequencies count(Stream<T> records, Function<T, String> name) {
        Map<String, Integer> all = new TreeMap<>();
        records.map(name).filter(n -> !n.isEmpty()).forEach(n -> all.merge(n, 1, Integer::sum));
        long total = all.values().stream().mapToLong(Integer::longValue).sum();
        double sumOfSquares = 0;
        for (int count : all.values()) {
            sumOfSquares += (double) count / total * count / total;
        }
        all.values().removeIf(count -> count < 2);
        return new NameFrequencies(all, total, sumOfSquares);
    }

    /** The weight to add (log2) when two records agree exactly on this name. */
    double adjustment(String name) {
        return total == 0 ? 0 : LinkageModel.log2(sumOfSquares / frequency(name));
    }

    /** The share of records with this name: at least one in {@code total}, and never below {@link #RAREST}. */
    double frequency(String name) {
        return total == 0 ? 1 : Math.max(RAREST, counts.getOrDefault(name, 1) / (double) total);
    }

    Map<String, Integer> counts() {
        return counts;
    }

    long total() {
        return total;
    }

    double sumOfSquares() {
        return sumOfSquares;
    }
}
