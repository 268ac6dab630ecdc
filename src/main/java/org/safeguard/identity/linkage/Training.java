package org.safeguard.identity.linkage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How a {@link LinkageModel} is estimated from unlabelled records, the standard way (Fellegi–Sunter with
 * expectation–maximisation, as Splink and fastLink do):
 * <ol>
 * <li>u probabilities from pairs drawn at random: nearly all are two different people;</li>
 * <li>m probabilities, and the share of matches among the candidate pairs, by EM over the pairs blocking
 * finds, counted by their pattern of levels (a two-class mixture with independent comparisons);</li>
 * <li>the prior: that share times the number of candidate pairs is the expected number of matches, over
 * the number of all pairs.</li>
 * </ol>
 * A large population is trained on a sample of records drawn at random (the share of pairs that match is
 * the same in a random sample); name frequencies come from every record. Deterministic for a seed: the
 * random draws come from the seed and the counts are summed in a fixed order.
 */
final class Training {

    /** Records trained on at most; more are sampled. */
    static final int SAMPLE = 250_000;
    static final int RANDOM_PAIRS = 2_000_000;
    private static final int RANDOM_CHUNKS = 64;
    private static final int MAX_ITERATIONS = 500;
    private static final double CONVERGED = 1e-9;
    /** Pseudo-count added to each level, so that no level is impossible. */
    private static final double PSEUDO_COUNT = 0.5;
    private static final int BITS_PER_LEVEL = 3;

    private Training() {
    }

    static LinkageModel train(List<LinkRecord> records, long seed) {
        if (records.size() < 2) {
            throw new IllegalArgumentException("Training needs at least two records, got " + records.size());
        }
        Preparation preparation = new Preparation();
        NameFrequencies given = NameFrequencies.count(records.stream(), r -> preparation.givenName(r.givenName()).compact);
        NameFrequencies family = NameFrequencies.count(records.stream(), r -> preparation.familyName(r.familyName()).compact);
        List<LinkRecord> sample = sample(records, seed);
        Prepared[] prepared = sample.parallelStream().map(preparation::prepare).toArray(Prepared[]::new);
        double[][] u = fromRandomPairs(prepared, seed);
        Map<Integer, long[]> patterns = candidatePatterns(new BlockIndex(prepared, prepared.length), prepared);
        double[][] m = new double[Agreement.COMPARISONS][];
        double matchShare = expectationMaximisation(patterns, u, m);
        long candidates = patterns.values().stream().mapToLong(count -> count[0]).sum();
        double allPairs = prepared.length * (prepared.length - 1.0) / 2;
        double prior = Math.min(0.5, Math.max(1e-15, matchShare * candidates / allPairs));
        return new LinkageModel(0, records.size(), seed, prior, m, u, given, family);
    }

