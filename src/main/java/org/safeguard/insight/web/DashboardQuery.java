package org.safeguard.insight.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguard.insight.DashboardFilter;
import org.safeguard.insight.Period;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.RiskLevel;

/**
 * The dashboard's query parameters as typed ({@code period}, {@code area}, {@code agency}, {@code risk}), and the
 * filter they make. No period means the last complete month: a month still running would be compared with a whole
 * one. A period that has not started yet, or an area, agency or risk level that is not among the choices, is
 * refused with a message per field, in the order the fields are on the page (period, area, agency, risk).
 */
record DashboardQuery(String period, String area, String agency, String risk) {

    static final String PERIOD_HINT = "A month, quarter or year, like 2026-11, 2026-Q3 or 2026";

    static DashboardQuery from(Map<String, String> typed) {
        return new DashboardQuery(stripped(typed.get("period")), stripped(typed.get("area")),
                stripped(typed.get("agency")), stripped(typed.get("risk")));
    }

    /** The period shown when none is asked for: the last month that has ended. */
    static Period defaultPeriod(LocalDate today) {
        return Period.containing(Period.Kind.MONTH, today).previous();
    }

    /** The filter, or {@link InvalidRequest} naming each field that is wrong. */
    DashboardFilter filter(LocalDate today, List<String> areas, List<String> agencies) {
        InvalidRequest.Check check = new InvalidRequest.Check();
        Optional<Period> chosen = period.isEmpty() ? Optional.of(defaultPeriod(today)) : Period.parse(period);
        check.require(chosen.isPresent(), "period", "Enter a period as a month, quarter or year, like 2026-11, 2026-Q3 or 2026");
        chosen.ifPresent(p -> {
            Period current = Period.containing(p.kind(), today);
            check.require(!p.start().isAfter(current.start()), "period",
                    "Enter a period that has started: " + current.code() + " or earlier");
        });
        check.require(area.isEmpty() || areas.contains(area), "area", "Choose an area from the list");
        check.require(agency.isEmpty() || agencies.contains(agency), "agency", "Choose an agency from the list");
        RiskLevel level = RiskLevel.named(risk);
        check.require(risk.isEmpty() || level != null, "risk", "Choose a risk level from the list");
        check.throwIfAny();
        return new DashboardFilter(chosen.orElseThrow(), area, agency, level);
    }

    /** The query parameters of a filter, for links that keep it (another section, a CSV): blank ones left out. */
    static Map<String, String> parameters(DashboardFilter filter) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("period", filter.period().code());
        if (filter.area() != null) {
            parameters.put("area", filter.area());
        }
        if (filter.agency() != null) {
            parameters.put("agency", filter.agency());
        }
        if (filter.risk() != null) {
            parameters.put("risk", filter.risk().name());
        }
        return parameters;
    }

    /**
     * Periods to pick from as one types: this month and the eleven before it, this quarter and the three before it,
     * this year and the two before it, newest first.
     */
    static List<Period> recentPeriods(LocalDate today) {
        List<Period> periods = new ArrayList<>();
        periods.addAll(newestFirst(Period.containing(Period.Kind.MONTH, today).lastN(12)));
        periods.addAll(newestFirst(Period.containing(Period.Kind.QUARTER, today).lastN(4)));
        periods.addAll(newestFirst(Period.containing(Period.Kind.YEAR, today).lastN(3)));
        return periods;
    }

    private static List<Period> newestFirst(List<Period> oldestFirst) {
        List<Period> reversed = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static String stripped(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
