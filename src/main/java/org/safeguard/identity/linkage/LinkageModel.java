package org.safeguard.identity.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * A trained Fellegi–Sunter model: for each comparison and level its m and u probabilities, the prior
 * probability that a candidate pair is a match, and name frequencies for the term-frequency adjustment.
 * Immutable; stored as JSON with a version.
 * <p>
 * The prior is the probability that two records drawn at random from the population trained on are one
 * person, so a pair's weight is log2(prior odds) + Σ log2(m/u), the u being those of two records drawn at
 * random. Two records at the same address are the exception: two people of one household often share a
 * family name and a phone, so there those are weighed against the u of a household ({@code uAtOneAddress}),
 * and a rare family name counts no extra. All of it is estimated from the records
 * ({@link Training}), never typed in.
 */
public final class LinkageModel {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * How records are compared into levels, stored with each model: a model trained under another method
     * has m and u for levels found differently, and is refused. 2: equal initials are initials, an address
     * is the same only with the same postcode on both sides, previous addresses compared with their postcode.
     */
    static final int METHOD = 2;
    private static final double LN2 = Math.log(2);

    private final int version;
    private final int records;
    private final long seed;
    private final double prior;
    private final double[][] m;
    private final double[][] u;
    private final double[][] uAtOneAddress;
    private final NameFrequencies givenNames;
    private final NameFrequencies familyNames;
    private final double priorWeight;
    private final double[][] bayesFactors;
    private final double[][] bayesFactorsAtOneAddress;

