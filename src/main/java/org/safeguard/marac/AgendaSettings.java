package org.safeguard.marac;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's choices for listing MARAC cases.
 *
 * @param listingNoticeDays   a case is listed at a meeting at least this many days ahead (default 0: the next
 *                            meeting with space), leaving agencies time to research it
 * @param interimPlanWorkingDays working days for the SPOC to make an urgent case's interim safety plan (default 1),
 *                            and never later than the meeting
 */
@ConfigurationProperties("safeguard.marac")
public record AgendaSettings(@DefaultValue("0") int listingNoticeDays, @DefaultValue("1") int interimPlanWorkingDays) {

    public AgendaSettings {
        if (listingNoticeDays < 0 || listingNoticeDays > 60) {
            throw new IllegalArgumentException("safeguard.marac.listing-notice-days must be 0 to 60, not " + listingNoticeDays);
        }
        if (interimPlanWorkingDays < 1 || interimPlanWorkingDays > 10) {
            throw new IllegalArgumentException("safeguard.marac.interim-plan-working-days must be 1 to 10, not "
                    + interimPlanWorkingDays);
        }
    }
}
