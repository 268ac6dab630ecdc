package org.safeguard.marac.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safeguard.marac.MaracReturns;
import org.safeguard.marac.rules.QuarterlyReturn;
import org.safeguard.marac.rules.QuarterlyReturn.Figures;
import org.safeguard.platform.InvalidRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The quarterly MARAC data return (a page with a table, and the same figures as CSV) and a meeting's papers (the
 * agenda and the action plan as PDF downloads).
 */
@Controller
class ReturnPages {

    static final String RETURNS = "/marac/returns";

    private final MaracReturns returns;
    private final Clock clock;

    ReturnPages(MaracReturns returns, Clock clock) {
        this.returns = returns;
        this.clock = clock;
    }

    /** The return for a quarter (the last whole one unless chosen) and an area (all unless chosen). */
    @GetMapping(RETURNS)
    String page(@RequestParam(required = false) String quarter, @RequestParam(required = false) String area,
                Model model) {
        String typedQuarter = quarter == null ? lastWholeQuarter().toString() : quarter.strip();
        String typedArea = area == null ? "" : area.strip();
        List<Figures> figures = List.of();
        try {
            figures = returns.quarterly(typedQuarter, typedArea);
        } catch (InvalidRequest refused) {
            model.addAttribute("errors", refused.byField());
        }
        model.addAttribute("quarter", typedQuarter);
        model.addAttribute("area", typedArea);
        model.addAttribute("areas", returns.areas());
        model.addAttribute("figures", figures);
        model.addAttribute("table", table(figures));
        model.addAttribute("definitions", QuarterlyReturn.DEFINITIONS);
        return "marac/returns";
    }

    /**
     * The return as CSV, one row per area and measure (area, quarter, measure, value), guarded against spreadsheet
     * formulas. A quarter or area that is wrong goes back to the page, which says why.
     */
    @GetMapping(RETURNS + ".csv")
    ResponseEntity<String> spreadsheet(@RequestParam(required = false) String quarter,
                                       @RequestParam(required = false) String area) {
        List<Figures> figures;
        try {
            figures = returns.exportQuarterly(quarter, area);
        } catch (InvalidRequest refused) {
            String back = UriComponentsBuilder.fromPath(RETURNS).queryParam("quarter", quarter == null ? "" : quarter)
                    .queryParam("area", area == null ? "" : area).encode().build().toUriString();
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, back).build();
        }
        StringBuilder csv = new StringBuilder("Area,Quarter,Measure,Value\r\n");
        for (Figures f : figures) {
            for (QuarterlyReturn.Measure m : f.measures()) {
                csv.append(String.join(",", cell(f.area()), cell(f.quarter().toString()), cell(m.name()), cell(m.value())))
                        .append("\r\n");
            }
        }
        String name = "marac-return-" + figures.get(0).quarter() + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(csv.toString());
    }

    @GetMapping("/marac/meetings/{meetingId}/agenda.pdf")
    ResponseEntity<byte[]> agenda(@PathVariable String meetingId) {
        return pdf(returns.agenda(MaracForms.id(meetingId, "meeting")));
    }

    @GetMapping("/marac/meetings/{meetingId}/action-plan.pdf")
    ResponseEntity<byte[]> actionPlan(@PathVariable String meetingId) {
        return pdf(returns.actionPlan(MaracForms.id(meetingId, "meeting")));
    }

    private static ResponseEntity<byte[]> pdf(MaracReturns.Paper paper) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(paper.filename())
                        .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(paper.pdf());
    }

    private QuarterlyReturn.Quarter lastWholeQuarter() {
        return QuarterlyReturn.Quarter.of(LocalDate.now(clock)).previous();
    }

    /** The figures side by side: one row per measure, one column per area (0 where an area has none of it). */
    static Table table(List<Figures> figures) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        // The last figures hold every measure: all areas together, or the one area chosen.
        if (!figures.isEmpty()) {
            figures.get(figures.size() - 1).measures().forEach(m -> rows.put(m.name(), new ArrayList<>()));
        }
        for (Figures f : figures) {
            Map<String, String> values = new LinkedHashMap<>();
            f.measures().forEach(m -> values.put(m.name(), m.value()));
            rows.forEach((measure, cells) -> cells.add(values.getOrDefault(measure, "0")));
        }
        return new Table(figures.stream().map(Figures::area).toList(),
                rows.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
    }

    record Table(List<String> areas, List<Row> rows) {
    }

    record Row(String measure, List<String> values) {
    }

    /** A text cell: quoted, and never read as a formula by a spreadsheet. */
    private static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
