package org.safeguard.safeguarding.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Working days for the Victims' Code deadlines. Under the enhanced service (victims of the most serious
 * crime, which includes domestic abuse, persistently targeted and vulnerable or intimidated victims) the
 * victim must be told of key decisions, such as a suspect's release, bail or a charging decision,
 * <em>within 1 working day</em>; other victims within 5.
 *
 * <p>A working day is Monday to Friday and not a bank holiday. The deadline "within n working days" of
 * an event is the same UK wall-clock time (Europe/London) on the n-th working day after the day of the
 * event, counting only days strictly after it: a suspect released on Thursday 24 December 2026 at 15:00
 * must be told of by Tuesday 29 December 2026 at 15:00 (Christmas Day, the weekend and the Boxing Day
 * substitute are not working days), and an event on a Saturday gives a 1 working day deadline on the
 * Monday. Clock changes do not move the time of day: 15:00 stays 15:00 UK time. Were that time not to exist
 * on the day (UK clocks only change on Sundays, so it cannot on a working day) the deadline would be
 * moved later by the length of the gap, as {@link ZonedDateTime#of} does.
 */
public final class WorkingDays {

    /** UK time, in which working days and times of day are counted. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    private final BankHolidays holidays;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** Monday to Friday and not a bank holiday. */
    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.isHoliday(day);
    }

    /**
     * The same UK time of day as {@code from} on the {@code workingDays}-th working day after its UK date.
     *
     * @throws IllegalArgumentException when {@code workingDays} is below 1
     */
    public Instant plus(Instant from, int workingDays) {
        ZonedDateTime start = from.atZone(UK);
        LocalDate day = plus(start.toLocalDate(), workingDays);
        return ZonedDateTime.of(day, start.toLocalTime(), UK).toInstant();
    }

    /**
     * The {@code workingDays}-th working day after {@code from}, not counting {@code from} itself.
     *
     * @throws IllegalArgumentException when {@code workingDays} is below 1
     */
    public LocalDate plus(LocalDate from, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be 1 or more, not " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
