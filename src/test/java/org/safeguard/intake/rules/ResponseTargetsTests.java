package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safeguard.intake.Grade;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether officers arrived within the grade's target, counted from when the call was received (configurable per grade). */
class ResponseTargetsTests {

    private static final Instant RECEIVED = Instant.parse("2025-06-14T20:00:00Z");

    private static final ResponseTargets TARGETS = new ResponseTargets(Map.of(
            Grade.IMMEDIATE, Duration.ofMinutes(15), Grade.PRIORITY, Duration.ofHours(1),
            Grade.SCHEDULED, Duration.ofHours(48)));

    @Test
    void anImmediateIncidentAttendedWithinFifteenMinutesMeetsItsTarget() {
        assertThat(TARGETS.met(Grade.IMMEDIATE, RECEIVED, RECEIVED.plus(Duration.ofMinutes(11)))).isTrue();
    }

    @Test
    void arrivingExactlyAtTheTargetTimeMeetsIt() {
        assertThat(TARGETS.met(Grade.IMMEDIATE, RECEIVED, RECEIVED.plus(Duration.ofMinutes(15)))).isTrue();
    }

    @Test
    void arrivingOneSecondAfterTheTargetTimeMissesIt() {
        assertThat(TARGETS.met(Grade.IMMEDIATE, RECEIVED, RECEIVED.plus(Duration.ofMinutes(15)).plusSeconds(1))).isFalse();
    }

    @Test
    void eachGradeIsMeasuredAgainstItsOwnTarget() {
        Instant fortyMinutesLater = RECEIVED.plus(Duration.ofMinutes(40));

        assertThat(TARGETS.met(Grade.IMMEDIATE, RECEIVED, fortyMinutesLater)).isFalse();
        assertThat(TARGETS.met(Grade.PRIORITY, RECEIVED, fortyMinutesLater)).isTrue();
        assertThat(TARGETS.met(Grade.SCHEDULED, RECEIVED, RECEIVED.plus(Duration.ofHours(47)))).isTrue();
    }

    @Test
    void beforeOfficersArriveTheTargetIsNeitherMetNorMissed() {
        assertThat(TARGETS.met(Grade.IMMEDIATE, RECEIVED, null)).isNull();
    }

    @Test
    void anIncidentResolvedWithoutDeploymentHasNoTarget() {
        assertThat(TARGETS.met(Grade.RESOLVED_WITHOUT_DEPLOYMENT, RECEIVED, RECEIVED.plus(Duration.ofDays(3)))).isNull();
        assertThat(TARGETS.due(Grade.RESOLVED_WITHOUT_DEPLOYMENT, RECEIVED)).isNull();
    }

    @Test
    void theResponseIsDueTheTargetTimeAfterTheCallWasReceived() {
        assertThat(TARGETS.due(Grade.IMMEDIATE, RECEIVED)).isEqualTo(Instant.parse("2025-06-14T20:15:00Z"));
        assertThat(TARGETS.due(Grade.PRIORITY, RECEIVED)).isEqualTo(Instant.parse("2025-06-14T21:00:00Z"));
        assertThat(TARGETS.due(Grade.SCHEDULED, RECEIVED)).isEqualTo(Instant.parse("2025-06-16T20:00:00Z"));
    }

    @Test
    void aForceMaySetItsOwnTargetForAGrade() {
        ResponseTargets twentyMinutes = new ResponseTargets(Map.of(Grade.IMMEDIATE, Duration.ofMinutes(20)));

        assertThat(twentyMinutes.met(Grade.IMMEDIATE, RECEIVED, RECEIVED.plus(Duration.ofMinutes(18)))).isTrue();
        assertThat(twentyMinutes.due(Grade.PRIORITY, RECEIVED)).isNull();
    }

    @Test
    void theTargetIsElapsedTimeSoAcrossTheAutumnClockChangeAPriorityCallAt0130BstIsDueAt0130Gmt() {
        // Clocks went back from 02:00 BST to 01:00 GMT on 27 October 2024; an hour passes although the clock reads the same.
        Instant halfPastOneBst = Instant.parse("2024-10-27T00:30:00Z");

        assertThat(TARGETS.due(Grade.PRIORITY, halfPastOneBst)).isEqualTo(Instant.parse("2024-10-27T01:30:00Z"));
    }
}
