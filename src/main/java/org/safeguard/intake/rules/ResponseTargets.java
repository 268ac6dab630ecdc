package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.safeguard.intake.Grade;

/** Whether officers arrived within the grade's target time, counted from when the call was received. */
public final class ResponseTargets {

    private final Map<Grade, Duration> targets;

    public ResponseTargets(Map<Grade, Duration> targets) {
        this.targets = Map.copyOf(targets);
    }

    /** True or false once officers have arrived; null before, or for a grade without a target. */
    public Boolean met(Grade grade, Instant receivedAt, Instant arrivedAt) {
        Duration target = targets.get(grade);
        if (target == null || arrivedAt == null) {
            return null;
        }
        return Duration.between(receivedAt, arrivedAt).compareTo(target) <= 0;
    }

    /** When the target runs out, or null for a grade without one. */
    public Instant due(Grade grade, Instant receivedAt) {
        Duration target = targets.get(grade);
        return target == null ? null : receivedAt.plus(target);
    }
}
