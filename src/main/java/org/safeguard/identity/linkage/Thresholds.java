package org.safeguard.identity.linkage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where decisions change, as match probabilities: at or above {@code autoLinkFrom} a pair is linked
 * automatically; from {@code reviewFrom} up to it, a specialist reviews it; below, nothing is done.
 * <p>
 * One safeguard on top of the probability: a pair whose family names disagree (a married name, or two
 * different women sharing a given name and a date of birth, which in a million people happens often) is
 * linked automatically only when something they share in life backs it — an address, a phone or an
 * identifier. Otherwise a specialist decides, however high the score.
 */
public record Thresholds(double autoLinkFrom, double reviewFrom) {

    private static final Set<Comparison> SHARED_IN_LIFE = EnumSet.of(Comparison.ADDRESS, Comparison.PHONE,
            Comparison.IDENTIFIER);

    public Thresholds {
        if (!(reviewFrom > 0 && reviewFrom <= autoLinkFrom && autoLinkFrom < 1)) {
            throw new IllegalArgumentException("need 0 < reviewFrom <= autoLinkFrom < 1, got " + reviewFrom + " and " + autoLinkFrom);
        }
    }

    /** The decision on the probability alone. */
    public Decision decide(double probability) {
        return probability >= autoLinkFrom ? Decision.LINK : probability >= reviewFrom ? Decision.REVIEW : Decision.NONE;
    }

    /** The decision on a scored pair: its probability, with the family-name safeguard. */
    public Decision decide(MatchScore score) {
        Decision byProbability = decide(score.probability());
        if (byProbability != Decision.LINK) {
            return byProbability;
        }
        boolean familyNamesAgree = score.evidence().stream()
                .anyMatch(e -> e.comparison() == Comparison.FAMILY_NAME && e.weight() > 0);
        boolean sharedInLife = score.evidence().stream()
                .anyMatch(e -> SHARED_IN_LIFE.contains(e.comparison()) && e.weight() > 0);
        return familyNamesAgree || sharedInLife ? Decision.LINK : Decision.REVIEW;
    }

    public enum Decision { LINK, REVIEW, NONE }
}
