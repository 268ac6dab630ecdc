package org.safeguard.identity.linkage;

/**
 * Where decisions change, as match probabilities: at or above {@code autoLinkFrom} a pair is linked
 * automatically; from {@code reviewFrom} up to it, a specialist reviews it; below, nothing is done.
 */
public record Thresholds(double autoLinkFrom, double reviewFrom) {

    public Thresholds {
        if (!(reviewFrom > 0 && reviewFrom <= autoLinkFrom && autoLinkFrom < 1)) {
            throw new IllegalArgumentException("need 0 < reviewFrom <= autoLinkFrom < 1, got " + reviewFrom + " and " + autoLinkFrom);
        }
    }

    public Decision decide(double probability) {
        return probability >= autoLinkFrom ? Decision.LINK : probability >= reviewFrom ? Decision.REVIEW : Decision.NONE;
    }

    public enum Decision { LINK, REVIEW, NONE }
}
