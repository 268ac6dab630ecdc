package org.safeguard.identity.linkage;

import java.util.Arrays;

/**
 * The Fellegi–Sunter mixture, fitted by expectation–maximisation to pairs counted by pattern: a pair is a
 * match with probability {@code share}, and then lands in each comparison's levels independently with
 * probabilities m; otherwise with probabilities u, or, when the two records are at the same address, for
 * the family name and phone with the probabilities of two people of one household ({@code uAtOneAddress}). Each fit frees some of these
 * and holds the rest.
 */
final class MatchMixture {

    private static final int MAX_ITERATIONS = 1000;
    private static final double CONVERGED = 1e-9;
    /** Pseudo-count added to each level, so that no level is impossible. */
    private static final double PSEUDO_COUNT = 0.5;
    private static final double FIRST_SHARE = 0.1;
    private static final double FIRST_AGREEMENT = 0.9;
    /**
     * How strongly a household's u is drawn towards u: as many pairs of strangers as this. Twenty is a
     * handful of households' worth, so a population with few households keeps nearly u and a real one is
     * soon led by its own pairs.
     */
    static final double HOUSEHOLD_PRIOR_PAIRS = 20;

    private MatchMixture() {
    }

    /** The parameters being fitted. */
    record Parameters(double[][] m, double[][] u, double[][] uAtOneAddress) {

        /** "A match mostly agrees"; a household compares as strangers do until fitted. */
        static Parameters startingFrom(double[][] u) {
            double[][] m = new double[Agreement.COMPARISONS][];
            double[][] household = new double[Agreement.COMPARISONS][];
            for (int c = 0; c < Agreement.COMPARISONS; c++) {
                m[c] = new double[u[c].length];
                Arrays.fill(m[c], (1 - FIRST_AGREEMENT) / (u[c].length - 1));
                m[c][0] = FIRST_AGREEMENT;
                household[c] = u[c].clone();
            }
            return new Parameters(m, u, household);
        }

        /** The u a comparison's level has for a pair with these levels. */
        double u(int[] levels, int comparison, int level) {
            return levels[Agreement.ADDRESS] == 0 && Agreement.sharedByAHousehold(comparison)
                    ? uAtOneAddress[comparison][level] : u[comparison][level];
        }

        /** The probability that a pair with these levels is a match. */
        double responsibility(int[] levels, double share) {
            return responsibility(levels, share, false);
        }

        /**
         * The probability that a pair with these levels is a match; when {@code addressOnlyTellsHousehold},
         * the address only says which u the other comparisons have, adding no weight of its own.
         */
        double responsibility(int[] levels, double share, boolean addressOnlyTellsHousehold) {
            double match = share;
            double other = 1 - share;
            for (int c = 0; c < levels.length; c++) {
                int level = levels[c];
                if (level >= 0 && !(addressOnlyTellsHousehold && c == Agreement.ADDRESS)) {
                    match *= m[c][level];
                    other *= u(levels, c, level);
                }
            }
            return match / (match + other);
        }
    }

    /** What a fit found: the share of matches, the expected number of them, and which levels the pairs showed. */
    record Fit(double share, double expectedMatches, boolean[][] seen) {

        boolean saw(int comparison, int level) {
            return seen[comparison] != null && seen[comparison][level];
        }
    }