    private static List<LinkRecord> sample(List<LinkRecord> records, long seed) {
        if (records.size() <= SAMPLE) {
            return records;
        }
        int[] order = IntStream.range(0, records.size()).toArray();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < SAMPLE; i++) {
            int j = i + random.nextInt(order.length - i);
            int kept = order[j];
            order[j] = order[i];
            order[i] = kept;
        }
        int[] chosen = Arrays.copyOf(order, SAMPLE);
        Arrays.sort(chosen);
        return Arrays.stream(chosen).mapToObj(records::get).toList();
    }

    /** u: how often two records drawn at random land in each level (with a pseudo-count of one each). */
    static double[][] fromRandomPairs(Prepared[] records, long seed) {
        int n = records.length;
        long wanted = (long) Math.min(RANDOM_PAIRS, n * (n - 1.0) / 2);
        long[][][] chunks = IntStream.range(0, RANDOM_CHUNKS).parallel().mapToObj(chunk -> {
            SplittableRandom random = new SplittableRandom(seed * 31 + chunk * 0x9E3779B97F4A7C15L);
            long[][] counts = emptyCounts();
            int[] levels = new int[Agreement.COMPARISONS];
            long pairs = wanted / RANDOM_CHUNKS + (chunk < wanted % RANDOM_CHUNKS ? 1 : 0);
            for (long p = 0; p < pairs; p++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n - 1);
                Agreement.compare(records[i], records[j >= i ? j + 1 : j], levels);
                for (int c = 0; c < levels.length; c++) {
                    if (levels[c] >= 0) {
                        counts[c][levels[c]]++;
                    }
                }
            }
            return counts;
        }).toArray(long[][][]::new);
        long[][] total = emptyCounts();
        for (long[][] counts : chunks) {
            for (int c = 0; c < total.length; c++) {
                for (int level = 0; level < total[c].length; level++) {
                    total[c][level] += counts[c][level];
                }
            }
        }
        double[][] u = new double[Agreement.COMPARISONS][];
        for (int c = 0; c < total.length; c++) {
            long seen = Arrays.stream(total[c]).sum();
            u[c] = new double[total[c].length];
            for (int level = 0; level < total[c].length; level++) {
                u[c][level] = (total[c][level] + 1.0) / (seen + total[c].length);
            }
        }
        return u;
    }

    /** The candidate pairs counted by pattern of levels (each level plus one in three bits). */
    static Map<Integer, long[]> candidatePatterns(BlockIndex blocks, Prepared[] records) {
        return IntStream.range(0, blocks.blocks()).parallel().filter(blocks::compared).collect(HashMap::new,
                (counts, block) -> {
                    int[] levels = new int[Agreement.COMPARISONS];
                    blocks.forEachPair(block, (i, j) -> {
                        Agreement.compare(records[i], records[j], levels);
                        counts.computeIfAbsent(pattern(levels), p -> new long[1])[0]++;
                    });
                },
                (counts, more) -> more.forEach((pattern, count) -> counts.computeIfAbsent(pattern, p -> new long[1])[0] += count[0]));
    }

    static int pattern(int[] levels) {
        int pattern = 0;
        for (int c = 0; c < levels.length; c++) {
            pattern |= (levels[c] + 1) << (BITS_PER_LEVEL * c);
        }
        return pattern;
    }

    static int levelOf(int pattern, int comparison) {
        return ((pattern >>> (BITS_PER_LEVEL * comparison)) & ((1 << BITS_PER_LEVEL) - 1)) - 1;
    }

    /**
     * Fits the two-class mixture to the pattern counts; fills {@code m} and returns the share of matches.
     * The non-match class is fitted too (candidate pairs are not random pairs) but only its m is kept; the
     * model's u are those of random pairs. Starts from "matches mostly agree" and the random-pair u.
     */
    static double expectationMaximisation(Map<Integer, long[]> patternCounts, double[][] randomU, double[][] m) {
        int[][] patterns = patternCounts.keySet().stream().sorted()
                .map(p -> IntStream.range(0, Agreement.COMPARISONS).map(c -> levelOf(p, c)).toArray())
                .toArray(int[][]::new);
        double[] counts = patternCounts.keySet().stream().sorted().mapToDouble(p -> patternCounts.get(p)[0]).toArray();
        double[][] nonMatch = new double[Agreement.COMPARISONS][];
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            int levels = randomU[c].length;
            m[c] = new double[levels];
            m[c][0] = 0.9;
            for (int level = 1; level < levels; level++) {
                m[c][level] = 0.1 / (levels - 1);
            }
            nonMatch[c] = randomU[c].clone();
        }
        double share = 0.1;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[][] matchCounts = zeros(m);
            double[][] nonMatchCounts = zeros(m);
            double matches = 0;
            double total = 0;
            for (int p = 0; p < patterns.length; p++) {
                double match = share;
                double other = 1 - share;
                for (int c = 0; c < Agreement.COMPARISONS; c++) {
                    int level = patterns[p][c];
                    if (level >= 0) {
                        match *= m[c][level];
                        other *= nonMatch[c][level];
                    }
                }
                double responsibility = match / (match + other);
                matches += responsibility * counts[p];
                total += counts[p];
                for (int c = 0; c < Agreement.COMPARISONS; c++) {
                    int level = patterns[p][c];
                    if (level >= 0) {
                        matchCounts[c][level] += responsibility * counts[p];
                        nonMatchCounts[c][level] += (1 - responsibility) * counts[p];
                    }
                }
            }
            double change = Math.abs(matches / total - share);
            share = matches / total;
            change = Math.max(change, normalise(matchCounts, m));
            normalise(nonMatchCounts, nonMatch);
            if (change < CONVERGED) {
                break;
            }
        }
        return share;
    }

    /** Writes the counts, with the pseudo-count, as probabilities into {@code into}; returns the largest change. */
    private static double normalise(double[][] counts, double[][] into) {
        double change = 0;
        for (int c = 0; c < counts.length; c++) {
            double sum = Arrays.stream(counts[c]).sum() + PSEUDO_COUNT * counts[c].length;
            for (int level = 0; level < counts[c].length; level++) {
                double probability = (counts[c][level] + PSEUDO_COUNT) / sum;
                change = Math.max(change, Math.abs(probability - into[c][level]));
                into[c][level] = probability;
            }
        }
        return change;
    }

    private static double[][] zeros(double[][] like) {
        double[][] zeros = new double[like.length][];
        for (int c = 0; c < like.length; c++) {
            zeros[c] = new double[like[c].length];
        }
        return zeros;
    }

    private static long[][] emptyCounts() {
        long[][] counts = new long[Agreement.COMPARISONS][];
        for (Comparison comparison : Comparison.values()) {
            counts[comparison.ordinal()] = new long[comparison.levels().size()];
        }
        return counts;
    }
}
