package org.safeguard.insight;

import java.util.Set;
import java.util.function.Function;
import org.safeguard.insight.rules.Counter;

/**
 * A measure worked out from the tallies alone: which counters it reads, which of the dashboard's filters apply
 * to it, and how its value follows from a period's {@link Reading}.
 */
record CountedMeasure(String id, String label, Figure.Unit unit, String definition, Benchmark benchmark,
                      String note, Filters filters, Set<Counter> counters, Function<Reading, Double> value) {

    /** The filters a measure's counts are taken with; the others are left out, and the figure's note says so. */
    enum Filters {
        /** Period, area, agency and risk level. */
        ALL,
        /** Period and area: the records carry no agency or risk level. */
        AREA_ONLY,
        /** Period and area: people are counted once, whichever agency or risk level. */
        PEOPLE
    }

    CountedMeasure {
        counters = Set.copyOf(counters);
    }

    Figure figure(DashboardFilter filter, Reading now, Reading before) {
        return new Figure(id, label, value.apply(now), value.apply(before), unit, definition, benchmark,
                noteFor(filter));
    }

    /** The fixed note, and what the filter asks for that this measure cannot apply. */
    String noteFor(DashboardFilter filter) {
        String left = switch (filters) {
            case ALL -> null;
            case AREA_ONLY -> filter.risk() != null || filter.agency() != null
                    ? "Not filtered by agency or risk level: these records carry neither." : null;
            case PEOPLE -> filter.risk() != null || filter.agency() != null
                    ? "Not filtered by agency or risk level: people are counted once." : null;
        };
        if (left == null) {
            return note;
        }
        return note == null ? left : note + " " + left;
    }
}
