package org.safeguard.insight.web;

import java.util.Locale;

import org.safeguard.insight.Chart;

/**
 * An SVG picture as it is built for {@link ChartDrawing}: every number written with a point whatever the locale,
 * every text escaped, colours as presentation attributes (never a style attribute, which the CSP forbids).
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(Chart chart, int width, int height) {
        String id = ChartDrawing.domId(chart);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" focusable=\"false\" aria-labelledby=\"").append(id)
                .append("-title\" aria-describedby=\"").append(id).append("-desc\"")
                .append(" font-family=\"arial, sans-serif\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(ChartDrawing.description(chart))).append("</desc>");
    }

    void line(double x1, double y1, double x2, double y2, String colour, double width, String dash) {
        out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(number(width)).append('"').append(dashed(dash)).append("/>");
    }

    void path(String d, String colour, String dash) {
        if (d.isEmpty()) {
            return;
        }
        out.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2.5\" stroke-linejoin=\"round\"").append(dashed(dash)).append("/>");
    }

    void rect(double x, double y, double width, double height, String fill) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"")
                .append(fill).append("\"/>");
    }

    void outlinedRect(double x, double y, double width, double height, String fill, String stroke) {
        out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
                .append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"")
                .append(fill).append("\" stroke=\"").append(stroke).append("\"/>");
    }

    /** A series' own marker, so two lines differ in shape as well as colour: circle, square, triangle, diamond. */
    void marker(double x, double y, int series, String colour) {
        String fill = "\" fill=\"" + colour + "\"/>";
        switch (series % 4) {
            case 0 -> out.append("<circle cx=\"").append(number(x)).append("\" cy=\"").append(number(y))
                    .append("\" r=\"4").append(fill);
            case 1 -> out.append("<rect x=\"").append(number(x - 4)).append("\" y=\"").append(number(y - 4))
                    .append("\" width=\"8\" height=\"8").append(fill);
            case 2 -> out.append("<path d=\"M").append(number(x)).append(' ').append(number(y - 5)).append(" L")
                    .append(number(x + 5)).append(' ').append(number(y + 4)).append(" L").append(number(x - 5))
                    .append(' ').append(number(y + 4)).append(" Z").append(fill);
            default -> out.append("<path d=\"M").append(number(x)).append(' ').append(number(y - 5)).append(" L")
                    .append(number(x + 5)).append(' ').append(number(y)).append(" L").append(number(x)).append(' ')
                    .append(number(y + 5)).append(" L").append(number(x - 5)).append(' ').append(number(y))
                    .append(" Z").append(fill);
        }
    }

    void text(double x, double y, String anchor, int size, String colour, String text) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"").append(size).append("\" fill=\"").append(colour).append("\">")
                .append(escape(text)).append("</text>");
    }

    String nothingToShow() {
        text(320, 40, "middle", 14, ChartDrawing.TEXT, "No figures for this period");
        return end();
    }

    String end() {
        return out.append("</svg>").toString();
    }

    private static String dashed(String dash) {
        return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }
}
