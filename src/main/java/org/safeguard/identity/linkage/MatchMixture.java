package org.safeguard.identity.linkage;

import java.util.Arrays;

/**
 * The Fellegi–Sunter mixture, fitted by expectation–maximisation to pairs counted by pattern: a pair is a
 * match with probability {@code share}, and then lands in each comparison's levels independently with
 * probabilities m; otherwise with probabilities u, or, when the two records are at the same address, with
 * the probabilities of two people of one household ({@code uAtOneAddress}). Each fit frees some of these
 * and holds the rest.
 */
final class MatchMixture {

    private static final int MAX_ITERATIONS = 1000;
    private static final double CONVERGED = 1e-9;
    /** Pseudo-count added to each level, so that no level is impossible. */
    private static final double PSEUDO_COUNT = 0.5;
    private static final double FIRST_SHARE = 0.1;
    private static final double FIRST_AGREEMENT = 0.9;

    private MatchMixture() {
    }

    /**
     * The parameters being fitted. When {@code uAtOneAddress} is {@code u} itself, pairs at one address are
     * not told apart.
     */
    record Parameters(double[][] m, double[][] u, double[][] uAtOneAddress) {

        /** "A match mostly agrees", u as given for every pair. */
        static Parameters startingFrom(double[][] u) {
            double[][] m = new double[Agreement.COMPARISONS][];
            for (int c = 0; c < Agreement.COMPARISONS; c++) {
                m[c] = new double[u[c].length];
                Arrays.fill(m[c], (1 - FIRST_AGREEMENT) / (u[c].length - 1));
                m[c][0] = FIRST_AGREEMENT;
            }
            return new Parameters(m, u, u);
        }

        /** These m with the given u, and a household's u to be fitted (starting as u). */
        Parameters withU(double[][] u) {
            double[][] household = new double[u.length][];
            for (int c = 0; c < u.length; c++) {
                household[c] = u[c].clone();
            }
            return new Parameters(m, u, household);
        }

        /** The u a comparison's level has for a pair with these levels. */
        double u(int[] levels, int comparison, int level) {
            return levels[Agreement.ADDRESS] == 0 && comparison != Agreement.ADDRESS
                    ? uAtOneAddress[comparison][level] : u[comparison][level];
        }

        /** The probability that a pair with these levels is a match. */
        double responsibility(int[] levels, double share) {
            double match = share;
            double other = 1 - share;
            for (int c = 0; c < levels.length; c++) {
                int level = levels[c];
                if (level >= 0) {
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
     * Fits m, u and the share to the pairs, both classes free: the non-match class is the pairs' own (for
     * candidate pairs, not that of random pairs), so {@code parameters} should hold a u of its own. Starts
     * from "a match mostly agrees" against the levels' shares among all the pairs.
     */
    static Fit fitBoth(Training.Patterns patterns, Parameters parameters) {
        boolean[][] seen = seen(patterns);
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            if (seen[c] != null) {
                startAsShares(patterns, c, parameters.u()[c]);
            }
        }
        return fit(patterns, parameters, seen, true, true, FIRST_SHARE / 2);
    }

    /**
     * Fits how two people of one household compare ({@code uAtOneAddress}), and the share, holding m, on
     * pairs at the same address. Starts from the levels' shares among those pairs.
     */
    static Fit fitHousehold(Training.Patterns patterns, Parameters parameters) {
        boolean[][] seen = seen(patterns);
        seen[Agreement.ADDRESS] = null;
        for (int c = 0; c < Agreement.COMPARISONS; c++) {
            if (seen[c] != null) {
                startAsShares(patterns, c, parameters.uAtOneAddress()[c]);
            }
        }
        return fit(patterns, parameters, seen, false, true, FIRST_SHARE);
    }

    /** The share of matches among the pairs, holding everything else. */
    static double matchShare(Training.Patterns patterns, Parameters parameters) {
        return fit(patterns, parameters, new boolean[Agreement.COMPARISONS][], false, false, FIRST_SHARE).share();
    }

    /**
     * EM: the share always free; m free when {@code freeM}; when {@code freeOther}, the u the pairs use
     * (that of a household for pairs at one address, else u) free, for the comparisons seen.
     */
    private static Fit fit(Training.Patterns patterns, Parameters parameters, boolean[][] seen, boolean freeM,
                           boolean freeOther, double firstShare) {
        int[][] levels = patterns.levels();
        double[] counts = patterns.counts();
        double total = Arrays.stream(counts).sum();
        double share = firstShare;
        double matches = 0;
        for (int iteration = 0; iteration < MAX_ITERATIONS && total > 0; iteration++) {
            double[][] matchCounts = new double[Agreement.COMPARISONS][];
            double[][] otherCounts = new double[Agreement.COMPARISONS][];
            double[][] householdCounts = new double[Agreement.COMPARISONS][];
            for (int c = 0; c < Agreement.COMPARISONS; c++) {
                int size = parameters.m()[c].length;
                matchCounts[c] = new double[size];
                otherCounts[c] = new double[size];
                householdCounts[c] = new double[size];
            }
            matches = 0;
            for (int p = 0; p < levels.length; p++) {
                double responsibility = parameters.responsibility(levels[p], share);
                matches += responsibility * counts[p];
                boolean oneAddress = levels[p][Agreement.ADDRESS] == 0;
                for (int c = 0; c < Agreement.COMPARISONS; c++) {
                    int level = levels[p][c];
                    if (level >= 0) {
                        matchCounts[c][level] += responsibility * counts[p];
                        (oneAddress && c != Agreement.ADDRESS ? householdCounts : otherCounts)[c][level]
                                += (1 - responsibility) * counts[p];
                    }
                }
            }
            double change = Math.abs(matches / total - share);
            share = matches / total;
            for (int c = 0; c < Agreement.COMPARISONS; c++) {
                if (seen[c] == null) {
                    continue;
                }
                if (freeM) {
                    change = Math.max(change, normalise(matchCounts[c], parameters.m()[c]));
                }
                if (freeOther) {
                    if (parameters.uAtOneAddress() == parameters.u()) {
                        for (int level = 0; level < otherCounts[c].length; level++) {
                            otherCounts[c][level] += householdCounts[c][level];
                        }
                        change = Math.max(change, normalise(otherCounts[c], parameters.u()[c]));
                    } else {
                        change = Math.max(change, normalise(householdCounts[c], parameters.uAtOneAddress()[c]));
                    }
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
