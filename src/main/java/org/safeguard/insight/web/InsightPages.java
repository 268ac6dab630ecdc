package org.safeguard.insight.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.safeguard.insight.Chart;
import org.safeguard.insight.Dashboard;
import org.safeguard.insight.DashboardFilter;
import org.safeguard.insight.DashboardSection;
import org.safeguard.insight.Insight;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.platform.RecordNotFound;
import org.safeguard.risk.RiskLevel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The performance dashboard's pages: the overview (every section's headline figures), a section with its charts and
 * tables, and each chart's table as CSV, all for the filter in the query ({@code period}, {@code area},
 * {@code agency}, {@code risk}). A filter that is wrong gets the page back with status 400 and the GOV.UK error
 * summary, and no figures; an unknown section or table is 404 whatever the filter. The facade audits each view and download.
 */
@Controller
@PreAuthorize(InsightPages.READS)
class InsightPages {

    static final String OVERVIEW = "/insight";
    static final String TABLES = "/insight/tables";
    /** The facade's readers ({@code Insight.READS}): the page refuses the same people before it offers any choice. */
    static final String READS = "hasAnyRole('ANALYST','SUPERVISOR','DA_SPECIALIST','MARAC_COORDINATOR','ADMIN')";

    private final Insight insight;
    private final FilterChoices choices;
    private final Clock clock;

    InsightPages(Insight insight, FilterChoices choices, Clock clock) {
        this.insight = insight;
        this.choices = choices;
        this.clock = clock;
    }

    @GetMapping(OVERVIEW)
    String overview(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response) {
        DashboardFilter filter = filterOrRefusal(typed, model, response);
        if (filter != null) {
            Dashboard dashboard = insight.dashboard(filter);
            String query = query(filter);
            model.addAttribute("sections", dashboard.sections().stream().map(s -> SectionView.of(s, query)).toList());
            model.addAttribute("asOf", dashboard.aggregatesAsOf());
        }
        return "insight/overview";
    }

    @GetMapping(OVERVIEW + "/{sectionId}")
    String section(@PathVariable String sectionId, @RequestParam Map<String, String> typed, Model model,
                   HttpServletResponse response) {
        if (!DashboardSection.exists(sectionId)) {
            throw new RecordNotFound("dashboard section", sectionId);
        }
        model.addAttribute("sectionId", sectionId);
        DashboardFilter filter = filterOrRefusal(typed, model, response);
        if (filter != null) {
            DashboardSection section = insight.section(filter, sectionId);
            model.addAttribute("section", SectionView.of(section, query(filter)));
        }
        return "insight/section";
    }

    /** A chart's table as CSV; a wrong filter gets the overview back with the problem (status 400). */
    @GetMapping(TABLES + "/{chartId}.csv")
    Object table(@PathVariable String chartId, @RequestParam Map<String, String> typed, Model model,
                 HttpServletResponse response) {
        if (!DashboardSection.drawsTable(chartId)) {
            throw new RecordNotFound("dashboard table", chartId);
        }
        DashboardFilter filter = filterOrRefusal(typed, model, response);
        if (filter == null) {
            return new ModelAndView("insight/overview");
        }
        Chart chart = insight.table(filter, chartId);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ChartCsv.filename(chart, filter.period())).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(ChartCsv.write(chart));
    }

    /**
     * Puts the form (as typed) and its choices in the model, and returns the filter; when it is wrong, puts the
     * problems in the model, sets status 400 and returns null.
     */
    private DashboardFilter filterOrRefusal(Map<String, String> typed, Model model, HttpServletResponse response) {
        LocalDate today = LocalDate.now(clock);
        DashboardQuery query = DashboardQuery.from(typed);
        FilterChoices.Choices offered = choices.now();
        model.addAttribute("query", query);
        model.addAttribute("areas", offered.areas());
        model.addAttribute("agencies", offered.agencyNames());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("periods", DashboardQuery.recentPeriods(today));
        model.addAttribute("periodHint", DashboardQuery.PERIOD_HINT);
        try {
            DashboardFilter filter = query.filter(today, offered.areas(), offered.agencies());
            model.addAttribute("filter", filter);
            model.addAttribute("filterInWords", inWords(filter, offered));
            model.addAttribute("running", filter.period().end().isAfter(today));
            model.addAttribute("overviewHref", OVERVIEW + query(filter));
            return filter;
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return null;
        }
    }

    /** "November 2026, Stevenage, Police, high risk": what the figures are for. */
    private static String inWords(DashboardFilter filter, FilterChoices.Choices offered) {
        return String.join(", ", List.of(filter.period().label(),
                filter.area() == null ? "all areas" : filter.area(),
                filter.agency() == null ? "all agencies" : offered.agencyNames().getOrDefault(filter.agency(), filter.agency()),
                filter.risk() == null ? "all risk levels" : filter.risk().label().toLowerCase() + " risk"));
    }

    /** The filter as a query string ("?period=2026-11&area=…"), encoded, for links that keep it. */
    static String query(DashboardFilter filter) {
        return DashboardQuery.parameters(filter).entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }
}
