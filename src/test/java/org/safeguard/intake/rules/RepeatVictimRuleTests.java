package org.safeguard.intake.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The force's repeat-victim rules (DOMAIN.md, seed 003): one or more earlier domestic abuse incidents in
 * the last 12 months makes a repeat victim; 3 or more in 28 days, this one included, asks for specialist review.
 */
class RepeatVictimRuleTests {

    private static final RepeatVictimRule FORCE_DEFAULT = new RepeatVictimRule(Period.ofMonths(12), 1, Duration.ofDays(28), 3);

    private static final Instant NOW = Instant.parse("2025-06-14T20:30:00Z");

    private static RepeatVictimRule.Status atNow(Instant... earlier) {
        return FORCE_DEFAULT.apply(NOW, List.of(earlier));
    }

    @Test
    void aVictimWithNoEarlierIncidentIsNotARepeatVictim() {
        RepeatVictimRule.Status status = atNow();

        assertThat(status.repeatVictim()).isFalse();
        assertThat(status.specialistReview()).isFalse();
        assertThat(status.earlierInWindow()).isZero();
    }

    @Test
    void aVictimWithOneEarlierDomesticAbuseIncidentInTwelveMonthsIsARepeatVictim() {
        RepeatVictimRule.Status status = atNow(Instant.parse("2024-11-02T01:15:00Z"));

        assertThat(status.repeatVictim()).isTrue();
        assertThat(status.earlierInWindow()).isEqualTo(1);
    }

    @Test
    void anIncidentExactlyTwelveMonthsEarlierToTheSecondStillCounts() {
        RepeatVictimRule.Status status = atNow(Instant.parse("2024-06-14T20:30:00Z"));

        assertThat(status.repeatVictim()).isTrue();
    }

    @Test
    void anIncidentOneSecondMoreThanTwelveMonthsEarlierDoesNotCount() {
        RepeatVictimRule.Status status = atNow(Instant.parse("2024-06-14T20:29:59Z"));

        assertThat(status.repeatVictim()).isFalse();
        assertThat(status.earlierInWindow()).isZero();
    }

    @Test
    void incidentsAfterThisOneAndAtTheSameMomentAreNotEarlierIncidents() {
        RepeatVictimRule.Status status = atNow(NOW, NOW.plusSeconds(1), Instant.parse("2025-07-01T09:00:00Z"));

        assertThat(status.repeatVictim()).isFalse();
        assertThat(status.specialistReview()).isFalse();
        assertThat(status.earlierInWindow()).isZero();
    }

    @Test
    void earlierIncidentsAreCountedWhateverOrderTheyCameIn() {
        RepeatVictimRule.Status status = atNow(Instant.parse("2025-06-01T10:00:00Z"), Instant.parse("2023-01-01T10:00:00Z"),
                Instant.parse("2025-01-20T10:00:00Z"), Instant.parse("2025-08-01T10:00:00Z"));

        assertThat(status.earlierInWindow()).isEqualTo(2);
    }

    @Test
    void twelveMonthsAreCalendarMonthsInLondonSoTheSameLocalTimeAYearEarlierCountsAcrossTheClockChange() {
        // 28 March 2024 was still GMT; 28 March 2023 was already BST (clocks went forward on 26 March 2023).
        Instant noonGmt = Instant.parse("2024-03-28T12:00:00Z");
        Instant noonBstAYearEarlier = Instant.parse("2023-03-28T11:00:00Z");

        assertThat(FORCE_DEFAULT.windowStart(noonGmt)).isEqualTo(noonBstAYearEarlier);
        assertThat(FORCE_DEFAULT.apply(noonGmt, List.of(noonBstAYearEarlier)).repeatVictim()).isTrue();
        assertThat(FORCE_DEFAULT.apply(noonGmt, List.of(noonBstAYearEarlier.minusSeconds(1))).repeatVictim()).isFalse();
    }

    @Test
    void twelveMonthsBackFromTheTwentyNinthOfFebruaryStartAtTheTwentyEighth() {
        Instant leapDay = Instant.parse("2024-02-29T12:00:00Z");

        assertThat(FORCE_DEFAULT.windowStart(leapDay)).isEqualTo(Instant.parse("2023-02-28T12:00:00Z"));
    }

    @Test
    void theForceMayRequireMoreThanOneEarlierIncidentForARepeatVictim() {
        RepeatVictimRule twoEarlier = new RepeatVictimRule(Period.ofMonths(12), 2, Duration.ofDays(28), 3);

        RepeatVictimRule.Status once = twoEarlier.apply(NOW, List.of(Instant.parse("2025-01-10T08:00:00Z")));
        RepeatVictimRule.Status twice = twoEarlier.apply(NOW,
                List.of(Instant.parse("2025-01-10T08:00:00Z"), Instant.parse("2024-09-03T22:40:00Z")));

        assertThat(once.repeatVictim()).isFalse();
        assertThat(twice.repeatVictim()).isTrue();
        assertThat(twice.earlierInWindow()).isEqualTo(2);
    }

