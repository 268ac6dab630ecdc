package org.safeguard.insight.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the dashboard writes them: for people ("1,234", "32.1"), for spreadsheets (no grouping, nothing
 * rounded away that a reader would miss) and, in a heat-map cell too small for more, in short ("12k").
 * An unknown value (nothing to divide by) is never written as 0.
 */
final class NumberText {

    static final String UNKNOWN = "No figure";

    private NumberText() {
    }

    /** Grouped, at most one decimal place: "1,234", "32.1"; {@link #UNKNOWN} when null. */
    static String shown(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return UNKNOWN;
        }
        DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return text.equals("-0") ? "0" : text;
    }

    /** An axis label: grouped, up to two decimal places (a step of 0.25 reads 0.25, not 0.3). */
    static String tick(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** For a CSV cell: no grouping, up to 4 decimal places; empty when unknown. */
    static String plain(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** In few characters, for a heat-map cell: "987", "9.9k", "12k"; the table beside it has the exact number. */
    static String compact(double value) {
        if (Math.abs(value) < 1_000) {
            return shown(value);
        }
        if (Math.abs(value) < 10_000) {
            return BigDecimal.valueOf(value / 1_000).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "k";
        }
        if (Math.abs(value) < 1_000_000) {
            return Math.round(value / 1_000) + "k";
        }
        return BigDecimal.valueOf(value / 1_000_000).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "M";
    }
}
