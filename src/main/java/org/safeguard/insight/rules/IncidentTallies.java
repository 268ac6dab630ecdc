package org.safeguard.insight.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one incident adds to the tallies, worked out from its fact alone: the event listeners add the difference
 * between an incident's tallies before and after a change, and the rebuild adds every incident's tallies, so both
 * count by this one rule. All go in the month the incident was received (UK time), its area, its owning agency and
 * its risk level.
 */
public final class IncidentTallies {

    /** Whole minutes from receipt to arrival are kept up to a day; a later arrival counts as a day. */
    public static final int ARRIVAL_MINUTES_CAP = 1440;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** The arrival-minutes slot of a grade starts at its position × this ({@link Counter#DA_ARRIVAL_MINUTES}). */
    public static final int ARRIVAL_SLOTS_PER_GRADE = 10_000;

    private final List<String> outcomeOrder;
    private final List<String> gradeOrder;
    private final Set<String> gradesWithTarget;

    /**
     * @param outcomeOrder     the crime outcomes' code names in the order whose position is their slot (intake's
     *                         {@code CrimeOutcome} in declaration order)
     * @param gradeOrder       the grades' names in the order whose position starts their arrival slots (intake's
     *                         {@code Grade} in declaration order)
     * @param gradesWithTarget the grades that have a response target: only their attendances count towards "within
     *                         target"
     */
    public IncidentTallies(List<String> outcomeOrder, List<String> gradeOrder, Set<String> gradesWithTarget) {
        this.outcomeOrder = List.copyOf(outcomeOrder);
        this.gradeOrder = List.copyOf(gradeOrder);
        this.gradesWithTarget = Set.copyOf(gradesWithTarget);
    }

    /** The incident's tallies; none while it has not been recorded. */
    public List<Tally> of(IncidentFact fact) {
        List<Tally> tallies = new ArrayList<>();
        if (!fact.recorded()) {
            return tallies;
        }
        LocalDate month = Tally.monthOf(fact.receivedAt());
        Adder add = (counter, slot, value) -> tallies.add(Tally.of(counter, slot, month, fact.area(), fact.agency(),
                fact.risk(), value));
        add.to(Counter.INCIDENTS, 0, 1);
        add.to(Counter.CRIMES, 0, fact.offences().size());
        if (!fact.domesticAbuse()) {
            return Tally.merged(tallies);
        }
        add.to(Counter.DA_INCIDENTS, 0, 1);
        add.to(Counter.DA_INCIDENTS_REPEAT_VICTIM, 0, fact.repeatVictim() ? 1 : 0);
        add.to(Counter.DA_INCIDENTS_CHILDREN_PRESENT, 0, fact.children() > 0 ? 1 : 0);
        add.to(Counter.DA_HEAT, heatCell(fact.receivedAt().atZone(LONDON)), 1);
        add.to(Counter.DA_CRIMES, 0, fact.offences().size());
        for (IncidentFact.Offence offence : fact.offences()) {
            if (offence.outcome() != null) {
                add.to(Counter.DA_OUTCOMES, outcomeSlot(offence.outcome()), 1);
            }
        }
        IncidentFact.Attendance attended = fact.attendance();
        if (attended != null) {
            add.to(Counter.DA_ATTENDED, 0, 1);
            boolean hasTarget = fact.grade() != null && gradesWithTarget.contains(fact.grade());
            add.to(Counter.DA_ATTENDED_WITH_TARGET, 0, hasTarget ? 1 : 0);
            add.to(Counter.DA_ATTENDED_WITHIN_TARGET, 0, hasTarget && attended.withinTarget() ? 1 : 0);
            int gradeSlot = fact.grade() == null ? -1 : gradeOrder.indexOf(fact.grade());
            if (gradeSlot >= 0) {
                add.to(Counter.DA_ARRIVAL_MINUTES, arrivalSlot(gradeSlot, fact.receivedAt(), attended.arrivedAt()), 1);
            }
            add.to(Counter.DA_TWO_OFFICERS, 0, attended.officers() >= 2 ? 1 : 0);
            add.to(Counter.DA_BODY_WORN_VIDEO, 0, attended.bodyWornVideo() ? 1 : 0);
            add.to(Counter.DA_ARRESTS, 0, attended.arrest() ? 1 : 0);
        }
        return Tally.merged(tallies);
    }

    /** What a change from {@code before} to {@code after} adds to the tallies (negative where it takes away). */
    public List<Tally> change(IncidentFact before, IncidentFact after) {
        return Tally.difference(of(before), of(after));
    }

    /** The heat-map cell: ISO weekday (1 Monday … 7 Sunday) × 24 + the hour, UK time. */
    public static int heatCell(ZonedDateTime at) {
        return at.getDayOfWeek().getValue() * 24 + at.getHour();
    }

    /** Whole minutes from receipt to arrival, 0 for an arrival recorded before the call, at most a day. */
    public static int arrivalMinutes(java.time.Instant received, java.time.Instant arrived) {
        long minutes = Duration.between(received, arrived).toMinutes();
        return (int) Math.max(0, Math.min(ARRIVAL_MINUTES_CAP, minutes));
    }

    /** The arrival slot: the grade's position × {@link #ARRIVAL_SLOTS_PER_GRADE} + whole minutes (capped). */
    public static int arrivalSlot(int gradePosition, java.time.Instant received, java.time.Instant arrived) {
        return gradePosition * ARRIVAL_SLOTS_PER_GRADE + arrivalMinutes(received, arrived);
    }

    private int outcomeSlot(String outcome) {
        int slot = outcomeOrder.indexOf(outcome);
        if (slot < 0) {
            throw new IllegalArgumentException("Not a crime outcome: " + outcome);
        }
        return slot;
    }

    @FunctionalInterface
    private interface Adder {
        void to(Counter counter, int slot, long value);
    }
}
