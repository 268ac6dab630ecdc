package org.safeguard.marac.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** SafeLives: a repeat MARAC case is a victim referred again within 12 months of their last MARAC referral. */
class RepeatRuleTests {

    private static final RepeatRule.EarlierCase MARCH = new RepeatRule.EarlierCase(11, Instant.parse("2026-03-10T10:00:00Z"), false);
    private static final RepeatRule.EarlierCase JUNE = new RepeatRule.EarlierCase(12, Instant.parse("2026-06-09T09:00:00Z"), false);

    @Test
    void safeLivesReferredAgainWithinTwelveMonthsOfTheLastReferralIsARepeatOfThatCase() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2026-12-01T12:00:00Z"), List.of(MARCH, JUNE)))
                .contains(JUNE);
    }

    @Test
    void safeLivesTheTwelveMonthsEndOnTheSameUkDateAYearAfterTheReferral() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2027-03-10T23:00:00Z"), List.of(MARCH)))
                .contains(MARCH);
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2027-03-11T00:30:00Z"), List.of(MARCH)))
                .isEmpty();
    }

    @Test
    void safeLivesReferredThirteenMonthsAfterTheLastReferralIsANewReferralNotARepeat() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2027-07-10T12:00:00Z"), List.of(MARCH, JUNE)))
                .isEmpty();
    }

    @Test
    void safeLivesTheTwelveMonthsRunFromTheReferralNotTheLaterHearing() {
        // Referred 10 March 2026 and (say) heard in May: a referral in April 2027 is 13 months after the referral.
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2027-04-10T12:00:00Z"), List.of(MARCH)))
                .isEmpty();
    }

    @Test
    void aWithdrawnEarlierCaseIsNotCounted() {
        RepeatRule.EarlierCase withdrawn = new RepeatRule.EarlierCase(13, Instant.parse("2026-09-01T09:00:00Z"), true);
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2026-12-01T12:00:00Z"), List.of(withdrawn)))
                .isEmpty();
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2026-12-01T12:00:00Z"), List.of(JUNE, withdrawn)))
                .contains(JUNE);
    }

    @Test
    void aCaseReferredAfterTheReferralDoesNotMakeItARepeat() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2026-04-01T12:00:00Z"), List.of(JUNE)))
                .isEmpty();
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2026-04-01T12:00:00Z"), List.of(MARCH, JUNE)))
                .contains(MARCH);
    }

    @Test
    void neverReferredBeforeIsNotARepeat() {
        assertThat(RepeatRule.withinTwelveMonthsOfLastReferral(Instant.parse("2026-04-01T12:00:00Z"), List.of())).isEmpty();
    }
}
