package org.safeguard.safeguarding.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When the domestic abuse specialist team (e.g. the DAISU) is on duty to pick up referrals and high-risk
 * cases: from {@code start} (inclusive) to {@code end} (exclusive), UK time (Europe/London), on the given
 * days of the week, and never on an England and Wales bank holiday. The force's usual hours are 08:00 to
 * 18:00, Monday to Friday: on duty at 17:59 on a Friday, off at 18:00, back at 08:00 on Monday (08:00 UK
 * time whether GMT or BST). Outside those hours a case waits for {@link #nextStart(Instant)}; after
 * Thursday 24 December 2026 at 19:00 that is Tuesday 29 December at 08:00. The hours are one shift within
 * a day; a shift past midnight is not supported.
 */
public final class SpecialistHours {

    private final LocalTime start;
    private final LocalTime end;
    private final Set<DayOfWeek> days;
    private final BankHolidays holidays;

    /**
     * @throws IllegalArgumentException when {@code start} is not before {@code end} or {@code days} is empty
     */
    public SpecialistHours(LocalTime start, LocalTime end, Set<DayOfWeek> days, BankHolidays holidays) {
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("The team must come on duty (" + start + ") before it goes off (" + end + ")");
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("The team must be on duty on at least one day of the week");
        }
        this.days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Whether the team is on duty at {@code at}: a duty day that is not a bank holiday, from start to before end. */
    public boolean onDuty(Instant at) {
        ZonedDateTime uk = at.atZone(WorkingDays.UK);
        LocalTime time = uk.toLocalTime();
        return isDutyDay(uk.toLocalDate()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** {@code at} when the team is on duty then; otherwise the next moment it comes on duty. */
    public Instant nextStart(Instant at) {
        if (onDuty(at)) {
            return at;
        }
        LocalDate day = at.atZone(WorkingDays.UK).toLocalDate();
        while (true) {
            if (isDutyDay(day)) {
                Instant comesOn = ZonedDateTime.of(day, start, WorkingDays.UK).toInstant();
                if (comesOn.isAfter(at)) {
                    return comesOn;
                }
            }
            day = day.plusDays(1);
        }
    }

    private boolean isDutyDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.isHoliday(day);
    }
}
