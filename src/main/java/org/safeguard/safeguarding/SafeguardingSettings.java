package org.safeguard.safeguarding;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The force's local choices for victims' cases, with DOMAIN.md's defaults; a bad value stops start-up
 * with the key named.
 *
 * @param specialistHoursStart   when the domestic abuse specialist team comes on duty (default 08:00)
 * @param specialistHoursEnd     when it goes off (default 18:00)
 * @param specialistDays         the days it works (default Monday to Friday); never on bank holidays
 * @param extraBankHolidays      days to treat as bank holidays beyond England and Wales's (e.g. a local one)
 * @param onCallSupervisor       the username that holds new high-risk cases out of hours, and cases with no
 *                               investigating officer yet; blank for the first active supervisor by name
 * @param contactWarningPeople   more than this many different people contacting a victim in the window warns (default 2)
 * @param contactWarningWindow   that window (default 7 days)
 * @param victimsCodeWorkingDays working days to tell a domestic abuse victim of a decision (enhanced service: 1)
 * @param reassessmentWorkingDays working days to re-assess a victim's risk after a release or an upgrade (default 1)
 * @param firstContactWorkingDays working days for the SPOC's first contact with a high-risk victim (default 1)
 * @param escalateAfter          how long a task may be overdue before its owner's supervisor is told (default 4 hours)
 */
@ConfigurationProperties("safeguard.safeguarding")
public record SafeguardingSettings(@DefaultValue("08:00") LocalTime specialistHoursStart,
                                   @DefaultValue("18:00") LocalTime specialistHoursEnd,
                                   @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> specialistDays,
                                   @DefaultValue({}) List<LocalDate> extraBankHolidays,
                                   @DefaultValue("") String onCallSupervisor,
                                   @DefaultValue("2") int contactWarningPeople,
                                   @DefaultValue("7d") Duration contactWarningWindow,
                                   @DefaultValue("1") int victimsCodeWorkingDays,
                                   @DefaultValue("1") int reassessmentWorkingDays,
                                   @DefaultValue("1") int firstContactWorkingDays,
                                   @DefaultValue("4h") Duration escalateAfter) {

    public SafeguardingSettings {
        if (!specialistHoursEnd.isAfter(specialistHoursStart)) {
            throw new IllegalStateException("safeguard.safeguarding.specialist-hours-end must be after "
                    + "specialist-hours-start, not " + specialistHoursStart + "–" + specialistHoursEnd);
        }
        if (specialistDays.isEmpty()) {
            throw new IllegalStateException("safeguard.safeguarding.specialist-days must name at least one day");
        }
        if (contactWarningPeople < 1 || contactWarningWindow.isNegative() || contactWarningWindow.isZero()) {
            throw new IllegalStateException("safeguard.safeguarding.contact-warning-people must be 1 or more and "
                    + "contact-warning-window positive");
        }
        if (victimsCodeWorkingDays < 1 || reassessmentWorkingDays < 1 || firstContactWorkingDays < 1) {
            throw new IllegalStateException("safeguard.safeguarding.*-working-days must be 1 or more");
        }
        if (escalateAfter.isNegative()) {
            throw new IllegalStateException("safeguard.safeguarding.escalate-after must not be negative");
        }
        specialistDays = Set.copyOf(specialistDays);
        extraBankHolidays = List.copyOf(extraBankHolidays);
    }
}
