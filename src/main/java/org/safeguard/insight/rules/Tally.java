package org.safeguard.insight.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An amount added to one tally: a counter (with its period kind for distinct counters, e.g. {@code VICTIMS/Q}),
 * the record's agency, the risk level, the area, the UK month and the slot. {@link #ALL} in a dimension is the sum
 * over every value of it.
 */
public record Tally(String counter, String agency, String risk, String area, LocalDate month, int slot, long value) {

    /** The dimension value that stands for every value. */
    public static final String ALL = "*";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Comparator<Tally> KEY_ORDER = Comparator.comparing(Tally::counter).thenComparing(Tally::agency)
            .thenComparing(Tally::risk).thenComparing(Tally::area).thenComparing(Tally::month)
            .thenComparingInt(Tally::slot);

    public Tally {
        agency = agency == null ? "" : agency;
        risk = risk == null ? "" : risk;
        area = area == null ? "" : area;
    }

    public static Tally of(Counter counter, int slot, LocalDate month, String area, String agency, String risk, long value) {
        return new Tally(counter.name(), agency, risk, area, month, slot, value);
    }

    /** The first day of the UK month {@code at} falls in. */
    public static LocalDate monthOf(Instant at) {
        return at.atZone(LONDON).toLocalDate().withDayOfMonth(1);
    }

    /** Amounts summed by key (keys as {@link #times times(0)} gives them) as tallies, in no particular order. */
    public static List<Tally> fromSums(Map<Tally, Long> sums) {
        List<Tally> out = new ArrayList<>(sums.size());
        sums.forEach((key, value) -> out.add(new Tally(key.counter, key.agency, key.risk, key.area, key.month, key.slot,
                value)));
        return out;
    }

    /** The same key with another amount. */
    public Tally times(long factor) {
        return new Tally(counter, agency, risk, area, month, slot, value * factor);
    }

    /**
     * Each amount added to its own row and to the rows that sum over its area, agency and risk (every combination of
     * a value and {@link #ALL}), equal keys merged, zeros dropped, in key order (so two writers lock rows in the same
     * order and cannot deadlock).
     */
    public static List<Tally> withTotals(Collection<Tally> amounts) {
        Map<Tally, Long> merged = new TreeMap<>(KEY_ORDER);
        for (Tally t : amounts) {
            for (String agency : new String[] {t.agency, ALL}) {
                for (String risk : new String[] {t.risk, ALL}) {
                    for (String area : new String[] {t.area, ALL}) {
                        merged.merge(new Tally(t.counter, agency, risk, area, t.month, t.slot, 0), t.value, Long::sum);
                    }
                }
            }
        }
        return collect(merged);
    }

    /** Amounts with equal keys merged, zeros dropped, in key order; no totals added. */
    public static List<Tally> merged(Collection<Tally> amounts) {
        Map<Tally, Long> merged = new TreeMap<>(KEY_ORDER);
        amounts.forEach(t -> merged.merge(t.times(0), t.value, Long::sum));
        return collect(merged);
    }

    /** What turns the tallies of {@code before} into those of {@code after}: after minus before, zeros dropped. */
    public static List<Tally> difference(Collection<Tally> before, Collection<Tally> after) {
        List<Tally> all = new ArrayList<>(after);
        before.forEach(t -> all.add(t.times(-1)));
        return merged(all);
    }

    private static List<Tally> collect(Map<Tally, Long> merged) {
        List<Tally> out = new ArrayList<>(merged.size());
        merged.forEach((key, value) -> {
            if (value != 0) {
                out.add(new Tally(key.counter, key.agency, key.risk, key.area, key.month, key.slot, value));
            }
        });
        return out;
    }
}
