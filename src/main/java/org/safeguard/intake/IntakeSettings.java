package org.safeguard.intake;

import java.time.Duration;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's local choices for intake, with the defaults from DOMAIN.md; a bad value stops start-up
 * with the key named.
 *
 * @param repeatWindow            a victim is a repeat victim with {@code repeatMinimumEarlier} or more earlier DA
 *                                incidents in this window (force definition, seed 003: 12 months)
 * @param repeatMinimumEarlier    see above; default 1
 * @param specialistReviewWindow  N incidents in this window flag the victim for specialist review (default 28 days)
 * @param specialistReviewCount   N, counting the current incident (default 3; HMIC judged "3 in a month" too high)
 * @param responseTargets         time from the call to arrival, per grade
 */
@ConfigurationProperties("safeguard.intake")
public record IntakeSettings(@DefaultValue("P12M") Period repeatWindow, @DefaultValue("1") int repeatMinimumEarlier,
                             @DefaultValue("28d") Duration specialistReviewWindow,
                             @DefaultValue("3") int specialistReviewCount,
                             Map<Grade, Duration> responseTargets) {

    public IntakeSettings {
        if (repeatWindow.isNegative() || repeatWindow.isZero()) {
            throw new IllegalStateException("safeguard.intake.repeat-window must be positive, not " + repeatWindow);
        }
        if (repeatMinimumEarlier < 1) {
            throw new IllegalStateException("safeguard.intake.repeat-minimum-earlier must be 1 or more");
        }
        if (specialistReviewCount < 2 || specialistReviewWindow.isNegative() || specialistReviewWindow.isZero()) {
            throw new IllegalStateException("safeguard.intake.specialist-review-count must be 2 or more and "
                    + "safeguard.intake.specialist-review-window positive");
        }
        Map<Grade, Duration> targets = new EnumMap<>(Grade.class);
        targets.put(Grade.IMMEDIATE, Duration.ofMinutes(15));
        targets.put(Grade.PRIORITY, Duration.ofHours(1));
        targets.put(Grade.SCHEDULED, Duration.ofHours(48));
        if (responseTargets != null) {
            responseTargets.forEach((grade, target) -> {
                if (target.isNegative() || target.isZero()) {
                    throw new IllegalStateException("safeguard.intake.response-targets." + grade + " must be positive");
                }
                targets.put(grade, target);
            });
        }
        responseTargets = Map.copyOf(targets);
    }
}
