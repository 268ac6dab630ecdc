package org.safeguard.risk.rules;

import java.util.Collection;
import org.safeguard.risk.RiskLevel;

/**
 * How far dip-sample reviewers agree with assessors: the share of reviews giving the same level, and
 * Cohen's kappa, which discounts the agreement expected by chance from how often each side uses each
 * level: kappa = (observed − expected) / (1 − expected). 1 is full agreement, 0 no better than chance.
 * Upgrades (the reviewer's level higher) are what put victims at risk and each creates a re-assessment.
 */
public final class ReviewerAgreement {

    private ReviewerAgreement() {
    }

    /** One review: the level the assessor gave and the level the reviewer gave. */
    public record Pair(RiskLevel assessed, RiskLevel reviewed) {
    }

    /**
     * @param kappa null when it is undefined (no reviews, or both sides always chose one and the same level)
     */
    public record Result(int reviews, int agreed, int upgrades, int downgrades, Double kappa) {

        public double agreementRate() {
            return reviews == 0 ? 0 : (double) agreed / reviews;
        }
    }

    public static Result of(Collection<Pair> pairs) {
        int levels = RiskLevel.values().length;
        int[] assessed = new int[levels];
        int[] reviewed = new int[levels];
        int agreed = 0;
        int upgrades = 0;
        int downgrades = 0;
        for (Pair pair : pairs) {
            assessed[pair.assessed().ordinal()]++;
            reviewed[pair.reviewed().ordinal()]++;
            if (pair.assessed() == pair.reviewed()) {
                agreed++;
            } else if (pair.reviewed().isAbove(pair.assessed())) {
                upgrades++;
            } else {
                downgrades++;
            }
        }
        int n = pairs.size();
        Double kappa = null;
        if (n > 0) {
            double observed = (double) agreed / n;
            double expected = 0;
            for (int level = 0; level < levels; level++) {
                expected += ((double) assessed[level] / n) * ((double) reviewed[level] / n);
            }
            if (expected < 1) {
                kappa = (observed - expected) / (1 - expected);
            }
        }
        return new Result(n, agreed, upgrades, downgrades, kappa);
    }
}
