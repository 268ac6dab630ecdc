package org.safeguard.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguard.platform.InvalidRequest;
import org.safeguard.risk.CompletionReport;
import org.safeguard.risk.RiskReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The completion audit: how often every DASH question was asked, and which were not, with why. */
@Controller
class RiskReportPages {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final RiskReports reports;
    private final Clock clock;

    RiskReportPages(RiskReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** Assessments completed in the period, by default the last 90 days. */
    @GetMapping("/reports/risk-completion")
    String completion(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(RiskForms.LONDON));
        Map<String, String> typed = new HashMap<>();
        typed.put("from", from);
        typed.put("to", to);
        InvalidRequest.Check unreadable = new InvalidRequest.Check();
        RiskForms values = new RiskForms(typed, unreadable);
        LocalDate first = values.text("from") == null ? today.minusDays(89)
                : values.date("from", "Enter the first day as a date, like 1/11/2026");
        LocalDate last = values.text("to") == null ? today : values.date("to", "Enter the last day as a date, like 30/11/2026");
        model.addAttribute("from", from != null ? from : RiskForms.typed(first));
        model.addAttribute("to", to != null ? to : RiskForms.typed(last));
        try {
            unreadable.throwIfAny();
            CompletionReport report = reports.completion(first, last);
            model.addAttribute("report", report);
            model.addAttribute("tables", List.of(
                    new LineTable("by-officer", "By officer", "Officer",
                            "Assessments completed by officer, lowest share with every question asked first", report.byOfficer()),
                    new LineTable("by-team", "By team", "Team",
                            "Assessments completed by team, lowest share with every question asked first", report.byTeam()),
                    new LineTable("by-month", "By month", "Month", "Assessments completed by month, oldest first",
                            report.byMonth().stream().map(RiskReportPages::named).toList())));
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
            model.addAttribute("report", null);
        }
        return "risk/completion-report";
    }

    /** One of the report's tables as the page shows it. */
    record LineTable(String id, String heading, String column, String caption, List<CompletionReport.Line> lines) {
    }

    /** A month's line named as people read it: "2026-11" as "November 2026". */
    private static CompletionReport.Line named(CompletionReport.Line month) {
        try {
            return new CompletionReport.Line(MONTH.format(YearMonth.parse(month.name())), month.assessments(), month.allAsked());
        } catch (DateTimeParseException unexpected) {
            return month;
        }
    }
}