    @Test
    void theForceMayChooseALongerRepeatWindow() {
        RepeatVictimRule twoYears = new RepeatVictimRule(Period.ofMonths(24), 1, Duration.ofDays(28), 3);
        Instant eighteenMonthsEarlier = Instant.parse("2023-12-14T20:30:00Z");

        assertThat(FORCE_DEFAULT.apply(NOW, List.of(eighteenMonthsEarlier)).repeatVictim()).isFalse();
        assertThat(twoYears.apply(NOW, List.of(eighteenMonthsEarlier)).repeatVictim()).isTrue();
    }

    @Test
    void threeIncidentsInTwentyEightDaysCountingThisOneAreFlaggedForSpecialistReview() {
        RepeatVictimRule.Status status = atNow(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(20)));

        assertThat(status.specialistReview()).isTrue();
    }

    @Test
    void twoIncidentsInTwentyEightDaysMakeARepeatVictimButNoSpecialistReview() {
        RepeatVictimRule.Status status = atNow(NOW.minus(Duration.ofDays(3)));

        assertThat(status.repeatVictim()).isTrue();
        assertThat(status.specialistReview()).isFalse();
    }

    @Test
    void anIncidentExactlyTwentyEightDaysEarlierCountsTowardsSpecialistReview() {
        RepeatVictimRule.Status status = atNow(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(28)));

        assertThat(status.specialistReview()).isTrue();
    }

    @Test
    void anIncidentOneSecondMoreThanTwentyEightDaysEarlierDoesNotCountTowardsSpecialistReview() {
        RepeatVictimRule.Status status = atNow(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(28)).minusSeconds(1));

        assertThat(status.specialistReview()).isFalse();
        assertThat(status.repeatVictim()).isTrue();
    }

    @Test
    void laterIncidentsDoNotCountTowardsSpecialistReview() {
        RepeatVictimRule.Status status = atNow(NOW.minus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(1)));

        assertThat(status.specialistReview()).isFalse();
    }

    @Test
    void theForceMayChooseHowManyIncidentsInWhatPeriodNeedSpecialistReview() {
        RepeatVictimRule fourInAMonth = new RepeatVictimRule(Period.ofMonths(12), 1, Duration.ofDays(31), 4);
        List<Instant> threeEarlier = List.of(NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(10)),
                NOW.minus(Duration.ofDays(30)));

        assertThat(fourInAMonth.apply(NOW, threeEarlier.subList(0, 2)).specialistReview()).isFalse();
        assertThat(fourInAMonth.apply(NOW, threeEarlier).specialistReview()).isTrue();
        assertThat(FORCE_DEFAULT.apply(NOW, List.of(threeEarlier.get(0), threeEarlier.get(2))).specialistReview()).isFalse();
    }

    @Test
    void twentyEightDaysForSpecialistReviewAreElapsedHoursSoAfterTheAutumnClockChangeTheSameLocalTimeIsOutside() {
        // Clocks went back on 27 October 2024: noon GMT on 10 November is 28 days and one hour after noon BST on 13 October.
        Instant noonGmt = Instant.parse("2024-11-10T12:00:00Z");
        Instant yesterday = noonGmt.minus(Duration.ofDays(1));
        Instant noonBst28DaysEarlier = Instant.parse("2024-10-13T11:00:00Z");
        Instant onePmBst28DaysEarlier = Instant.parse("2024-10-13T12:00:00Z");

        assertThat(FORCE_DEFAULT.apply(noonGmt, List.of(yesterday, noonBst28DaysEarlier)).specialistReview()).isFalse();
        assertThat(FORCE_DEFAULT.apply(noonGmt, List.of(yesterday, onePmBst28DaysEarlier)).specialistReview()).isTrue();
    }

    @Test
    void twentyEightDaysForSpecialistReviewAreElapsedHoursSoAfterTheSpringClockChangeAnHourEarlierLocalTimeIsInside() {
        // Clocks went forward on 31 March 2024: noon BST on 10 April is exactly 28 × 24 hours after 11:00 GMT on 13 March.
        Instant noonBst = Instant.parse("2024-04-10T11:00:00Z");
        Instant yesterday = noonBst.minus(Duration.ofDays(1));
        Instant elevenGmt28DaysEarlier = Instant.parse("2024-03-13T11:00:00Z");

        assertThat(FORCE_DEFAULT.apply(noonBst, List.of(yesterday, elevenGmt28DaysEarlier)).specialistReview()).isTrue();
    }
}
