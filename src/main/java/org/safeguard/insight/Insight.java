package org.safeguard.insight;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The partnership's performance dashboard: each measure for a period, area, agency and risk level, compared with
 * the previous period and with national benchmarks, worked out from aggregates kept up to date as events arrive
 * (never by reading every incident per view).
 */
@Service
public class Insight {

    static final String READS = "hasAnyRole('ANALYST','SUPERVISOR','DA_SPECIALIST','MARAC_COORDINATOR','ADMIN')";

    /** Every section of the dashboard for the filter. */
    @PreAuthorize(READS)
    public Dashboard dashboard(DashboardFilter filter) {
        throw new UnsupportedOperationException("insight: to be built");
    }

    /** One section, with its charts; {@code RecordNotFound} for an unknown id. */
    @PreAuthorize(READS)
    public DashboardSection section(DashboardFilter filter, String sectionId) {
        throw new UnsupportedOperationException("insight: to be built");
    }

    /** One chart's table, for its CSV; {@code RecordNotFound} for an unknown id. */
    @PreAuthorize(READS)
    public Chart table(DashboardFilter filter, String chartId) {
        throw new UnsupportedOperationException("insight: to be built");
    }
}
