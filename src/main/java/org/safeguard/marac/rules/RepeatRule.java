package org.safeguard.marac.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * SafeLives' definition of a repeat MARAC case (DOMAIN.md): the victim is referred to MARAC again within 12 months
 * of their last MARAC <em>referral</em> (not of the hearing). Every earlier MARAC case of the victim counts, on any
 * of their linked records, except a withdrawn one; the repeat is linked to the last of them. Months are counted on
 * UK dates: a case referred on 10 March 2026 makes a referral on or before 10 March 2027 a repeat, one on 11 March
 * 2027 a new referral.
 */
public final class RepeatRule {

    private RepeatRule() {
    }

    /** An earlier MARAC case of the victim, with the date it was referred and whether it was withdrawn. */
    public record EarlierCase(long caseId, Instant referredAt, boolean withdrawn) {
    }

    /**
     * The case a referral made at {@code referredAt} repeats: the victim's last earlier MARAC case (not withdrawn)
     * referred before it, when that referral was within the 12 months before; empty when there was none, or it was
     * longer ago.
     */
    public static Optional<EarlierCase> withinTwelveMonthsOfLastReferral(Instant referredAt, Collection<EarlierCase> earlier) {
        Optional<EarlierCase> last = earlier.stream()
                .filter(c -> !c.withdrawn())
                .filter(c -> !c.referredAt().isAfter(referredAt))
                .max(Comparator.comparing(EarlierCase::referredAt).thenComparing(EarlierCase::caseId));
        LocalDate referred = referredAt.atZone(MeetingSchedule.UK).toLocalDate();
        return last.filter(c -> !referred.isAfter(c.referredAt().atZone(MeetingSchedule.UK).toLocalDate().plusMonths(12)));
    }
}
