package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguard.intake.NewAttendance;
import org.safeguard.platform.InvalidRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** What officers must record when they attend; positive action (seed 003) means no arrest needs a reason. */
class AttendanceRulesTests {

    private static final Instant RECEIVED = Instant.parse("2025-06-14T20:00:00Z");
    private static final Instant NOW = Instant.parse("2025-06-14T20:45:00Z");
    private static final Instant ARRIVED = Instant.parse("2025-06-14T20:12:00Z");

    private static NewAttendance arrivedAt(Instant arrivedAt) {
        return new NewAttendance(arrivedAt, 2, true, false, false, false, true, true, null);
    }

    private static NewAttendance offenceDisclosed(boolean arrest, String noArrestReason) {
        return new NewAttendance(ARRIVED, 2, true, true, arrest, false, true, true, noArrestReason);
    }

    private static InvalidRequest refused(NewAttendance attendance) {
        InvalidRequest refused = catchThrowableOfType(InvalidRequest.class,
                () -> AttendanceRules.check(attendance, RECEIVED, NOW));
        assertThat(refused).as("the attendance should have been refused").isNotNull();
        return refused;
    }

    @Test
    void anArrivalAfterTheCallAndBeforeNowIsAccepted() {
        assertThatNoException().isThrownBy(() -> AttendanceRules.check(arrivedAt(ARRIVED), RECEIVED, NOW));
    }

    @Test
    void anArrivalBeforeTheCallWasReceivedIsRefused() {
        assertThat(refused(arrivedAt(RECEIVED.minusSeconds(1))).byField())
                .containsExactly(entry("arrivedAt", "The arrival time must be after the call was received"));
    }

    @Test
    void anArrivalAtTheMomentTheCallWasReceivedIsAccepted() {
        assertThatNoException().isThrownBy(() -> AttendanceRules.check(arrivedAt(RECEIVED), RECEIVED, NOW));
    }

    @Test
    void anArrivalMoreThanTwoMinutesInTheFutureIsRefused() {
        assertThat(refused(arrivedAt(NOW.plus(Duration.ofMinutes(2)).plusSeconds(1))).byField())
                .containsExactly(entry("arrivedAt", "The arrival time must be now or in the past"));
    }

    @Test
    void anArrivalUpToTwoMinutesAheadIsAcceptedBecauseClocksDiffer() {
        assertThatNoException().isThrownBy(
                () -> AttendanceRules.check(arrivedAt(NOW.plus(Duration.ofMinutes(2))), RECEIVED, NOW));
    }

    @Test
    void theArrivalTimeMustBeGiven() {
        assertThat(refused(arrivedAt(null)).byField())
                .containsExactly(entry("arrivedAt", "Enter when officers arrived"));
    }

    @Test
    void atLeastOneAndNoMoreThanTwentyOfficersAttend() {
        for (Integer officers : new Integer[] {null, 0, 21}) {
            NewAttendance attendance = new NewAttendance(ARRIVED, officers, true, false, false, false, false, true, null);
            assertThat(refused(attendance).byField()).as("%s officers", officers).containsOnlyKeys("officersAttending");
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void anOffenceDisclosedWithoutAnArrestNeedsTheReason(String reason) {
        assertThat(refused(offenceDisclosed(false, reason)).byField()).containsExactly(
                entry("noArrestReason", "An offence was disclosed and there was no arrest: give the reason"));
    }

    @Test
    void anOffenceDisclosedWithoutAnArrestIsAcceptedWithTheReason() {
        assertThatNoException().isThrownBy(() -> AttendanceRules.check(
                offenceDisclosed(false, "Suspect left before officers arrived; circulated as wanted"), RECEIVED, NOW));
    }

    @Test
    void anOffenceDisclosedAndAnArrestNeedsNoReason() {
        assertThatNoException().isThrownBy(() -> AttendanceRules.check(offenceDisclosed(true, null), RECEIVED, NOW));
    }

    @Test
    void noArrestWhenNoOffenceWasDisclosedNeedsNoReason() {
        assertThatNoException().isThrownBy(() -> AttendanceRules.check(arrivedAt(ARRIVED), RECEIVED, NOW));
    }

    @Test
    void theNoArrestReasonIsAtMost1000Characters() {
        assertThat(refused(offenceDisclosed(false, "x".repeat(1001))).byField())
                .containsExactly(entry("noArrestReason", "Reason must be 1,000 characters or fewer"));
        assertThatNoException().isThrownBy(
                () -> AttendanceRules.check(offenceDisclosed(false, "x".repeat(1000)), RECEIVED, NOW));
    }
}
