package org.safeguard.marac.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** SafeLives: a repeat MARAC case is a victim referred again within 12 months of their last hearing. */
class RepeatRuleTests {

    private static final RepeatRule.Hearing MARCH = new RepeatRule.Hearing(11, Instant.parse("2026-03-10T10:00:00Z"));
    private static final RepeatRule.Hearing JUNE = new RepeatRule.Hearing(12, Instant.parse("2026-06-09T09:00:00Z"));

    @Test
    void safeLivesReferredAgainWithinTwelveMonthsOfTheLastHearingIsARepeatOfThatHearing() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastHearing(Instant.parse("2026-12-01T12:00:00Z"), List.of(MARCH, JUNE)))
                .contains(JUNE);
    }

    @Test
    void safeLivesTheTwelveMonthsEndOnTheSameUkDateAYearLater() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastHearing(Instant.parse("2027-03-10T23:00:00Z"), List.of(MARCH)))
                .contains(MARCH);
        assertThat(RepeatRule.withinTwelveMonthsOfLastHearing(Instant.parse("2027-03-11T00:30:00Z"), List.of(MARCH)))
                .isEmpty();
    }

    @Test
    void safeLivesReferredMoreThanTwelveMonthsAfterTheLastHearingIsNotARepeat() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastHearing(Instant.parse("2027-07-01T12:00:00Z"), List.of(MARCH, JUNE)))
                .isEmpty();
    }

    @Test
    void aHearingAfterTheReferralDoesNotMakeItARepeat() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastHearing(Instant.parse("2026-04-01T12:00:00Z"), List.of(JUNE)))
                .isEmpty();
        assertThat(RepeatRule.withinTwelveMonthsOfLastHearing(Instant.parse("2026-04-01T12:00:00Z"), List.of(MARCH, JUNE)))
                .contains(MARCH);
    }

    @Test
    void neverHeardIsNotARepeat() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastHearing(Instant.parse("2026-04-01T12:00:00Z"), List.of())).isEmpty();
    }
}
