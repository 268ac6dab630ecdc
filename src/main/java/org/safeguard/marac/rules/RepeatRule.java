package org.safeguard.marac.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * SafeLives' definition of a repeat MARAC case: a victim referred to MARAC again within 12 months of the date
 * their case was last heard at a MARAC. The repeat is linked to that last hearing. Months are counted on UK
 * dates: a case heard on 10 March 2026 makes a referral on or before 10 March 2027 a repeat.
 */
public final class RepeatRule {

    private RepeatRule() {
    }

    /** An earlier hearing of the victim's case (any of their linked records). */
    public record Hearing(long caseId, Instant heardAt) {
    }

    /**
     * The hearing a referral made at {@code referredAt} repeats: the victim's last hearing before it, when that
     * was within the 12 months before the referral; empty when there was none, or it was longer ago.
     */
    public static Optional<Hearing> withinTwelveMonthsOfLastHearing(Instant referredAt, Collection<Hearing> hearings) {
        Optional<Hearing> last = hearings.stream()
                .filter(h -> !h.heardAt().isAfter(referredAt))
                .max(Comparator.comparing(Hearing::heardAt).thenComparing(Hearing::caseId));
        LocalDate referred = referredAt.atZone(MeetingSchedule.UK).toLocalDate();
        return last.filter(h -> !referred.isAfter(h.heardAt().atZone(MeetingSchedule.UK).toLocalDate().plusMonths(12)));
    }
}
