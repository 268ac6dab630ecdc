package org.safeguard.offender.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.safeguard.offender.NewProgrammeReferral;
import org.safeguard.offender.ProgrammeReferral;
import org.safeguard.offender.ProgrammeReferral.Rating;
import org.safeguard.offender.ProgrammeReferral.SuitabilityFactor;
import org.safeguard.platform.InvalidRequest;

/** Herts Change's rules (seed 002): six factors rated, monthly case-management reviews, a review within 24 hours of a risk alert. */
class ProgrammeRulesTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Period MONTHLY = Period.ofMonths(1);

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    private static Map<String, String> problems(Consumer<InvalidRequest.Check> checking) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        checking.accept(check);
        try {
            check.throwIfAny();
            return Map.of();
        } catch (InvalidRequest refused) {
            return refused.byField();
        }
    }

    private static Map<SuitabilityFactor, Rating> allRated() {
        Map<SuitabilityFactor, Rating> ratings = new EnumMap<>(SuitabilityFactor.class);
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            ratings.put(factor, Rating.MEDIUM);
        }
        return ratings;
    }

    @Test
    void aReferralWithEverySuitabilityFactorRatedHasNoProblems() {
        NewProgrammeReferral typed = new NewProgrammeReferral(5L, "Change programme", allRated(), "");
        assertThat(problems(check -> ProgrammeRules.checkReferral(typed, Set.of(5L), check))).isEmpty();
    }

    @Test
    void everyUnratedSuitabilityFactorIsNamedInItsOwnFieldError() {
        Map<SuitabilityFactor, Rating> ratings = allRated();
        ratings.remove(SuitabilityFactor.MOTIVATION);
        ratings.remove(SuitabilityFactor.SUBSTANCE_MISUSE);
        NewProgrammeReferral typed = new NewProgrammeReferral(5L, "Change programme", ratings, null);

        assertThat(problems(check -> ProgrammeRules.checkReferral(typed, Set.of(5L), check)))
                .containsOnlyKeys("assessment.MOTIVATION", "assessment.SUBSTANCE_MISUSE")
                .containsEntry("assessment.MOTIVATION", "Rate 'motivation to change' as low, medium or high");
    }

    @Test
    void aReferralNeedsAKnownPersonAndTheProgrammesName() {
        NewProgrammeReferral typed = new NewProgrammeReferral(404L, " ", allRated(), null);
        assertThat(problems(check -> ProgrammeRules.checkReferral(typed, Set.of(), check)))
                .containsEntry("personId", "No person record with id 404").containsKey("programme");
    }

    @Test
    void thePathwayNeedsItsReason() {
        assertThat(problems(check -> ProgrammeRules.checkPathway(ProgrammeReferral.Pathway.CONVICT, " ", check)))
                .containsOnlyKeys("pathwayReason");
        assertThat(problems(check -> ProgrammeRules.checkPathway(null, "Refused every offer", check)))
                .containsOnlyKeys("pathway");
    }

    @Test
    void aReferralClosesOnlyCompletedOrWithdrawnWithItsReason() {
        assertThat(problems(check -> ProgrammeRules.checkClosing(ProgrammeReferral.Status.OPEN, "Still going", check)))
                .containsOnlyKeys("status");
        assertThat(problems(check -> ProgrammeRules.checkClosing(ProgrammeReferral.Status.WITHDRAWN, "", check)))
                .containsOnlyKeys("closedReason");
    }

    @Test
    void theFirstMonthlyReviewIsAMonthAfterTheReferralOnTheSameUkClockTimeAcrossTheClockChange() {
        assertThat(ProgrammeRules.firstMonthlyReview(london("2026-10-05T10:00"), MONTHLY))
                .isEqualTo(london("2026-11-05T10:00"));
    }

    @Test
    void theNextMonthlyReviewKeepsTheCadenceOfTheDueDateNotTheDayItWasDone() {
        Instant due = london("2026-01-15T10:00");
        assertThat(ProgrammeRules.nextMonthlyReview(due, london("2026-01-20T16:00"), MONTHLY))
                .as("done five days late: the next is still the 15th").isEqualTo(london("2026-02-15T10:00"));
        assertThat(ProgrammeRules.nextMonthlyReview(due, london("2026-01-10T09:00"), MONTHLY))
                .as("done early").isEqualTo(london("2026-02-15T10:00"));
    }

    @Test
    void aMonthlyReviewDoneAfterItsSuccessorWasDueIsFollowedByTheNextOnTheCadenceNeverOneAlreadyOverdue() {
        assertThat(ProgrammeRules.nextMonthlyReview(london("2026-01-15T10:00"), london("2026-03-01T12:00"), MONTHLY))
                .isEqualTo(london("2026-03-15T10:00"));
    }

    @Test
    void monthlyReviewsFromThe31stDoNotDriftToThe28th() {
        Instant due = london("2026-01-31T10:00");
        Instant february = ProgrammeRules.nextMonthlyReview(due, london("2026-01-31T11:00"), MONTHLY);
        assertThat(february).isEqualTo(london("2026-02-28T10:00"));
        assertThat(ProgrammeRules.nextMonthlyReview(due, london("2026-03-01T09:00"), MONTHLY))
                .as("counted from the 31st, not from the 28th").isEqualTo(london("2026-03-31T10:00"));
    }

    @Test
    void aRiskAlertIsReviewedWithin24Hours() {
        Instant raised = Instant.parse("2026-11-24T21:05:00Z");
        assertThat(ProgrammeRules.riskAlertReviewDue(raised, Duration.ofHours(24))).isEqualTo(Instant.parse("2026-11-25T21:05:00Z"));
    }

    @Test
    void aReviewIsOverdueOnlyWhenNotDoneAndPastItsDueTime() {
        Instant due = Instant.parse("2026-11-24T10:00:00Z");
        ProgrammeReferral.Review open = new ProgrammeReferral.Review(1, 1, ProgrammeReferral.Review.Kind.MONTHLY, "", due, null, null, null);
        ProgrammeReferral.Review done = new ProgrammeReferral.Review(1, 1, ProgrammeReferral.Review.Kind.MONTHLY, "", due,
                due.plusSeconds(3600), "specialist", "Engaging well");

        assertThat(ProgrammeRules.overdue(open, due)).isFalse();
        assertThat(ProgrammeRules.overdue(open, due.plusSeconds(1))).isTrue();
        assertThat(ProgrammeRules.overdue(done, due.plusSeconds(7200))).isFalse();
    }
}
