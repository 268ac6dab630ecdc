package org.safeguard.insight;

import org.safeguard.audit.AuditEvent;
import org.safeguard.audit.AuditTrail;
import org.safeguard.insight.store.TallyStore;
import org.safeguard.platform.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's performance dashboard: each measure for a period, area, agency and risk level, compared with
 * the previous period and with national benchmarks, worked out from aggregates kept up to date as events arrive
 * (never by reading every incident per view). Views hold counts, never a person; each is audited
 * ({@code INSIGHT_VIEWED}, the filter in words as the reason).
 */
@Service
public class Insight {

    static final String READS = "hasAnyRole('ANALYST','SUPERVISOR','DA_SPECIALIST','MARAC_COORDINATOR','ADMIN')";
    private static final String VIEWED = "INSIGHT_VIEWED";

    private final DashboardSections sections;
    private final TallyStore store;
    private final AuditTrail audit;

    Insight(DashboardSections sections, TallyStore store, AuditTrail audit) {
        this.sections = sections;
        this.store = store;
        this.audit = audit;
    }

    /** Every section's headline figures for the filter (no charts), and the choices the filters offer. */
    @PreAuthorize(READS)
    @Transactional
    public Dashboard dashboard(DashboardFilter filter) {
        Dashboard dashboard = new Dashboard(filter, sections.headlines(filter), store.areas(), store.agencies(),
                store.lastUpdated().orElse(null));
        audit.record(AuditEvent.of(VIEWED, "dashboard", "overview").because(inWords(filter)));
        return dashboard;
    }

    /** One section, with its charts; {@code RecordNotFound} for an unknown id. */
    @PreAuthorize(READS)
    @Transactional
    public DashboardSection section(DashboardFilter filter, String sectionId) {
        DashboardSections.Definition definition = DashboardSections.named(sectionId)
                .orElseThrow(() -> new RecordNotFound("dashboard section", sectionId));
        DashboardSection section = sections.section(definition, filter);
        audit.record(AuditEvent.of(VIEWED, "dashboard_section", sectionId).because(inWords(filter)));
        return section;
    }

    /** One chart's table, for its CSV; {@code RecordNotFound} for an unknown id. */
    @PreAuthorize(READS)
    @Transactional
    public Chart table(DashboardFilter filter, String chartId) {
        DashboardSections.Definition definition = DashboardSections.drawing(chartId)
                .orElseThrow(() -> new RecordNotFound("dashboard table", chartId));
        Chart chart = sections.section(definition, filter).charts().stream()
                .filter(c -> c.id().equals(chartId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("dashboard table", chartId));
        audit.record(AuditEvent.of(VIEWED, "dashboard_table", chartId).because(inWords(filter)));
        return chart;
    }

    /** The filter as the audit trail's reason: "period 2026-11, area Watford, every agency, every risk level". */
    static String inWords(DashboardFilter filter) {
        return "period " + filter.period().code()
                + ", " + (filter.area() == null ? "every area" : "area " + filter.area())
                + ", " + (filter.agency() == null ? "every agency" : "agency " + filter.agency())
                + ", " + (filter.risk() == null ? "every risk level" : "risk level " + filter.risk().name());
    }
}
