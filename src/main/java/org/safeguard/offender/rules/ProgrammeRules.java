package org.safeguard.offender.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.safeguard.offender.NewProgrammeReferral;
import org.safeguard.offender.ProgrammeReferral;
import org.safeguard.offender.ProgrammeReferral.SuitabilityFactor;
import org.safeguard.platform.InvalidRequest;

/**
 * Perpetrator programmes as Herts Change runs them (seed 002): a referral is assessed for suitability on six
 * factors, each rated; the case is reviewed at a monthly case-management meeting, and within 24 hours of a risk
 * alert; Operation Acorn's engage-or-convict pathway is chosen with its reason. The periods come from
 * {@code safeguard.offender.programmes.*}.
 */
public final class ProgrammeRules {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final int MAX_PROGRAMME = 200;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_REASON = 2000;
    public static final int MAX_CLOSING_REASON = 1000;
    public static final int MAX_OUTCOME = 4000;

    private ProgrammeRules() {
    }

    /** The form's and the API's name for a factor's rating: {@code assessment.MOTIVATION}. */
    public static String field(SuitabilityFactor factor) {
        return "assessment." + factor.name();
    }

    /**
     * Adds the referral's problems to {@code check}: the person, the programme's name, every one of the six
     * factors rated (each missing one named), notes not too long.
     *
     * @param knownPeople the person record ids that exist
     */
    public static void checkReferral(NewProgrammeReferral typed, Set<Long> knownPeople, InvalidRequest.Check check) {
        check.require(typed.personId() != null, "personId", "Give the person's record id")
                .require(typed.personId() == null || knownPeople.contains(typed.personId()), "personId",
                        "No person record with id " + typed.personId())
                .require(!blank(typed.programme()), "programme", "Enter the programme the person is referred to")
                .require(blank(typed.programme()) || typed.programme().strip().length() <= MAX_PROGRAMME, "programme",
                        "The programme's name must be 200 characters or fewer");
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            check.require(typed.assessment().get(factor) != null, field(factor),
                    "Rate '" + factor.words().toLowerCase() + "' as low, medium or high");
        }
        check.require(typed.assessmentNotes() == null || typed.assessmentNotes().strip().length() <= MAX_NOTES,
                "assessmentNotes", "The notes must be 4,000 characters or fewer");
    }

    /** The engage-or-convict pathway needs its reason (Operation Acorn: the choice turns on the person's willingness). */
    public static void checkPathway(ProgrammeReferral.Pathway pathway, String reason, InvalidRequest.Check check) {
        check.require(pathway != null, "pathway", "Choose engage or catch and convict")
                .require(!blank(reason), "pathwayReason", "Say why this pathway was chosen")
                .require(blank(reason) || reason.strip().length() <= MAX_REASON, "pathwayReason",
                        "The reason must be 2,000 characters or fewer");
    }

    public static void checkRiskAlert(String reason, InvalidRequest.Check check) {
        check.require(!blank(reason), "alertReason", "Say what the risk alert is")
                .require(blank(reason) || reason.strip().length() <= MAX_REASON, "alertReason",
                        "The risk alert must be 2,000 characters or fewer");
    }

    public static void checkOutcome(String outcome, InvalidRequest.Check check) {
        check.require(!blank(outcome), "outcome", "Write what the review decided")
                .require(blank(outcome) || outcome.strip().length() <= MAX_OUTCOME, "outcome",
                        "The outcome must be 4,000 characters or fewer");
    }

    /** A referral ends completed or withdrawn, with the reason. */
    public static void checkClosing(ProgrammeReferral.Status status, String reason, InvalidRequest.Check check) {
        check.require(status == ProgrammeReferral.Status.COMPLETED || status == ProgrammeReferral.Status.WITHDRAWN,
                        "status", "Choose whether the programme was completed or the referral withdrawn")
                .require(!blank(reason), "closedReason", "Say why the referral is closing")
                .require(blank(reason) || reason.strip().length() <= MAX_CLOSING_REASON, "closedReason",
                        "The reason must be 1,000 characters or fewer");
    }

    /** The first monthly case-management review: one period after the referral, on the same UK clock time. */
    public static Instant firstMonthlyReview(Instant referredAt, Period monthly) {
        return referredAt.atZone(LONDON).plus(monthly).toInstant();
    }

    /**
     * The monthly review after one done. It keeps the meeting's cadence: one period after the review's due time,
     * not after the day it was done, so a late review does not push every later one back (the gap between
     * meetings would grow with each delay, and a perpetrator under management would quietly be seen less often).
     * Reviews missed altogether are not scheduled again: the next is the first on the cadence after the review
     * was done, never one overdue the moment it is made.
     */
    public static Instant nextMonthlyReview(Instant due, Instant doneAt, Period monthly) {
        // Counted from the due time each step, so the 31st stays the 31st (or the month's last day) and never drifts.
        ZonedDateTime from = due.atZone(LONDON);
        int periods = 1;
        while (!from.plus(monthly.multipliedBy(periods)).toInstant().isAfter(doneAt)) {
            periods++;
        }
        return from.plus(monthly.multipliedBy(periods)).toInstant();
    }

    /** A risk alert is reviewed within the period of its raising (24 hours by default). */
    public static Instant riskAlertReviewDue(Instant raisedAt, Duration within) {
        return raisedAt.plus(within);
    }

    /** Not done and past its due time. */
    public static boolean overdue(ProgrammeReferral.Review review, Instant now) {
        return review.doneAt() == null && now.isAfter(review.dueAt());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
