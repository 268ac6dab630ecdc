package org.safeguard.identity.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * How a {@link LinkageModel} is estimated from unlabelled records: Fellegi–Sunter with
 * expectation–maximisation over blocked pairs counted by their pattern of levels, in sessions as Splink
 * trains, each blocking on something and leaving it out of that session's comparisons:
 * <ol>
 * <li>u from pairs drawn at random: nearly all are two different people;</li>
 * <li>pairs born the same day: two different people born the same day are as unlike in name, address and
 * phone as any two, so EM with u held gives the m of every comparison but the date of birth, and the
 * expected number of matches born the same day;</li>
 * <li>pairs at one address: the m of the date of birth, and how two people of one household compare on
 * what a household shares, the family name and a phone ({@code uAtOneAddress}), with the other m held and
 * the share of matches among those pairs held at what the first session implies (all matches, times the m
 * of "the same address", over the pairs at one address). Given name, sex and date of birth tell a person's
 * second record from the rest of the household; a few rounds settle the date's m and that share;</li>
 * <li>the prior: the matches born the same day over the m of "the same date of birth" are the matches with
 * both dates recorded; over the share of pairs with both dates, all the matches; over the number of all
 * pairs, the prior.</li>
 * </ol>
 * Each step needs at least {@link #MIN_PAIRS} pairs, else training throws IllegalStateException saying which.
 * EM over all the candidate pairs that {@link BlockingRule}s find is not used: there households and the
 * agreement blocking itself makes (a key is a shared name and date) form groups a two-class mixture mistakes
 * for matches. A large population is trained on a sample of records drawn at random (the share of pairs that
 * match is the same in a random sample); name frequencies come from every record. Deterministic for a seed:
 * the random draws come from the seed and counts are summed in a fixed order.
 */
final class Training {

    /** Records trained on at most; more are sampled (bounds time and memory; a random sample has the same share of matches). */
    static final int SAMPLE = 250_000;
    /** Random pairs for u: two million put even a level one pair in 100,000 shows at about twenty times. */
    static final int RANDOM_PAIRS = 2_000_000;
    /**
     * The largest group of records born the same day, or at one address, whose pairs are fitted on: a larger
     * one is a hostel or a default date typed for unknowns, whose pairs (up to 20,000 a group) would swamp the rest.
     */
    static final int LARGEST_GROUP = 200;
    /**
     * Rounds of fitting the household's u and the date's m, then the share of matches at one address with them:
     * the share moves only through the date's m, which settles within a few rounds; three is a hand-chosen bound.
     */
    private static final int ROUNDS = 3;
    /** Random pairs are drawn in this many streams, one per task, so the draws are the same on any number of cores. */
    private static final int RANDOM_CHUNKS = 64;
    /** Fewest pairs a training step fits on: below it the estimates are noise, and training refuses. */
    static final int MIN_PAIRS = 30;
    /** The prior's floor: one in 10^15 is already "never", and log-odds stay finite. */
    private static final double SMALLEST_PRIOR = 1e-15;
    /** The prior's ceiling: even a list made only of duplicates is no more than even odds for a random pair. */
    private static final double LARGEST_PRIOR = 0.5;
    /** The share of matches at one address at least: above zero, so EM can still find some. */
    private static final double SMALLEST_SHARE_AT_ONE_ADDRESS = 1e-6;
    /** And at most: below one, so the household's u is still fitted on some pairs. */
    private static final double LARGEST_SHARE_AT_ONE_ADDRESS = 0.99;

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
        requireEnough(Math.min(RANDOM_PAIRS, prepared.length * (prepared.length - 1.0) / 2),
                "pairs of records", "how often two different people agree (u)");
        double[][] u = fromRandomPairs(prepared, seed);

        MatchMixture.Parameters parameters = MatchMixture.Parameters.startingFrom(u);
        Patterns bornTheSameDay = Patterns.bornTheSameDay(prepared);
        requireEnough(bornTheSameDay.total(), "pairs born the same day",
                "how often one person's records agree (m) and how many are one person (the prior)");
        MatchMixture.Fit sameDay = MatchMixture.fitM(bornTheSameDay, parameters);
        Patterns atOneAddress = Patterns.atOneAddress(prepared);
        requireEnough(atOneAddress.total(), "pairs at one address", "how people of one household compare");
        requireEnough(atOneAddress.withBoth(Agreement.BIRTH), "pairs at one address both with a date of birth",
                "how often one person's dates of birth agree (m)");
        double shareWithDates = shareOfPairsWithBothDates(prepared);
        MatchMixture.Fit household = null;
        for (int round = 0; round < ROUNDS; round++) {
            household = MatchMixture.fitHousehold(atOneAddress, parameters,
                    matchesAtOneAddress(sameDay, parameters, atOneAddress, shareWithDates), Agreement.BIRTH);
        }
        double allPairs = prepared.length * (prepared.length - 1.0) / 2;
        double prior = clamp(allMatches(sameDay, parameters, shareWithDates) / allPairs, SMALLEST_PRIOR, LARGEST_PRIOR);
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            for (int level = 0; level < u[c].length; level++) {
                if (!sameDay.saw(c, level) && !household.saw(c, level)) {
                    parameters.m()[c][level] = u[c][level];
                }
            }
        }
        return new LinkageModel(0, records.size(), seed, prior, parameters.m(), u, parameters.uAtOneAddress(),
                given, family);
    }

    /** A training step fitted on fewer pairs than {@link #MIN_PAIRS} would give a model that only looks trained. */
    private static void requireEnough(double pairs, String what, String estimating) {
        if (pairs < MIN_PAIRS) {
            throw new IllegalStateException("Too few records to train a linkage model: " + (long) pairs + " " + what
                    + ", at least " + MIN_PAIRS + " needed to estimate " + estimating);
        }
    }

    /**
     * All matches among the records: those born the same day, over the m of "the same date of birth", are the
     * matches with both dates recorded; over the share of pairs with both dates, all of them (a date is taken
     * to be missing as often for one person's records as for anyone's).
     */
    private static double allMatches(MatchMixture.Fit sameDay, MatchMixture.Parameters parameters,
                                     double shareWithDates) {
        return sameDay.expectedMatches() / parameters.m()[Agreement.BIRTH][0] / shareWithDates;
    }

    /** The share of pairs of records in which both have a date of birth. */
    private static double shareOfPairsWithBothDates(Prepared[] records) {
        double dated = Arrays.stream(records).filter(r -> r.birthDate != null).count() / (double) records.length;
        return dated * dated;
    }

    /**
     * The share of matches among the pairs at one address: all matches times the m of "the same address",
     * over those pairs.
     */
    private static double matchesAtOneAddress(MatchMixture.Fit sameDay, MatchMixture.Parameters parameters,
                                              Patterns atOneAddress, double shareWithDates) {
        double matches = allMatches(sameDay, parameters, shareWithDates);
        double share = matches * parameters.m()[Agreement.ADDRESS][0] / atOneAddress.total();
        return clamp(share, SMALLEST_SHARE_AT_ONE_ADDRESS, LARGEST_SHARE_AT_ONE_ADDRESS);
    }

    private static double clamp(double value, double smallest, double largest) {
        return Math.min(largest, Math.max(smallest, value));
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
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[RANDOM_CHUNKS];
        for (int chunk = 0; chunk < RANDOM_CHUNKS; chunk++) {
            streams[chunk] = root.split();
        }
        long[][][] chunks = IntStream.range(0, RANDOM_CHUNKS).parallel().mapToObj(chunk -> {
            SplittableRandom random = streams[chunk];
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

    private static long[][] emptyCounts() {
        long[][] counts = new long[Agreement.COMPARISONS][];
        for (Comparison comparison : Comparison.values()) {
            counts[comparison.ordinal()] = new long[comparison.levels().size()];
        }
        return counts;
    }

    /** Pairs counted by their pattern of levels (each level plus one, in four bits a comparison). */
    record Patterns(int[][] levels, double[] counts) {

        private static final int BITS_PER_LEVEL = 4;

        double total() {
            return Arrays.stream(counts).sum();
        }

        /** The pairs in which both records have a value for this comparison. */
        double withBoth(int comparison) {
            double pairs = 0;
            for (int p = 0; p < levels.length; p++) {
                pairs += levels[p][comparison] >= 0 ? counts[p] : 0;
            }
            return pairs;
        }

        /** The pairs of records at the same place (places with more records than a household has left out). */
        static Patterns atOneAddress(Prepared[] records) {
            return ofGroups(records, r -> r.place);
        }

        /** The pairs of records born the same day, their dates of birth left out (as if missing). */
        static Patterns bornTheSameDay(Prepared[] records) {
            return ofGroups(records, r -> Preparation.dayKnown(r.birthDate) ? r.birthDate : null, Agreement.BIRTH);
        }

        private static Patterns ofGroups(Prepared[] records, java.util.function.Function<Prepared, String> key,
                                         int... leftOut) {
            Map<String, List<Integer>> groups = new HashMap<>();
            for (int r = 0; r < records.length; r++) {
                String value = key.apply(records[r]);
                if (value != null) {
                    groups.computeIfAbsent(value, v -> new ArrayList<>()).add(r);
                }
            }
            List<int[]> blocks = groups.values().stream().filter(g -> g.size() > 1 && g.size() <= LARGEST_GROUP)
                    .map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
            Map<Integer, long[]> counted = blocks.parallelStream().collect(HashMap::new, (counts, block) -> {
                int[] levels = new int[Agreement.COMPARISONS];
                for (int x = 0; x < block.length; x++) {
                    for (int y = x + 1; y < block.length; y++) {
                        Agreement.compare(records[block[x]], records[block[y]], levels);
                        for (int c : leftOut) {
                            levels[c] = Agreement.MISSING;
                        }
                        counts.computeIfAbsent(pattern(levels), p -> new long[1])[0]++;
                    }
                }
            }, Patterns::merge);
            return of(counted);
        }

        private static void merge(Map<Integer, long[]> counts, Map<Integer, long[]> more) {
            more.forEach((pattern, count) -> counts.computeIfAbsent(pattern, p -> new long[1])[0] += count[0]);
        }

        private static Patterns of(Map<Integer, long[]> counted) {
            int[] keys = counted.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[][] levels = new int[keys.length][];
            double[] counts = new double[keys.length];
            for (int p = 0; p < keys.length; p++) {
                int key = keys[p];
                levels[p] = IntStream.range(0, Agreement.COMPARISONS)
                        .map(c -> ((key >>> (BITS_PER_LEVEL * c)) & ((1 << BITS_PER_LEVEL) - 1)) - 1).toArray();
                counts[p] = counted.get(key)[0];
            }
            return new Patterns(levels, counts);
        }

        static int pattern(int[] levels) {
            int pattern = 0;
            for (int c = 0; c < levels.length; c++) {
                pattern |= (levels[c] + 1) << (BITS_PER_LEVEL * c);
            }
            return pattern;
        }
    }
}
