package org.safeguard.risk.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.risk.RiskLevel;
import org.safeguard.risk.rules.ReviewerAgreement.Pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.safeguard.risk.RiskLevel.HIGH;
import static org.safeguard.risk.RiskLevel.MEDIUM;
import static org.safeguard.risk.RiskLevel.STANDARD;

/**
 * HMIC recommendation 7: dip-sample standard and medium risk incidents; measure reviewer agreement (share
 * agreeing, Cohen's kappa) and upgrades.
 */
class ReviewerAgreementTests {

    private static List<Pair> pairs(Object... assessedReviewedTimes) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < assessedReviewedTimes.length; i += 3) {
            Pair pair = new Pair((RiskLevel) assessedReviewedTimes[i], (RiskLevel) assessedReviewedTimes[i + 1]);
            pairs.addAll(Collections.nCopies((Integer) assessedReviewedTimes[i + 2], pair));
        }
        return pairs;
    }

    @Test
    void tenReviewsWorkedByHand() {
        List<Pair> reviews = pairs(
                STANDARD, STANDARD, 4,
                MEDIUM, MEDIUM, 2,
                STANDARD, MEDIUM, 1,
                STANDARD, HIGH, 1,
                MEDIUM, HIGH, 1,
                MEDIUM, STANDARD, 1);

        ReviewerAgreement.Result result = ReviewerAgreement.of(reviews);

        // Observed agreement 6/10 = 0.6. Assessors: standard 6, medium 4, high 0; reviewers: standard 5, medium 3, high 2.
        // Expected by chance 0.6 × 0.5 + 0.4 × 0.3 + 0 × 0.2 = 0.42, so kappa = (0.6 − 0.42) / (1 − 0.42) = 0.18 / 0.58 = 9/29.
        assertThat(result.reviews()).isEqualTo(10);
        assertThat(result.agreed()).isEqualTo(6);
        assertThat(result.agreementRate()).isEqualTo(0.6);
        assertThat(result.upgrades()).isEqualTo(3);
        assertThat(result.downgrades()).isEqualTo(1);
        assertThat(result.kappa()).isCloseTo(9.0 / 29, within(1e-12));
    }

    @Test
    void fullAgreementOnVariedLevelsIsAKappaOfOne() {
        ReviewerAgreement.Result result = ReviewerAgreement.of(pairs(STANDARD, STANDARD, 5, MEDIUM, MEDIUM, 3, HIGH, HIGH, 1));

        assertThat(result.agreed()).isEqualTo(9);
        assertThat(result.agreementRate()).isEqualTo(1.0);
        assertThat(result.upgrades()).isZero();
        assertThat(result.downgrades()).isZero();
        assertThat(result.kappa()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void agreementNoBetterThanChanceIsAKappaOfZero() {
        // Assessors always said standard; reviewers said standard half the time: observed 0.5, expected 1 × 0.5 = 0.5.
        ReviewerAgreement.Result result = ReviewerAgreement.of(pairs(STANDARD, STANDARD, 5, STANDARD, MEDIUM, 5));

        assertThat(result.agreementRate()).isEqualTo(0.5);
        assertThat(result.kappa()).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void reviewersWhoAlwaysDisagreeGiveANegativeKappa() {
        // Observed 0; expected 0.5 × 0.5 + 0.5 × 0.5 = 0.5; kappa = (0 − 0.5) / (1 − 0.5) = −1.
        ReviewerAgreement.Result result = ReviewerAgreement.of(pairs(STANDARD, MEDIUM, 5, MEDIUM, STANDARD, 5));

        assertThat(result.agreed()).isZero();
        assertThat(result.upgrades()).isEqualTo(5);
        assertThat(result.downgrades()).isEqualTo(5);
        assertThat(result.kappa()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void aReviewerGivingAHigherLevelIsAnUpgradeAndALowerOneADowngrade() {
        ReviewerAgreement.Result result = ReviewerAgreement.of(pairs(
                STANDARD, MEDIUM, 1,
                STANDARD, HIGH, 2,
                MEDIUM, HIGH, 3,
                MEDIUM, STANDARD, 4,
                HIGH, MEDIUM, 1));

        assertThat(result.upgrades()).isEqualTo(6);
        assertThat(result.downgrades()).isEqualTo(5);
        assertThat(result.agreed()).isZero();
    }

    @Test
    void noReviewsGiveNoKappaAndAnAgreementRateOfZero() {
        ReviewerAgreement.Result result = ReviewerAgreement.of(List.of());

        assertThat(result.reviews()).isZero();
        assertThat(result.agreementRate()).isZero();
        assertThat(result.upgrades()).isZero();
        assertThat(result.downgrades()).isZero();
        assertThat(result.kappa()).isNull();
    }

    @Test
    void kappaIsUndefinedWhenBothSidesOnlyEverChoseTheSameSingleLevel() {
        ReviewerAgreement.Result result = ReviewerAgreement.of(pairs(MEDIUM, MEDIUM, 8));

        assertThat(result.agreementRate()).isEqualTo(1.0);
        assertThat(result.kappa()).isNull();
    }
}
