package org.safeguard.insight.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.safeguard.insight.Chart;

/**
 * Draws a {@link Chart} on the server as inline SVG: a line per column across the rows (a time series), horizontal
 * bars by category, or a heat map of weekdays by hours. The picture is one image to assistive technology
 * ({@code role="img"}, named by its {@code <title>} and described by its {@code <desc>}); the numbers are in the
 * table the page puts beside it. Marks contrast with the white page by at least 3:1 and text by at least 4.5:1
 * (WCAG 2.2, 1.4.11 and 1.4.3), and colour never carries the meaning alone: series differ by dash and marker as well,
 * and every heat-map cell carries its number. Every text taken from the chart is escaped, so the result may be
 * written into a page as it is. No style attributes: the Content-Security-Policy forbids inline styles.
 */
final class ChartDrawing {

    static final String PAGE = "#ffffff";
    static final String TEXT = "#0b0c0c";
    static final String SECONDARY_TEXT = "#505a5f";
    static final String GRID = "#b1b4b6";
    /** Series colours (GOV.UK blue, black, green, purple, red), each at least 3:1 against white. */
    static final List<String> SERIES = List.of("#1d70b8", "#0b0c0c", "#00703c", "#4c2c92", "#d4351c");
    static final List<String> DASHES = List.of("", "8 4", "2 3", "10 3 2 3");
    /** Heat-map shades, lightest (none) to darkest (most), and the text colour that reads on each. */
    static final List<String> SHADES = List.of("#f3f2f1", "#d2e2f1", "#8eb8dc", "#1d70b8", "#003078");
    static final List<String> SHADE_TEXT = List.of(TEXT, TEXT, TEXT, PAGE, PAGE);

    private static final int WIDTH = 640;

    private ChartDrawing() {
    }

    /** The chart as an {@code <svg>} element; empty for a {@link Chart.Kind#TABLE}, which is only a table. */
    static String draw(Chart chart) {
        return draw(chart, "");
    }

    /** The same, with the unit's sign after each number of a line chart's axis ("%"). */
    static String draw(Chart chart, String suffix) {
        return switch (chart.kind()) {
            case LINE -> line(chart, suffix);
            case BAR -> bars(chart);
            case HEAT_MAP -> heatMap(chart);
            case TABLE -> "";
        };
    }

    /** The id the chart's elements are named by in the page: "chart-" and the chart id, safe in an HTML id. */
    static String domId(Chart chart) {
        return "chart-" + chart.id().replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** What the chart shows, in words, for its {@code <desc>}. */
    static String description(Chart chart) {
        boolean described = chart.description() != null && !chart.description().isBlank();
        String shows = switch (chart.kind()) {
            case LINE -> described || chart.rows().isEmpty() ? "" : "From " + chart.rows().get(0).label() + " to "
                    + chart.rows().get(chart.rows().size() - 1).label() + ". ";
            case BAR -> chart.columns().isEmpty() ? "" : "Each bar shows " + chart.columns().get(0) + ". ";
            case HEAT_MAP -> "Darker cells mean more; each cell shows its number. ";
            case TABLE -> "";
        };
        String own = described ? chart.description().strip() + " " : "";
        return own + shows + "The numbers are in the table that follows.";
    }

    // ----- line: one line per column, rows along the bottom -----

    private static String line(Chart chart, String suffix) {
        int series = chart.columns().size();
        int legendRows = series > 1 ? (series + 2) / 3 : 0;
        int left = 64;
        int right = 56;
        int top = 16;
        int plotHeight = 220;
        int height = top + plotHeight + 40 + legendRows * 24;
        int plotWidth = WIDTH - left - right;
        Svg svg = new Svg(chart, WIDTH, height);
        List<Double> all = chart.rows().stream().flatMap(r -> r.values().stream()).filter(Objects::nonNull).toList();
        if (chart.rows().isEmpty() || all.isEmpty()) {
            return svg.nothingToShow();
        }
        Scale scale = Scale.of(all);
        int bottom = top + plotHeight;
        for (double tick : scale.ticks()) {
            double y = bottom - scale.fraction(tick) * plotHeight;
            svg.line(left, y, left + plotWidth, y, GRID, 1, "");
            svg.text(left - 8, y + 4, "end", 12, SECONDARY_TEXT, NumberText.tick(tick) + suffix);
        }
        svg.line(left, bottom, left + plotWidth, bottom, TEXT, 1, "");
        int n = chart.rows().size();
        double spacing = n > 1 ? (double) plotWidth / (n - 1) : plotWidth;
        int longest = chart.rows().stream().mapToInt(r -> r.label().length()).max().orElse(1);
        int every = Math.max(1, (int) Math.ceil((longest * 7 + 8) / spacing));
        for (int i = 0; i < n; i++) {
            if ((n - 1 - i) % every == 0) {
                svg.text(x(i, n, left, plotWidth), bottom + 18, "middle", 12, TEXT, chart.rows().get(i).label());
            }
        }
        for (int c = 0; c < series; c++) {
            series(svg, chart, c, scale, left, plotWidth, bottom, plotHeight);
        }
        for (int c = 0; series > 1 && c < series; c++) {
            double x = left + (c % 3) * 190;
            double y = bottom + 40 + (c / 3) * 24;
            String colour = SERIES.get(c % SERIES.size());
            svg.line(x, y - 4, x + 28, y - 4, colour, 2.5, DASHES.get(c % DASHES.size()));
            svg.marker(x + 14, y - 4, c, colour);
            svg.text(x + 36, y, "start", 12, TEXT, chart.columns().get(c));
        }
        return svg.end();
    }

    /** One column as a line with its markers; an unknown value breaks the line rather than dropping it to 0. */
    private static void series(Svg svg, Chart chart, int c, Scale scale, int left, int plotWidth, int bottom,
                               int plotHeight) {
        int n = chart.rows().size();
        List<double[]> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < n; i++) {
            Double v = chart.rows().get(i).values().size() > c ? chart.rows().get(i).values().get(c) : null;
            if (v == null) {
                drawing = false;
                continue;
            }
            double x = x(i, n, left, plotWidth);
            double y = bottom - scale.fraction(v) * plotHeight;
            path.append(drawing ? " L" : " M").append(Svg.number(x)).append(' ').append(Svg.number(y));
            drawing = true;
            points.add(new double[] {x, y});
        }
        String colour = SERIES.get(c % SERIES.size());
        svg.path(path.toString().strip(), colour, DASHES.get(c % DASHES.size()));
        points.forEach(p -> svg.marker(p[0], p[1], c, colour));
    }

