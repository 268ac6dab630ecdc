package org.safeguard.identity.linkage;

import java.util.List;

/**
 * A trained Fellegi–Sunter model: for each comparison and level its m and u probabilities, the prior
 * probability that a candidate pair is a match, and name frequencies for the term-frequency adjustment.
 * Immutable; stored as JSON with a version.
 */
public final class LinkageModel {

    /**
     * Estimates a model from the records themselves by expectation–maximisation over the candidate
     * pairs that blocking finds. Deterministic for a seed.
     */
    public static LinkageModel train(List<LinkRecord> records, long seed) {
        throw new UnsupportedOperationException("to be written");
    }

    /** The same model carrying the version it was stored under. */
    public LinkageModel withVersion(int version) {
        throw new UnsupportedOperationException("to be written");
    }

    public int version() {
        throw new UnsupportedOperationException("to be written");
    }

    /** Compares two records and scores the pair. */
    public MatchScore score(LinkRecord first, LinkRecord second) {
        throw new UnsupportedOperationException("to be written");
    }

    /** What the model was trained on and its parameters, for the store and for people to read. */
    public String toJson() {
        throw new UnsupportedOperationException("to be written");
    }

    public static LinkageModel fromJson(String json) {
        throw new UnsupportedOperationException("to be written");
    }
}
