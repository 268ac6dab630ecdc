package org.safeguard.access;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.safeguard.access.rules.SignInThrottle;
import org.safeguard.access.rules.SignInThrottle.State;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 2: lockout for 15 minutes after 5 failed sign-ins. */
class SignInThrottleTests {

    private final SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15));
    private final Instant start = Instant.parse("2026-11-24T09:00:00Z");

    private State failures(int count, Duration apart) {
        State state = null;
        for (int i = 0; i < count; i++) {
            state = throttle.afterFailure(state, start.plus(apart.multipliedBy(i)));
        }
        return state;
    }

    @Test
    void fourFailuresDoNotLock() {
        State state = failures(4, Duration.ofSeconds(10));
        assertThat(throttle.isLocked(state, start.plusSeconds(40))).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        State state = failures(5, Duration.ofSeconds(10));
        Instant fifth = start.plusSeconds(40);
        assertThat(throttle.isLocked(state, fifth)).isTrue();
        assertThat(throttle.isLocked(state, fifth.plus(Duration.ofMinutes(14)).plusSeconds(59))).isTrue();
        assertThat(throttle.isLocked(state, fifth.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        State state = failures(5, Duration.ofMinutes(4));
        assertThat(throttle.isLocked(state, start.plus(Duration.ofMinutes(16)))).isFalse();
        assertThat(state.failures()).isLessThan(5);
    }

    @Test
    void afterALockEndsTheCountStartsAgain() {
        State locked = failures(5, Duration.ofSeconds(1));
        State next = throttle.afterFailure(locked, start.plus(Duration.ofMinutes(20)));
        assertThat(next.failures()).isEqualTo(1);
        assertThat(throttle.isLocked(next, start.plus(Duration.ofMinutes(20)))).isFalse();
    }

    @Test
    void aNeverFailedUsernameIsNotLocked() {
        assertThat(throttle.isLocked(null, start)).isFalse();
    }
}
