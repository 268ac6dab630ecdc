package org.safeguard.access.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * Lockout after repeated failed sign-ins (issue 2: five failures lock the account for 15 minutes;
 * both configurable). Failures older than the lockout period are forgotten, and a success forgets
 * them all. The rule is applied to whatever username was typed, so a made-up username locks exactly
 * like a real one and the lockout message cannot be used to find out which accounts exist.
 */
public final class SignInThrottle {

    private final int maxFailures;
    private final Duration lockout;

    public SignInThrottle(int maxFailures, Duration lockout) {
        if (maxFailures < 1 || lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("safeguard.sign-in.max-failures must be at least 1 and "
                    + "safeguard.sign-in.lockout must be positive");
        }
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public boolean isLocked(State state, Instant now) {
        return state != null && state.lockedUntil() != null && now.isBefore(state.lockedUntil());
    }

    public State afterFailure(State state, Instant now) {
        boolean startAgain = state == null
                || state.lockedUntil() != null && !now.isBefore(state.lockedUntil())
                || !state.firstFailureAt().plus(lockout).isAfter(now);
        int failures = startAgain ? 1 : state.failures() + 1;
        Instant firstFailureAt = startAgain ? now : state.firstFailureAt();
        Instant lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
        return new State(failures, firstFailureAt, lockedUntil);
    }

    public Duration lockout() {
        return lockout;
    }

    /** Failed attempts so far for one typed username. */
    public record State(int failures, Instant firstFailureAt, Instant lockedUntil) {
    }
}
