package org.safeguard.insight.web;

import java.util.ArrayList;
import java.util.List;

import org.safeguard.insight.Chart;
import org.safeguard.insight.Period;

/**
 * A chart's table as CSV (RFC 4180, CRLF): a header of the row heading and the columns, then a row per label.
 * Text is quoted and a cell a spreadsheet would read as a formula (starting =, +, -, @, tab or return) is opened
 * with an apostrophe; numbers are written plainly, and an unknown value is an empty cell, never 0.
 */
final class ChartCsv {

    private ChartCsv() {
    }

    static String write(Chart chart) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        header.add(text(chart.rowHeading()));
        chart.columns().forEach(column -> header.add(text(column)));
        csv.append(String.join(",", header)).append("\r\n");
        for (Chart.Row row : chart.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(text(row.label()));
            for (int c = 0; c < chart.columns().size(); c++) {
                cells.add(NumberText.plain(c < row.values().size() ? row.values().get(c) : null));
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString();
    }

    /** "insight-{chart}-{period}.csv", the chart id kept to letters, digits and hyphens. */
    static String filename(Chart chart, Period period) {
        return "insight-" + chart.id().replaceAll("[^A-Za-z0-9-]", "-") + "-" + period.code() + ".csv";
    }

    /** A text cell: quoted, and never read as a formula by a spreadsheet. */
    static String text(String value) {
        String text = value == null ? "" : value;
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
