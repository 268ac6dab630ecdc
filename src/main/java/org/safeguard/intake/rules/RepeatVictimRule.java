package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;

/**
 * The force's repeat-victim rules (DOMAIN.md, seed 003), both configurable:
 * a victim with at least {@code minimumEarlier} earlier domestic abuse incidents within
 * {@code window} before this one is a <em>repeat victim</em>; one with {@code reviewCount} or more
 * incidents (this one included) within {@code reviewWindow} is flagged for <em>specialist review</em>.
 */
public final class RepeatVictimRule {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Period window;
    private final int minimumEarlier;
    private final Duration reviewWindow;
    private final int reviewCount;

    public RepeatVictimRule(Period window, int minimumEarlier, Duration reviewWindow, int reviewCount) {
        this.window = window;
        this.minimumEarlier = minimumEarlier;
        this.reviewWindow = reviewWindow;
        this.reviewCount = reviewCount;
    }

    /** The earliest time an earlier incident still counts towards the repeat rule. */
    public Instant windowStart(Instant at) {
        return at.atZone(LONDON).minus(window).toInstant();
    }

    /**
     * @param at                  when the current incident was received
     * @param earlierIncidentTimes when the victim's earlier domestic abuse incidents were received (any order; later ones ignored)
     */
    public Status apply(Instant at, Collection<Instant> earlierIncidentTimes) {
        Instant windowStart = windowStart(at);
        Instant reviewStart = at.minus(reviewWindow);
        int inWindow = 0;
        int inReviewWindow = 1;
        for (Instant earlier : earlierIncidentTimes) {
            if (earlier.isBefore(at)) {
                if (!earlier.isBefore(windowStart)) {
                    inWindow++;
                }
                if (!earlier.isBefore(reviewStart)) {
                    inReviewWindow++;
                }
            }
        }
        return new Status(inWindow, inWindow >= minimumEarlier, inReviewWindow >= reviewCount);
    }

    /**
     * @param earlierInWindow  earlier DA incidents within the repeat window
     */
    public record Status(int earlierInWindow, boolean repeatVictim, boolean specialistReview) {
    }
}
