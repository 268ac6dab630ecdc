package org.safeguard.offender;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Perpetrator programmes and pathways: a referral with its suitability assessment schedules the first
 * monthly case-management review; completing a monthly review schedules the next; a risk alert makes a
 * review due within 24 hours; the engage-or-convict pathway is chosen with its reason.
 */
@Service
public class Programmes {

    public ProgrammeReferral refer(NewProgrammeReferral typed) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    public ProgrammeReferral referral(long referralId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    public ProgrammeReferral choosePathway(long referralId, ProgrammeReferral.Pathway pathway, String reason, int version) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** A risk alert: a review due within 24 hours (the programme's own rule), with the alert's reason. */
    public ProgrammeReferral raiseRiskAlert(long referralId, String reason) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    public ProgrammeReferral completeReview(long reviewId, String outcome) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    public ProgrammeReferral close(long referralId, ProgrammeReferral.Status status, String reason, int version) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** The person's referrals (any linked record), latest first. */
    public List<ProgrammeReferral> referralsOf(long personId) {
        throw new UnsupportedOperationException("built in issue 8");
    }

    /** Reviews not yet done, soonest due first (overdue ones first of all). */
    public List<ProgrammeReferral.Review> reviewsDue(int limit) {
        throw new UnsupportedOperationException("built in issue 8");
    }
}
