package org.safeguard.insight.web;

import org.safeguard.insight.Benchmark;
import org.safeguard.insight.Figure;

/**
 * A figure as its summary card shows it: the value with its unit, the previous period's, the change between them,
 * the benchmark and where the value stands against it (in words, never by colour alone), the definition and the
 * note. A figure that cannot be worked out says so ({@link NumberText#UNKNOWN}); it is never shown as 0.
 */
record FigureCard(String id, String label, String value, String previous, String change, String benchmark,
                  String source, String standing, String definition, String note) {

    static FigureCard of(Figure figure) {
        Benchmark benchmark = figure.benchmark();
        return new FigureCard(figure.id(), figure.label(), withUnit(figure.value(), figure.unit()),
                withUnit(figure.previous(), figure.unit()), change(figure),
                benchmark == null ? null : benchmark.text(), benchmark == null ? null : benchmark.source(),
                benchmark == null || figure.value() == null ? null : standing(benchmark, figure),
                figure.definition(), figure.note());
    }

    static String withUnit(Double value, Figure.Unit unit) {
        if (value == null) {
            return NumberText.UNKNOWN;
        }
        String number = NumberText.shown(value);
        return switch (unit) {
            case COUNT, RATIO -> number;
            case PERCENT -> number + "%";
            case PER_100 -> number + " per 100";
            case PER_10000 -> number + " per 10,000";
            case MINUTES -> number + (number.equals("1") ? " minute" : " minutes");
        };
    }

    /** "Up 12 (10%)", "Down 2.5 percentage points", "No change"; "Cannot be compared" when either is unknown. */
    static String change(Figure figure) {
        if (figure.value() == null || figure.previous() == null) {
            return "Cannot be compared";
        }
        double difference = figure.value() - figure.previous();
        if (NumberText.shown(Math.abs(difference)).equals("0")) {
            return "No change";
        }
        String direction = difference > 0 ? "Up " : "Down ";
        String size = NumberText.shown(Math.abs(difference));
        return switch (figure.unit()) {
            case PERCENT -> direction + size + (size.equals("1") ? " percentage point" : " percentage points");
            case COUNT -> direction + size + (figure.previous() > 0
                    ? " (" + NumberText.shown(Math.abs(difference) / figure.previous() * 100) + "%)" : "");
            case PER_100 -> direction + size + " per 100";
            case PER_10000 -> direction + size + " per 10,000";
            case MINUTES -> direction + size + (size.equals("1") ? " minute" : " minutes");
            case RATIO -> direction + size;
        };
    }

    /**
     * Where the value stands, in words that do not judge it (above a range is not always better): "Within the range
     * 45 per 100 to 90 per 100", "Lower than 32%", "At or above 60".
     */
    static String standing(Benchmark benchmark, Figure figure) {
        Benchmark.Standing standing = benchmark.standing(figure.value());
        String low = benchmark.low() == null ? null : withUnit(benchmark.low(), figure.unit());
        String high = benchmark.high() == null ? null : withUnit(benchmark.high(), figure.unit());
        if (low != null && high != null && benchmark.low().equals(benchmark.high())) {
            return switch (standing) {
                case BELOW -> "Lower than " + low;
                case ABOVE -> "Higher than " + low;
                default -> "The same as " + low;
            };
        }
        if (low != null && high != null) {
            String range = " the range " + low + " to " + high;
            return switch (standing) {
                case BELOW -> "Below" + range;
                case ABOVE -> "Above" + range;
                default -> "Within" + range;
            };
        }
        if (low != null) {
            return standing == Benchmark.Standing.BELOW ? "Below " + low : "At or above " + low;
        }
        if (high != null) {
            return standing == Benchmark.Standing.ABOVE ? "Above " + high : "At or below " + high;
        }
        return null;
    }
}
