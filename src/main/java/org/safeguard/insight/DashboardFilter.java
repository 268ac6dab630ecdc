package org.safeguard.insight;

import org.safeguard.risk.RiskLevel;

/**
 * What the dashboard is showing: a period and, optionally, one area (an incident's area, a town), one agency
 * (the agency that owns the record) and one risk level. A null filter means "all". Each measure says beside it
 * which filters apply to it.
 */
public record DashboardFilter(Period period, String area, String agency, RiskLevel risk) {

    public DashboardFilter {
        if (period == null) {
            throw new IllegalArgumentException("A dashboard filter needs a period");
        }
        area = blankToNull(area);
        agency = blankToNull(agency);
    }

    /** The same filter for another period (the previous period, a point of a time series). */
    public DashboardFilter in(Period other) {
        return new DashboardFilter(other, area, agency, risk);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