    private static double x(int i, int n, int left, int plotWidth) {
        return n > 1 ? left + (double) i * plotWidth / (n - 1) : left + plotWidth / 2.0;
    }

    // ----- bars: one horizontal bar per row, the first column's value -----

    private static String bars(Chart chart) {
        int longest = chart.rows().stream().mapToInt(r -> Math.min(28, r.label().length())).max().orElse(4);
        int labelWidth = Math.min(210, Math.max(60, longest * 7 + 12));
        int rowHeight = 26;
        int top = 8;
        int right = 80;
        int n = chart.rows().size();
        int height = top + Math.max(n, 1) * rowHeight + 32;
        int plotWidth = WIDTH - labelWidth - right;
        Svg svg = new Svg(chart, WIDTH, height);
        List<Double> values = chart.rows().stream().map(r -> r.values().isEmpty() ? null : r.values().get(0)).toList();
        List<Double> known = values.stream().filter(Objects::nonNull).toList();
        if (n == 0 || known.isEmpty()) {
            return svg.nothingToShow();
        }
        Scale scale = Scale.of(known);
        int bottom = top + n * rowHeight;
        for (double tick : scale.ticks()) {
            double x = labelWidth + scale.fraction(tick) * plotWidth;
            svg.line(x, top, x, bottom, GRID, 1, "");
            svg.text(x, bottom + 18, "middle", 12, SECONDARY_TEXT, NumberText.tick(tick));
        }
        double zero = labelWidth + scale.fraction(0) * plotWidth;
        for (int i = 0; i < n; i++) {
            double y = top + i * rowHeight;
            String label = chart.rows().get(i).label();
            svg.text(labelWidth - 8, y + 17, "end", 12, TEXT, label.length() > 28 ? label.substring(0, 27) + "…" : label);
            Double v = values.get(i);
            if (v == null) {
                svg.text(zero + 6, y + 17, "start", 12, SECONDARY_TEXT, NumberText.UNKNOWN);
                continue;
            }
            double end = labelWidth + scale.fraction(v) * plotWidth;
            svg.rect(Math.min(zero, end), y + 4, Math.max(Math.abs(end - zero), 1), 18, SERIES.get(0));
            svg.text(Math.max(zero, end) + 6, y + 17, "start", 12, TEXT, NumberText.shown(v));
        }
        svg.line(zero, top, zero, bottom, TEXT, 1, "");
        return svg.end();
    }

