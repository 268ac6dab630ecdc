package org.safeguard.intake;

import java.time.Instant;

/** How many incidents received in a period have intelligence checks recorded (target: all of them). */
public record CheckCoverage(Instant from, Instant to, long incidents, long withChecks) {

    /** The share with checks, as a whole percentage rounded down; 100 when there were no incidents. */
    public int percent() {
        return incidents == 0 ? 100 : (int) (withChecks * 100 / incidents);
    }
}
