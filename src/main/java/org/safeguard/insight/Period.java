package org.safeguard.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month, quarter or year (UK dates), the unit every measure is counted in. Written as people
 * type it in a link: {@code 2026-11}, {@code 2026-Q3}, {@code 2026}.
 */
public record Period(Kind kind, LocalDate start) {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** How long a period is. */
    public enum Kind {
        MONTH(1, "Month"), QUARTER(3, "Quarter"), YEAR(12, "Year");

        private final int months;
        private final String label;

        Kind(int months, String label) {
            this.months = months;
            this.label = label;
        }

        public int months() {
            return months;
        }

        public String label() {
            return label;
        }
    }

    public Period {
        if (kind == null || start == null) {
            throw new IllegalArgumentException("A period needs a kind and a start");
        }
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % kind.months() != 0) {
            throw new IllegalArgumentException("A " + kind.label().toLowerCase() + " starts on the first day of its first month");
        }
    }

    /** The period written as {@code 2026-11}, {@code 2026-Q3} or {@code 2026}; empty when it is none of these. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            Matcher m = QUARTER.matcher(t);
            if (m.matches()) {
                return Optional.of(new Period(Kind.QUARTER, LocalDate.of(year(m), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1)));
            }
            m = MONTH.matcher(t);
            if (m.matches()) {
                int month = Integer.parseInt(m.group(2));
                return month < 1 || month > 12 ? Optional.empty() : Optional.of(new Period(Kind.MONTH, LocalDate.of(year(m), month, 1)));
            }
            m = YEAR.matcher(t);
            if (m.matches()) {
                return Optional.of(new Period(Kind.YEAR, LocalDate.of(year(m), 1, 1)));
            }
        } catch (RuntimeException outOfRange) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int year(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException("year out of range");
        }
        return year;
    }

    /** The period of {@code kind} that contains {@code day}. */
    public static Period containing(Kind kind, LocalDate day) {
        int month = ((day.getMonthValue() - 1) / kind.months()) * kind.months() + 1;
        return new Period(kind, LocalDate.of(day.getYear(), month, 1));
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(kind.months());
    }

    public Instant startInstant() {
        return start.atStartOfDay(LONDON).toInstant();
    }

    public Instant endInstant() {
        return end().atStartOfDay(LONDON).toInstant();
    }

    /** The period of the same length just before this one: what each measure is compared with. */
    public Period previous() {
        return new Period(kind, start.minusMonths(kind.months()));
    }

    /** This period and the {@code count - 1} before it, oldest first: a time series. */
    public List<Period> lastN(int count) {
        List<Period> periods = new ArrayList<>();
        Period p = this;
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        return periods;
    }

    /** The first days of the months the period covers. */
    public List<LocalDate> months() {
        List<LocalDate> months = new ArrayList<>();
        for (int i = 0; i < kind.months(); i++) {
            months.add(start.plusMonths(i));
        }
        return months;
    }

    /** As a link writes it: {@code 2026-11}, {@code 2026-Q3}, {@code 2026}. */
    public String code() {
        return switch (kind) {
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** As a page shows it: "November 2026", "July to September 2026", "2026". */
    public String label() {
        return switch (kind) {
            case MONTH -> start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + start.getYear();
            case QUARTER -> start.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " to "
                    + start.plusMonths(2).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                    + start.getYear();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