    // ----- heat map: rows by columns, each cell shaded by its share of the largest and carrying its number -----

    private static String heatMap(Chart chart) {
        int cellWidth = 30;
        int cellHeight = 26;
        int labelWidth = 96;
        int top = 22;
        int columns = chart.columns().size();
        int n = chart.rows().size();
        int width = Math.max(WIDTH, labelWidth + columns * cellWidth + 8);
        int bottom = top + n * cellHeight;
        Svg svg = new Svg(chart, width, bottom + 56);
        double max = chart.rows().stream().flatMap(r -> r.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        int longest = chart.columns().stream().mapToInt(String::length).max().orElse(2);
        int every = longest <= 3 ? 1 : (int) Math.ceil(longest * 6.5 / cellWidth);
        for (int c = 0; c < columns; c += every) {
            svg.text(labelWidth + c * cellWidth + cellWidth / 2.0, top - 8, "middle", 11, TEXT, chart.columns().get(c));
        }
        for (int r = 0; r < n; r++) {
            Chart.Row row = chart.rows().get(r);
            double y = top + r * cellHeight;
            svg.text(labelWidth - 8, y + 17, "end", 12, TEXT, row.label());
            for (int c = 0; c < columns; c++) {
                Double v = c < row.values().size() ? row.values().get(c) : null;
                double x = labelWidth + c * cellWidth;
                if (v == null) {
                    svg.outlinedRect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, PAGE, GRID);
                    continue;
                }
                int shade = shade(v, max);
                svg.rect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, SHADES.get(shade));
                svg.text(x + cellWidth / 2.0, y + 17, "middle", 10, SHADE_TEXT.get(shade), NumberText.compact(v));
            }
        }
        boolean wholeNumbers = chart.rows().stream().flatMap(r -> r.values().stream()).filter(Objects::nonNull)
                .allMatch(v -> v == Math.rint(v));
        double legendY = bottom + 20;
        svg.text(labelWidth - 8, legendY + 12, "end", 12, TEXT, "Key");
        double x = labelWidth;
        for (int s = 0; s < SHADES.size(); s++) {
            String range = shadeRange(s, max, wholeNumbers);
            if (range == null) {
                continue;
            }
            svg.outlinedRect(x, legendY, 22, 16, SHADES.get(s), SECONDARY_TEXT);
            svg.text(x + 28, legendY + 12, "start", 12, TEXT, range);
            x += 40 + range.length() * 7;
        }
        return svg.end();
    }

    /** 0 for nothing, then 1 to 4 by quarters of the largest value. */
    static int shade(double value, double max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(4, Math.max(1, Math.ceil(value / max * 4)));
    }

    /**
     * The values a shade stands for: "None"; for whole numbers "1 to 300", "301 to 600" (a shade no whole number
     * falls in is left out of the key); otherwise "Up to 2.5".
     */
    static String shadeRange(int shade, double max, boolean wholeNumbers) {
        if (shade == 0) {
            return "None";
        }
        if (!wholeNumbers) {
            return "Up to " + NumberText.shown(max * shade / 4);
        }
        long from = (long) Math.floor(max * (shade - 1) / 4) + 1;
        long to = (long) Math.floor(max * shade / 4);
        if (from > to) {
            return null;
        }
        return from == to ? NumberText.shown((double) from) : NumberText.shown((double) from) + " to " + NumberText.shown((double) to);
    }

    /** The contrast ratio of two sRGB colours written #rrggbb (WCAG 2.2 relative luminance). */
    static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /**
     * An axis from the smaller of 0 and the lowest value to the highest, in 1, 2, 2.5 or 5 steps of a power of ten;
     * never steps of less than 1 when every value is a whole number (no "0.25 incidents").
     */
    record Scale(double low, double high, double step) {

        static Scale of(List<Double> values) {
            double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
            double max = Math.max(0, values.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            if (max - min <= 0) {
                return new Scale(0, 1, 1);
            }
            double raw = (max - min) / 4;
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double normal = raw / magnitude;
            double step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10) * magnitude;
            if (values.stream().allMatch(v -> v == Math.rint(v))) {
                step = Math.max(1, Math.rint(step));
            }
            double low = step * Math.floor(min / step);
            double high = step * Math.ceil(max / step);
            return new Scale(low, high, step);
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            for (int i = 0; low + i * step <= high + step / 1000; i++) {
                ticks.add(low + i * step);
            }
            return ticks;
        }

        /** Where a value falls between low (0) and high (1). */
        double fraction(double value) {
            return (value - low) / (high - low);
        }
    }
}
