package org.safeguard.offender;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partnership's choices for perpetrator programmes, with Herts Change's defaults (seed 002); a bad value
 * stops start-up with the key named.
 *
 * @param monthlyReview         how often the case-management meeting reviews a referral (default a month, P1M)
 * @param riskAlertReviewWithin how soon a risk alert is reviewed (default 24 hours, PT24H)
 */
@ConfigurationProperties("safeguard.offender.programmes")
public record ProgrammeSettings(@DefaultValue("P1M") Period monthlyReview,
                                @DefaultValue("PT24H") Duration riskAlertReviewWithin) {

    public ProgrammeSettings {
        if (monthlyReview.isNegative() || monthlyReview.isZero()) {
            throw new IllegalStateException("safeguard.offender.programmes.monthly-review must be a positive period, "
                    + "like P1M, not " + monthlyReview);
        }
        if (riskAlertReviewWithin.isNegative() || riskAlertReviewWithin.isZero()) {
            throw new IllegalStateException("safeguard.offender.programmes.risk-alert-review-within must be a positive "
                    + "duration, like PT24H, not " + riskAlertReviewWithin);
        }
    }
}