    LinkageModel(int version, int records, long seed, double prior, double[][] m, double[][] u,
                 double[][] uAtOneAddress, NameFrequencies givenNames, NameFrequencies familyNames) {
        requireProbability("the prior", prior);
        requireProbabilities("m", m);
        requireProbabilities("u", u);
        requireProbabilities("uAtOneAddress", uAtOneAddress);
        if (givenNames == null || familyNames == null) {
            throw new IllegalArgumentException("A linkage model needs given and family name frequencies");
        }
        this.version = version;
        this.records = records;
        this.seed = seed;
        this.prior = prior;
        this.m = m;
        this.u = u;
        this.uAtOneAddress = uAtOneAddress;
        this.givenNames = givenNames;
        this.familyNames = familyNames;
        this.priorWeight = log2(prior / (1 - prior));
        this.bayesFactors = new double[m.length][];
        this.bayesFactorsAtOneAddress = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            bayesFactors[c] = new double[m[c].length];
            bayesFactorsAtOneAddress[c] = new double[m[c].length];
            for (int level = 0; level < m[c].length; level++) {
                bayesFactors[c][level] = log2(m[c][level] / u[c][level]);
                bayesFactorsAtOneAddress[c][level] = Agreement.sharedByAHousehold(c)
                        ? log2(m[c][level] / uAtOneAddress[c][level]) : bayesFactors[c][level];
            }
        }
    }

    /**
     * Estimates a model from the records themselves, without labels ({@link Training}): u from random pairs;
     * m by expectation–maximisation over pairs born the same day; the date's m and a household's u over pairs
     * at one address; the prior from the matches born the same day. Deterministic for a seed.
     *
     * @throws IllegalStateException when the records give too few pairs for one of these steps
     */
    public static LinkageModel train(List<LinkRecord> records, long seed) {
        return Training.train(records, seed);
    }

    private static void requireProbabilities(String what, double[][] byComparison) {
        if (byComparison == null || byComparison.length != Agreement.COMPARISONS) {
            throw new IllegalArgumentException("A linkage model needs " + what + " for each of the "
                    + Agreement.COMPARISONS + " comparisons");
        }
        for (Comparison comparison : Comparison.values()) {
            double[] levels = byComparison[comparison.ordinal()];
            if (levels == null || levels.length != comparison.levels().size()) {
                throw new IllegalArgumentException("A linkage model needs " + what + " for each of the "
                        + comparison.levels().size() + " levels of " + comparison);
            }
            for (int level = 0; level < levels.length; level++) {
                requireProbability(what + " of " + comparison + " \"" + comparison.levels().get(level) + "\"", levels[level]);
            }
        }
    }

    private static void requireProbability(String what, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException("In a linkage model " + what + " must be a probability strictly between 0 and 1, not " + value);
        }
    }

    /** The same model carrying the version it was stored under. */
    public LinkageModel withVersion(int version) {
        return new LinkageModel(version, records, seed, prior, m, u, uAtOneAddress, givenNames, familyNames);
    }

    public int version() {
        return version;
    }

    /** Compares two records and scores the pair. */
    public MatchScore score(LinkRecord first, LinkRecord second) {
        Preparation preparation = new Preparation();
        Prepared a = preparation.prepare(first);
        Prepared b = preparation.prepare(second);
        int[] levels = new int[Agreement.COMPARISONS];
        boolean swapped = Agreement.compare(a, b, levels);
        return matchScore(a, b, levels, swapped, weight(a, levels));
    }

    /**
     * The pair's match weight (log2 odds) from its levels; the names' frequencies are those of {@code first}.
     * Two records at the same address are weighed against two people of one household, who often share a
     * family name and a phone: agreeing on those says less there, and a rare family name is no rarer.
     */
    double weight(Prepared first, int[] levels) {
        boolean oneAddress = levels[Agreement.ADDRESS] == 0;
        double[][] factors = oneAddress ? bayesFactorsAtOneAddress : bayesFactors;
        double weight = priorWeight;
        for (int c = 0; c < levels.length; c++) {
            if (levels[c] >= 0) {
                weight += factors[c][levels[c]];
            }
        }
        if (levels[Agreement.GIVEN] == 0) {
            weight += givenNames.adjustment(first.given.compact);
        } else if (levels[Agreement.GIVEN] == Agreement.NAMES_SWAPPED) {
            weight += swapAdjustment(first);
        }
        if (levels[Agreement.FAMILY] == 0 && !oneAddress) {
            weight += familyNames.adjustment(first.family.compact);
        }
        return weight;
    }

    /**
     * Names that are common both as given and as family names (Thomas James, James Thomas) are often found
     * swapped between strangers: the swap counts less by log2(u / (f_family(given) × f_given(family))) when
     * that is negative, u being the share of random pairs found swapped.
     */
    private double swapAdjustment(Prepared first) {
        double strangers = familyNames.frequency(first.given.compact) * givenNames.frequency(first.family.compact);
        return Math.min(0, log2(u[Agreement.GIVEN][Agreement.NAMES_SWAPPED] / strangers));
    }

    static double probability(double weight) {
        return 1 / (1 + Math.pow(2, -weight));
    }

    MatchScore matchScore(Prepared first, Prepared second, int[] levels, boolean namesSwapped, double weight) {
        boolean oneAddress = levels[Agreement.ADDRESS] == 0;
        List<Evidence> evidence = new ArrayList<>(levels.length);
        for (Comparison comparison : Comparison.values()) {
            int c = comparison.ordinal();
            int level = levels[c];
            if (level < 0) {
                evidence.add(new Evidence(comparison, -1, namesSwapped && c == Agreement.FAMILY
                        ? "compared with the given name (names swapped)" : "not recorded on both", 0));
                continue;
            }
            String finding = comparison.levels().get(level);
            double counted = (oneAddress ? bayesFactorsAtOneAddress : bayesFactors)[c][level];
            if (level == Agreement.NAMES_SWAPPED && c == Agreement.GIVEN) {
                double commonness = swapAdjustment(first);
                counted += commonness;
                finding += commonness <= -1.5 ? " (names common both ways round)" : "";
            } else if (level == 0 && c == Agreement.GIVEN) {
                double rarity = givenNames.adjustment(first.given.compact);
                counted += rarity;
                finding += rarity >= 1.5 ? " (a rare name)" : rarity <= -1.5 ? " (a common name)" : "";
            } else if (level == 0 && c == Agreement.FAMILY && !oneAddress) {
                double rarity = familyNames.adjustment(first.family.compact);
                counted += rarity;
                finding += rarity >= 1.5 ? " (a rare name)" : rarity <= -1.5 ? " (a common name)" : "";
            } else if (oneAddress && (c == Agreement.FAMILY || c == Agreement.PHONE) && level == 0) {
                finding += " (as in one household)";
            }
            evidence.add(new Evidence(comparison, level, finding, counted));
        }
        return new MatchScore(first.id, second.id, weight, probability(weight), namesSwapped, evidence, version);
    }

    /** The prior probability that two records are one person. */
    double prior() {
        return prior;
    }

    double m(Comparison comparison, int level) {
        return m[comparison.ordinal()][level];
    }

    double u(Comparison comparison, int level) {
        return u[comparison.ordinal()][level];
    }

    double uAtOneAddress(Comparison comparison, int level) {
        return uAtOneAddress[comparison.ordinal()][level];
    }

    /** What the model was trained on and its parameters, for the store and for people to read. */
    public String toJson() {
        List<ComparisonFile> comparisons = new ArrayList<>();
        for (Comparison comparison : Comparison.values()) {
            List<LevelFile> levels = new ArrayList<>();
            for (int level = 0; level < comparison.levels().size(); level++) {
                int c = comparison.ordinal();
                levels.add(new LevelFile(comparison.levels().get(level), m[c][level], u[c][level],
                        Agreement.sharedByAHousehold(c) ? uAtOneAddress[c][level] : null, bayesFactors[c][level]));
            }
            comparisons.add(new ComparisonFile(comparison, levels));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new ModelFile(METHOD, version, records, seed,
                prior, comparisons, FrequencyFile.of(givenNames), FrequencyFile.of(familyNames)));
    }

    /**
     * A model as {@link #toJson} wrote it. Refuses (IllegalArgumentException, saying what is wrong) a model
     * with a field missing, a probability outside (0, 1), a comparison twice or none, or written by another
     * {@link #METHOD} of comparing: its m and u describe levels this code no longer finds the same way.
     */
    public static LinkageModel fromJson(String json) {
        ModelFile file;
        try {
            file = JSON.readValue(json, ModelFile.class);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("The stored linkage model is not readable: " + unreadable.getMessage(), unreadable);
        }
        if (file == null) {
            throw new IllegalArgumentException("The stored linkage model is empty");
        }
        if (!Integer.valueOf(METHOD).equals(file.method())) {
            throw new IllegalArgumentException("The stored linkage model was trained for comparison method "
                    + (file.method() == null ? "1 (before methods were numbered)" : file.method()) + ", this code compares by method "
                    + METHOD + ": train the model again");
        }
        present("version", file.version());
        present("records", file.records());
        present("seed", file.seed());
        present("prior", file.prior());
        present("comparisons", file.comparisons());
        present("givenNames", file.givenNames());
        present("familyNames", file.familyNames());
        double[][] m = new double[Agreement.COMPARISONS][];
        double[][] u = new double[Agreement.COMPARISONS][];
        double[][] uAtOneAddress = new double[Agreement.COMPARISONS][];
        for (ComparisonFile comparison : file.comparisons()) {
            present("a comparison's name", comparison.comparison());
            present("the levels of " + comparison.comparison(), comparison.levels());
            int c = comparison.comparison().ordinal();
            if (m[c] != null) {
                throw new IllegalArgumentException("The stored linkage model lists " + comparison.comparison() + " twice");
            }
            List<String> expected = comparison.comparison().levels();
            List<String> stored = comparison.levels().stream().map(LevelFile::level).toList();
            if (!expected.equals(stored)) {
                throw new IllegalArgumentException("The stored model's levels of " + comparison.comparison()
                        + " are " + stored + ", not " + expected + ": train a new model");
            }
            m[c] = new double[stored.size()];
            u[c] = new double[stored.size()];
            uAtOneAddress[c] = new double[stored.size()];
            for (int level = 0; level < stored.size(); level++) {
                LevelFile levelFile = comparison.levels().get(level);
                String where = comparison.comparison() + " \"" + levelFile.level() + "\"";
                m[c][level] = present("m of " + where, levelFile.m());
                u[c][level] = present("u of " + where, levelFile.u());
                uAtOneAddress[c][level] = Agreement.sharedByAHousehold(c)
                        ? present("uAtOneAddress of " + where, levelFile.uAtOneAddress()) : u[c][level];
            }
        }
        for (Comparison comparison : Comparison.values()) {
            if (m[comparison.ordinal()] == null) {
                throw new IllegalArgumentException("The stored model has no parameters for " + comparison);
            }
        }
        return new LinkageModel(file.version(), file.records(), file.seed(), file.prior(), m, u, uAtOneAddress,
                file.givenNames().frequencies(), file.familyNames().frequencies());
    }

    private static <T> T present(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException("The stored linkage model has no " + field + ": train the model again");
        }
        return value;
    }

    static double log2(double x) {
        return Math.log(x) / LN2;
    }

    record ModelFile(Integer method, Integer version, Integer records, Long seed, Double prior,
                     List<ComparisonFile> comparisons, FrequencyFile givenNames, FrequencyFile familyNames) {
    }

    record ComparisonFile(Comparison comparison, List<LevelFile> levels) {
    }

    /**
     * One level's m, u and, for what a household shares (family name, phone), u for two people of one
     * household; the weight (log2 m/u) is written for people to read and ignored when read back.
     */
    record LevelFile(String level, Double m, Double u, Double uAtOneAddress, double weight) {
    }

    record FrequencyFile(Long total, Double sumOfSquares, Map<String, Integer> counts) {

        static FrequencyFile of(NameFrequencies frequencies) {
            return new FrequencyFile(frequencies.total(), frequencies.sumOfSquares(), new TreeMap<>(frequencies.counts()));
        }

        NameFrequencies frequencies() {
            return new NameFrequencies(present("name counts", counts), present("total of names", total),
                    present("sum of squared name frequencies", sumOfSquares));
        }
    }
}
