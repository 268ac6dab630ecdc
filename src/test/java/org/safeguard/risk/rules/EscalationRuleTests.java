package org.safeguard.risk.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MARAC referral criteria (SafeLives), potential escalation: 3 or more police call-outs for domestic abuse in the
 * past 12 months, this incident included, computed from the incident history. Twelve months are calendar months
 * in UK time (Europe/London); a call-out exactly 12 months before the incident counts.
 */
class EscalationRuleTests {

    private static final EscalationRule FORCE_DEFAULT = new EscalationRule(Period.ofMonths(12), 3);

    private static final Instant INCIDENT = Instant.parse("2025-06-14T20:30:00Z");
    private static final Instant TWELVE_MONTHS_BEFORE = Instant.parse("2024-06-14T20:30:00Z");

    private static boolean metAtIncident(Instant... callOuts) {
        return FORCE_DEFAULT.met(FORCE_DEFAULT.count(INCIDENT, List.of(callOuts)));
    }

    @Test
    void threeCallOutsInsideTwelveMonthsThisIncidentIncludedAreAnEscalation() {
        List<Instant> callOuts = List.of(INCIDENT, Instant.parse("2025-03-02T23:10:00Z"), Instant.parse("2024-09-20T18:00:00Z"));

        assertThat(FORCE_DEFAULT.count(INCIDENT, callOuts)).isEqualTo(3);
        assertThat(FORCE_DEFAULT.met(3)).isTrue();
    }

    @Test
    void twoCallOutsAreNotAnEscalation() {
        assertThat(FORCE_DEFAULT.count(INCIDENT, List.of(INCIDENT, Instant.parse("2025-03-02T23:10:00Z")))).isEqualTo(2);
        assertThat(FORCE_DEFAULT.met(2)).isFalse();
    }

    @Test
    void aCallOutTwelveMonthsAndOneMinuteBeforeTheIncidentIsOutsideTheWindow() {
        Instant justOutside = TWELVE_MONTHS_BEFORE.minus(Duration.ofMinutes(1));

        assertThat(FORCE_DEFAULT.count(INCIDENT, List.of(INCIDENT, Instant.parse("2025-03-02T23:10:00Z"), justOutside)))
                .isEqualTo(2);
        assertThat(metAtIncident(INCIDENT, Instant.parse("2025-03-02T23:10:00Z"), justOutside)).isFalse();
    }

    @Test
    void aCallOutExactlyTwelveMonthsBeforeTheIncidentIsInsideTheWindow() {
        assertThat(FORCE_DEFAULT.windowStart(INCIDENT)).isEqualTo(TWELVE_MONTHS_BEFORE);
        assertThat(metAtIncident(INCIDENT, Instant.parse("2025-03-02T23:10:00Z"), TWELVE_MONTHS_BEFORE)).isTrue();
    }

    @Test
    void callOutsAfterTheIncidentBeingAssessedAreNotCounted() {
        List<Instant> callOuts = List.of(INCIDENT, Instant.parse("2025-03-02T23:10:00Z"), INCIDENT.plusSeconds(1),
                Instant.parse("2025-08-01T09:00:00Z"));

        assertThat(FORCE_DEFAULT.count(INCIDENT, callOuts)).isEqualTo(2);
        assertThat(FORCE_DEFAULT.met(FORCE_DEFAULT.count(INCIDENT, callOuts))).isFalse();
    }

    @Test
    void callOutsAreCountedWhateverOrderTheHistoryGivesThem() {
        List<Instant> callOuts = List.of(Instant.parse("2023-01-01T10:00:00Z"), Instant.parse("2025-01-20T10:00:00Z"), INCIDENT,
                Instant.parse("2025-09-01T10:00:00Z"), Instant.parse("2024-12-25T22:00:00Z"));

        assertThat(FORCE_DEFAULT.count(INCIDENT, callOuts)).isEqualTo(3);
    }

    @Test
    void twelveMonthsBackAcrossTheSpringClockChangeIsTheSameLondonTimeAYearEarlier() {
        // 28 March 2024 was still GMT (clocks went forward on 31 March 2024); 28 March 2023 was already BST (26 March 2023).
        Instant noonGmt = Instant.parse("2024-03-28T12:00:00Z");
        Instant noonBstAYearEarlier = Instant.parse("2023-03-28T11:00:00Z");

        assertThat(FORCE_DEFAULT.windowStart(noonGmt)).isEqualTo(noonBstAYearEarlier);
        assertThat(FORCE_DEFAULT.count(noonGmt, List.of(noonGmt, noonBstAYearEarlier, noonBstAYearEarlier.minusSeconds(1))))
                .isEqualTo(2);
    }

    @Test
    void twelveMonthsBackAcrossTheAutumnClockChangeIsTheSameLondonTimeAYearEarlier() {
        // 28 October 2024 was GMT (clocks went back on 27 October 2024); 28 October 2023 was still BST (back on 29 October 2023).
        Instant noonGmt = Instant.parse("2024-10-28T12:00:00Z");
        Instant noonBstAYearEarlier = Instant.parse("2023-10-28T11:00:00Z");

        assertThat(FORCE_DEFAULT.windowStart(noonGmt)).isEqualTo(noonBstAYearEarlier);
        assertThat(FORCE_DEFAULT.count(noonGmt, List.of(noonBstAYearEarlier))).isEqualTo(1);
        assertThat(FORCE_DEFAULT.count(noonGmt, List.of(noonBstAYearEarlier.minusSeconds(1)))).isZero();
    }

    @Test
    void twelveMonthsBackFromTheTwentyNinthOfFebruaryStartAtTheTwentyEighth() {
        assertThat(FORCE_DEFAULT.windowStart(Instant.parse("2024-02-29T12:00:00Z"))).isEqualTo(Instant.parse("2023-02-28T12:00:00Z"));
    }

    @Test
    void theForceMayChooseTheWindowAndTheNumberOfCallOuts() {
        EscalationRule fourInSixMonths = new EscalationRule(Period.ofMonths(6), 4);
        List<Instant> callOuts = List.of(INCIDENT, INCIDENT.minus(Duration.ofDays(30)), INCIDENT.minus(Duration.ofDays(100)),
                INCIDENT.minus(Duration.ofDays(200)));

        // 21:30 BST on 14 June is 21:30 GMT on 14 December.
        assertThat(fourInSixMonths.windowStart(INCIDENT)).isEqualTo(Instant.parse("2024-12-14T21:30:00Z"));
        assertThat(fourInSixMonths.count(INCIDENT, callOuts)).isEqualTo(3);
        assertThat(fourInSixMonths.met(3)).isFalse();
        assertThat(FORCE_DEFAULT.count(INCIDENT, callOuts)).isEqualTo(4);
        assertThat(FORCE_DEFAULT.met(4)).isTrue();
    }
}
