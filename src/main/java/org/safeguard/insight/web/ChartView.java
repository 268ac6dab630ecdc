package org.safeguard.insight.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.safeguard.insight.Chart;
import org.springframework.web.util.UriUtils;

/**
 * A chart as a page shows it: the SVG drawing (empty for a table on its own), the table beside it with every number
 * as people read it, and the link to its CSV with the page's filter.
 */
record ChartView(String domId, String title, boolean drawn, String svg, String rowHeading, List<String> columns,
                 List<TableRow> rows, boolean wide, String csvHref) {

    /** {@code percent}: the chart is a figure's time series and the figure a percentage, so its numbers read "32%". */
    static ChartView of(Chart chart, String query, boolean percent) {
        String suffix = percent ? "%" : "";
        String svg = ChartDrawing.draw(chart, suffix);
        return new ChartView(ChartDrawing.domId(chart), chart.title(), !svg.isEmpty(), svg, chart.rowHeading(),
                chart.columns(), chart.rows().stream()
                .map(row -> new TableRow(row.label(), row.values().stream()
                        .map(v -> v == null ? NumberText.UNKNOWN : NumberText.shown(v) + suffix).toList())).toList(),
                chart.columns().size() > 6, InsightPages.TABLES + "/" + UriUtils.encodePathSegment(chart.id(), StandardCharsets.UTF_8) + ".csv" + query);
    }

    record TableRow(String label, List<String> cells) {
    }
}
