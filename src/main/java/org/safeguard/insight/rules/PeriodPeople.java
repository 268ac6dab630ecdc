package org.safeguard.insight.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Distinct people: a person is counted once per role and period (a month, a quarter and a year each), in the area
 * of the incident that first brought them into it and in {@link Tally#ALL} areas. A row is made the first time a
 * person appears; only a new row adds to the tallies, so a person seen again in the period, or a redelivered
 * event, adds nothing. Agency and risk do not divide people: their tallies carry {@link Tally#ALL} in both.
 */
public final class PeriodPeople {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Why a person is counted. */
    public enum Role {
        VICTIM, REPEAT_VICTIM, SUSPECT, CONTACTED
    }

    /** The period kinds the dashboard shows, by the letter the tallies carry after the counter's name. */
    public enum Kind {
        M(1), Q(3), Y(12);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        /** The first day of the period of this kind that contains the UK date. */
        public LocalDate start(LocalDate day) {
            int first = ((day.getMonthValue() - 1) / months) * months + 1;
            return LocalDate.of(day.getYear(), first, 1);
        }

        /** How a distinct counter of this kind is named in the tallies: {@code VICTIMS/Q}. */
        public String counter(Counter counter) {
            return counter.name() + "/" + name();
        }
    }

    /** A person counted in one role, period and area, with the slots they are counted in. */
    public record Row(long personId, Role role, Kind kind, LocalDate periodStart, String area, int sex, int ageBand) {
    }

    private PeriodPeople() {
    }

    /**
     * The rows a person seen at {@code at} in {@code area} would make: one per period kind, in the area and in every
     * area. {@code sex} is the identity Sex ordinal; the age band is worked out on the UK date of {@code at}.
     */
    public static List<Row> rows(long personId, Role role, Instant at, String area, int sex, LocalDate dateOfBirth) {
        LocalDate day = at.atZone(LONDON).toLocalDate();
        int band = AgeBand.of(dateOfBirth, day).ordinal();
        List<Row> rows = new ArrayList<>(6);
        for (Kind kind : Kind.values()) {
            for (String where : new String[] {area == null ? "" : area, Tally.ALL}) {
                rows.add(new Row(personId, role, kind, kind.start(day), where, sex, band));
            }
        }
        return rows;
    }

    /** What a newly made row adds: the role's count, and for victims and suspects their sex and age band. */
    public static List<Tally> tallies(Row row) {
        List<Tally> tallies = new ArrayList<>(3);
        switch (row.role()) {
            case VICTIM -> {
                tallies.add(tally(row, Counter.VICTIMS, 0));
                tallies.add(tally(row, Counter.VICTIMS_BY_SEX, row.sex()));
                tallies.add(tally(row, Counter.VICTIMS_BY_AGE, row.ageBand()));
            }
            case SUSPECT -> {
                tallies.add(tally(row, Counter.SUSPECTS, 0));
                tallies.add(tally(row, Counter.SUSPECTS_BY_SEX, row.sex()));
                tallies.add(tally(row, Counter.SUSPECTS_BY_AGE, row.ageBand()));
            }
            case REPEAT_VICTIM -> tallies.add(tally(row, Counter.REPEAT_VICTIMS, 0));
            case CONTACTED -> tallies.add(tally(row, Counter.CONTACTED_VICTIMS, 0));
        }
        return tallies;
    }

    private static Tally tally(Row row, Counter counter, int slot) {
        return new Tally(row.kind().counter(counter), Tally.ALL, Tally.ALL, row.area(), row.periodStart(), slot, 1);
    }
}
