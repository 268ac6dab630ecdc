package org.safeguard.marac.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A MARAC action's deadline: due by the end of the working day (17:00 UK time) on its due date, which may not be in
 * the past when the action is agreed; overdue once that moment has passed and the action is still open. The chair
 * sees the overdue ones before the next meeting (issue 7).
 */
public final class ActionPlan {

    public static final LocalTime END_OF_DAY = LocalTime.of(17, 0);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ActionPlan() {
    }

    /** The moment an action due on the date is due: 17:00 UK time that day. */
    public static Instant dueAt(LocalDate dueOn) {
        return dueOn.atTime(END_OF_DAY).atZone(LONDON).toInstant();
    }

    /** An action agreed now may be due today or later, never on a day already gone. */
    public static boolean dueDateAllowed(LocalDate dueOn, Instant now) {
        return !dueOn.isBefore(LocalDate.ofInstant(now, LONDON));
    }

    /** The latest due date that is overdue now: today once 17:00 has passed, otherwise yesterday. */
    public static LocalDate lastOverdueDay(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, LONDON);
        return now.isAfter(dueAt(today)) ? today : today.minusDays(1);
    }

    public static boolean overdue(LocalDate dueOn, Instant now) {
        return !dueOn.isAfter(lastOverdueDay(now));
    }
}