    /**
     * Fits the m of the comparisons the pairs show, and the share, holding u: for pairs where two different
     * people compare like two records drawn at random (or, at one address, like a household). Starts from
     * "a match mostly agrees".
     */
    static Fit fitM(Training.Patterns patterns, Parameters parameters) {
        boolean[][] seen = seen(patterns);
        boolean[] freeM = new boolean[Agreement.COMPARISONS];
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            freeM[c] = seen[c] != null;
        }
        return fit(patterns, parameters, seen, freeM, false, false, Double.NaN);
    }

    /**
     * Fits, on pairs at the same address, how two people of one household compare on what a household shares
     * ({@code uAtOneAddress}: family name and phone), and the m of the comparisons in {@code alsoFreeM}, with
     * the other m and the share of matches among those pairs held (left free, a household sharing name and
     * phone passes for a match). The address, the same for all, adds no weight. Starts from the levels'
     * shares among those pairs.
     */
    static Fit fitHousehold(Training.Patterns patterns, Parameters parameters, double share, int... alsoFreeM) {
        boolean[][] seen = seen(patterns);
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            if (!Agreement.sharedByAHousehold(c)) {
                seen[c] = null;
            }
        }
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            if (seen[c] != null) {
                startAsShares(patterns, c, parameters.uAtOneAddress()[c]);
            }
        }
        boolean[] freeM = new boolean[Agreement.COMPARISONS];
        boolean[][] all = seen(patterns);
        for (int c : alsoFreeM) {
            freeM[c] = all[c] != null;
            seen[c] = all[c];
        }
        Fit fit = fit(patterns, parameters, seen, freeM, true, true, share);
        return new Fit(fit.share(), fit.expectedMatches(), all);
    }

    /**
     * EM: the share always free; the m of the comparisons in {@code freeM}; when {@code freeHousehold}, the
     * household's u of the comparisons seen, shrunk towards u as if {@link #HOUSEHOLD_PRIOR_PAIRS} pairs
     * of strangers had been seen too (so a population with few households keeps nearly u).
     */
    private static Fit fit(Training.Patterns patterns, Parameters parameters, boolean[][] seen, boolean[] freeM,
                           boolean freeHousehold, boolean addressOnlyTellsHousehold, double heldShare) {
        int[][] levels = patterns.levels();
        double[] counts = patterns.counts();
        double total = Arrays.stream(counts).sum();
        boolean shareHeld = !Double.isNaN(heldShare);
        double share = shareHeld ? heldShare : FIRST_SHARE;
        double matches = 0;
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            if (freeM[c]) {
                Arrays.fill(parameters.m()[c], (1 - FIRST_AGREEMENT) / (parameters.m()[c].length - 1));
                parameters.m()[c][0] = FIRST_AGREEMENT;
            }
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS && total > 0; iteration++) {
            double[][] matchCounts = new double[Agreement.COMPARISONS][];
            double[][] householdCounts = new double[Agreement.COMPARISONS][];
            for (int c = 0; c < Agreement.COMPARISONS; c++) {
                matchCounts[c] = new double[parameters.m()[c].length];
                householdCounts[c] = new double[parameters.m()[c].length];
            }
            matches = 0;
            for (int p = 0; p < levels.length; p++) {
                double responsibility = parameters.responsibility(levels[p], share, addressOnlyTellsHousehold);
                matches += responsibility * counts[p];
                for (int c = 0; c < Agreement.COMPARISONS; c++) {
                    int level = levels[p][c];
                    if (level >= 0) {
                        matchCounts[c][level] += responsibility * counts[p];
                        householdCounts[c][level] += (1 - responsibility) * counts[p];
                    }
                }
            }
            double change = shareHeld ? 0 : Math.abs(matches / total - share);
            share = shareHeld ? share : matches / total;
            for (int c = 0; c < Agreement.COMPARISONS; c++) {
                if (freeM[c]) {
                    change = Math.max(change, normalise(matchCounts[c], parameters.m()[c]));
                }
                if (freeHousehold && seen[c] != null && Agreement.sharedByAHousehold(c)) {
                    for (int level = 0; level < householdCounts[c].length; level++) {
                        householdCounts[c][level] += HOUSEHOLD_PRIOR_PAIRS * parameters.u()[c][level];
                    }
                    change = Math.max(change, normalise(householdCounts[c], parameters.uAtOneAddress()[c]));
                }
            }
            if (change < CONVERGED) {
                break;
            }
        }
        return new Fit(share, matches, seen);
    }

    private static void startAsShares(Training.Patterns patterns, int comparison, double[] into) {
        double[] counts = new double[into.length];
        for (int p = 0; p < patterns.levels().length; p++) {
            int level = patterns.levels()[p][comparison];
            if (level >= 0) {
                counts[level] += patterns.counts()[p];
            }
        }
        normalise(counts, into);
    }

    private static boolean[][] seen(Training.Patterns patterns) {
        boolean[][] seen = new boolean[Agreement.COMPARISONS][];
        for (int[] levels : patterns.levels()) {
            for (int c = 0; c < Agreement.COMPARISONS; c++) {
                if (levels[c] >= 0) {
                    if (seen[c] == null) {
                        seen[c] = new boolean[Comparison.values()[c].levels().size()];
                    }
                    seen[c][levels[c]] = true;
                }
            }
        }
        return seen;
    }

    /** Writes counts (with the pseudo-count) as probabilities into {@code into}; returns the largest change. */
    private static double normalise(double[] counts, double[] into) {
        double sum = Arrays.stream(counts).sum() + PSEUDO_COUNT * counts.length;
        double change = 0;
        for (int level = 0; level < counts.length; level++) {
            double probability = (counts[level] + PSEUDO_COUNT) / sum;
            change = Math.max(change, Math.abs(probability - into[level]));
            into[level] = probability;
        }
        return change;
    }
}
