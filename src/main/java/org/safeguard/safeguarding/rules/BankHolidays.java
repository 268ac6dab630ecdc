package org.safeguard.safeguarding.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The England and Wales bank holidays, the days that are not working days for the Victims' Code
 * deadlines ("told within 1 working day") and on which the domestic abuse specialist team is not on duty.
 *
 * <p>{@link #englandAndWales()} works them out for any year by the usual rules: New Year's Day (1 January,
 * or the Monday after when it falls at a weekend), Good Friday and Easter Monday, the Early May bank
 * holiday (first Monday of May), the Spring bank holiday (last Monday of May), the Summer bank holiday
 * (last Monday of August), Christmas Day and Boxing Day. When Christmas Day or Boxing Day falls at a
 * weekend the substitute day is the next weekday that is not already a holiday: Christmas on a Saturday
 * gives Monday 27 and Tuesday 28 December; Christmas on a Sunday gives Boxing Day on Monday 26 and the
 * Christmas substitute on Tuesday 27; Boxing Day on a Saturday gives Monday 28. The one-off changes made
 * by royal proclamation (the 2020 VE Day move, the 2022 Platinum Jubilee, the 2022 State Funeral, the 2023
 * Coronation) are read from {@value #CHANGES}, so a new one needs no code change. The usual rules are
 * those in force since 1978; earlier years are not what they were at the time.
 *
 * <p>A force may add its own non-working days with {@link #with(Collection)}.
 */
public final class BankHolidays {

    /** The classpath resource holding the one-off changes; its header comment gives the format. */
    static final String CHANGES = "safeguarding/bank-holiday-changes.txt";

    private static volatile BankHolidays englandAndWales;

    /** True when the usual England and Wales rules apply; false for a fixed list. */
    private final boolean byRule;
    private final Set<LocalDate> added;
    private final Set<LocalDate> removed;

    private BankHolidays(boolean byRule, Set<LocalDate> added, Set<LocalDate> removed) {
        this.byRule = byRule;
        this.added = Set.copyOf(added);
        this.removed = Set.copyOf(removed);
    }

    /**
     * The England and Wales bank holidays by the usual rules plus the one-off changes in {@value #CHANGES}.
     *
     * @throws IllegalStateException when the changes file is missing or a line of it is wrong, naming the line
     */
    public static BankHolidays englandAndWales() {
        BankHolidays holidays = englandAndWales;
        if (holidays == null) {
            holidays = englandAndWales(CHANGES, readChanges());
            englandAndWales = holidays;
        }
        return holidays;
    }

    /** Exactly these days and no others: for tests, or a force that configures its own list. */
    public static BankHolidays of(Collection<LocalDate> dates) {
        return new BankHolidays(false, Set.copyOf(dates), Set.of());
    }

    /** These bank holidays plus {@code extra}, e.g. days a force has declared non-working by configuration. */
    public BankHolidays with(Collection<LocalDate> extra) {
        Set<LocalDate> all = new HashSet<>(added);
        all.addAll(extra);
        return new BankHolidays(byRule, all, removed);
    }

    public boolean isHoliday(LocalDate date) {
        if (added.contains(date)) {
            return true;
        }
        return byRule && !removed.contains(date) && usual(date.getYear()).contains(date);
    }

    /**
     * The England and Wales bank holidays by the usual rules plus the changes in {@code lines}.
     *
     * @param source where the lines came from, for the error message
     * @throws IllegalStateException naming the source and the line when a line is wrong
     */
    static BankHolidays englandAndWales(String source, List<String> lines) {
        Set<LocalDate> added = new HashSet<>();
        Set<LocalDate> removed = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String problem = change(line.split("\\s+"), added, removed);
            if (problem != null) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": " + problem + " in \"" + raw.strip() + "\"");
            }
        }
        return new BankHolidays(true, added, removed);
    }

    /** Records one change; returns what is wrong with it, or null. */
    private static String change(String[] words, Set<LocalDate> added, Set<LocalDate> removed) {
        boolean moved = words.length == 3 && words[1].equals("moved");
        boolean extra = words.length == 2 && words[1].equals("added");
        if (!moved && !extra) {
            return "expected \"YYYY-MM-DD moved YYYY-MM-DD\" or \"YYYY-MM-DD added\"";
        }
        LocalDate first;
        LocalDate to;
        try {
            first = LocalDate.parse(words[0]);
            to = moved ? LocalDate.parse(words[2]) : first;
        } catch (DateTimeParseException e) {
            return "\"" + e.getParsedString() + "\" is not a date (YYYY-MM-DD)";
        }
        if (moved && !usual(first.getYear()).contains(first)) {
            return first + " is not a usual bank holiday, so it cannot be moved";
        }
        if (usual(to.getYear()).contains(to)) {
            return to + " is already a usual bank holiday";
        }
        if (moved) {
            removed.add(first);
        }
        added.add(to);
        return null;
    }

    private static List<String> readChanges() {
        InputStream in = BankHolidays.class.getClassLoader().getResourceAsStream(CHANGES);
        if (in == null) {
            throw new IllegalStateException("The bank holiday changes file " + CHANGES + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + CHANGES, e);
        }
    }

    /** The bank holidays of {@code year} by the usual rules, before any one-off change. */
    static Set<LocalDate> usual(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(mondayIfWeekend(LocalDate.of(year, Month.JANUARY, 1)));

        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));

        LocalDate may = LocalDate.of(year, Month.MAY, 1);
        days.add(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));

        // Christmas Day first, then Boxing Day, each on the next weekday not already taken.
        LocalDate christmas = nextFreeWeekday(LocalDate.of(year, Month.DECEMBER, 25), days);
        days.add(christmas);
        days.add(nextFreeWeekday(LocalDate.of(year, Month.DECEMBER, 26), days));
        return days;
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate mondayIfWeekend(LocalDate date) {
        return isWeekend(date) ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : date;
    }

    private static LocalDate nextFreeWeekday(LocalDate date, Set<LocalDate> taken) {
        LocalDate day = date;
        while (isWeekend(day) || taken.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
